package org.llmatlas.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;

/**
 * Display names from the ontology ({@code ontology/atlas.ttl}): relation names in both reading
 * directions (rdfs:label and atlas:inverseLabel) and type names, in English and Korean.
 */
public final class Labels {
    static final String NS = "https://w3id.org/llm-atlas/ontology#";
    /** The relations shown on concept pages and in the graph, in display order. */
    public static final List<String> RELATIONS = List.of("uses", "improvesOn", "evaluatedBy", "partOf", "developedBy");
    public static final List<String> TYPES = List.of("Concept", "Model", "ModelFamily", "Benchmark", "Metric", "Organization", "Topic");

    private static final Model ONTOLOGY = load();

    private Labels() {}

    private static Model load() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream("ontology/atlas.ttl")) {
            if (in == null) {
                throw new IllegalStateException("missing resource ontology/atlas.ttl");
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** "uses" / "used by" in {@code lang} ("en" or "ko"); {@code forward} reads from the subject's side. */
    public static String relation(String localName, boolean forward, String lang) {
        Resource r = ONTOLOGY.getResource(NS + localName);
        Property p = forward ? RDFS.label : ONTOLOGY.createProperty(NS + "inverseLabel");
        return text(r, p, lang, forward ? localName : "inverse of " + localName);
    }

    /** "Model family" for "ModelFamily". */
    public static String type(String localName) {
        return text(ONTOLOGY.getResource(NS + localName), RDFS.label, "en", localName);
    }

    public static String typeKo(String localName) {
        return text(ONTOLOGY.getResource(NS + localName), RDFS.label, "ko", "");
    }

    /** Display names for the graph script, as {@code relation → [en, ko, inverse en]}. */
    public static Map<String, String> relationNames() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String r : RELATIONS) {
            m.put(r, relation(r, true, "en"));
        }
        return m;
    }

    private static String text(Resource r, Property p, String lang, String fallback) {
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral() && s.getLiteral().getLanguage().equals(lang)) {
                return s.getString();
            }
        }
        return fallback;
    }
}
