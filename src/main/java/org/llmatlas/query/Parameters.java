package org.llmatlas.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.llmatlas.vocab.Atlas;

/**
 * Turns the text values given for a named query's parameters into RDF terms: an {@code entity}
 * is resolved by name (or taken as an IRI), a {@code string} becomes a literal, an
 * {@code integer} a typed literal, a {@code type} the class of that name ({@code Benchmark}). The terms are then bound, never spliced into the query text.
 */
public final class Parameters {
    private Parameters() {}

    public static Map<String, RDFNode> bind(NamedQuery query, Map<String, String> given, EntityIndex index) {
        Map<String, RDFNode> out = new LinkedHashMap<>();
        for (String name : given.keySet()) {
            if (query.params().stream().noneMatch(p -> p.name().equals(name))) {
                throw new IllegalArgumentException("query '" + query.name() + "' has no parameter '" + name + "'");
            }
        }
        for (NamedQuery.Param p : query.params()) {
            String value = given.get(p.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            out.put(p.name(), switch (p.kind()) {
                case "entity" -> entity(p.name(), value, index);
                case "integer" -> integer(p.name(), value);
                case "type" -> type(p.name(), value);
                default -> ResourceFactory.createPlainLiteral(value);
            });
        }
        return out;
    }

    private static RDFNode entity(String param, String value, EntityIndex index) {
        if (value.matches("^https?://\\S+$") && index.byIri(value) != null) {
            return ResourceFactory.createResource(value);
        }
        EntityIndex.Entry e = index.best(value);
        if (e == null) {
            throw new IllegalArgumentException("no entity named '" + abbreviate(value) + "' for parameter '" + param + "'");
        }
        return ResourceFactory.createResource(e.iri());
    }

    private static RDFNode type(String param, String value) {
        for (var t : Atlas.ENTITY_TYPES) {
            if (t.getLocalName().equalsIgnoreCase(value.strip()) || t.getURI().equals(value.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("parameter '" + param + "' must be one of the types "
                + Atlas.ENTITY_TYPES.stream().map(t -> t.getLocalName()).toList() + ", not '" + abbreviate(value) + "'");
    }

    private static RDFNode integer(String param, String value) {
        if (!value.strip().matches("-?\\d{1,18}")) {
            throw new IllegalArgumentException("parameter '" + param + "' must be an integer");
        }
        return ResourceFactory.createTypedLiteral(value.strip(), XSDDatatype.XSDinteger);
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
