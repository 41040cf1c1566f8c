package org.llmatlas.export;

import java.io.ByteArrayOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;

/** Turtle, JSON-LD and N-Triples of the selection's union graph; TriG of its per-document graphs. */
final class RdfFormats {
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("atlas", org.llmatlas.vocab.Atlas.NS)
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("concept", org.llmatlas.vocab.Atlas.CONCEPT)
            .setNsPrefix("doc", org.llmatlas.vocab.Atlas.DOC)
            .lock();

    private RdfFormats() {}

    static byte[] write(Selection s, Format f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (f == Format.TRIG) {
            var ds = s.dataset();
            ds.getDefaultModel().setNsPrefixes(PREFIXES);
            RDFDataMgr.write(out, ds, RDFFormat.TRIG_BLOCKS);
            return out.toByteArray();
        }
        Model m = s.model();
        m.setNsPrefixes(PREFIXES);
        RDFFormat format = switch (f) {
            case TTL -> RDFFormat.TURTLE_BLOCKS;
            case JSONLD -> RDFFormat.JSONLD;
            case NT -> RDFFormat.NTRIPLES;
            default -> throw new IllegalArgumentException("not an RDF format: " + f.id());
        };
        RDFDataMgr.write(out, m, format);
        return out.toByteArray();
    }
}
