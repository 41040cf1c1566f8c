package org.llmatlas.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.llmatlas.vocab.Atlas;

/**
 * Writes the statements of one document into its graph, each with a statement node of evidence
 * (document, line, quote, cue, rule). Evidence IRIs are a hash of the triple and line, so the
 * same statement made twice on one line yields one node and re-extraction is stable.
 */
final class Emitter {
    static final String STATED = "stated";
    static final String IMPLIED = "implied";

    final Model model = ModelFactory.createDefaultModel();
    final Resource document;
    private final String docName;

    Emitter(String docName) {
        this.docName = docName;
        this.document = model.createResource(Atlas.DOC + docName);
        model.setNsPrefix("atlas", Atlas.NS);
        model.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        model.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
    }

    /** Adds a triple without evidence (types, labels: the evidence of the statement that introduced them covers them). */
    void plain(Resource s, Property p, RDFNode o) {
        model.add(s, p, o);
    }

    /** Adds a triple with its evidence. */
    void stated(Resource s, Property p, RDFNode o, int line, String quote, String cue, String rule) {
        if (s.equals(o)) {
            return;
        }
        model.add(s, p, o);
        Resource e = model.createResource(Atlas.EVIDENCE + docName + "/" + hash(s, p, o, line));
        e.addProperty(RDF.type, Atlas.Evidence)
                .addProperty(RDF.subject, s)
                .addProperty(RDF.predicate, p)
                .addProperty(RDF.object, o)
                .addProperty(Atlas.document, document)
                .addProperty(Atlas.line, integer(line))
                .addProperty(Atlas.quote, quote)
                .addProperty(Atlas.cue, cue)
                .addProperty(Atlas.rule, rule);
    }

    Resource resource(String iri) {
        return model.createResource(iri);
    }

    /** An xsd:integer literal (Jena's typed literal of a long would be xsd:long). */
    Literal integer(long n) {
        return model.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    Literal text(String s) {
        return model.createLiteral(s, Names.hasHangul(s) ? "ko" : "en");
    }

    private static String hash(Resource s, Property p, RDFNode o, int line) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((s + " " + p + " " + o + " " + line).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
