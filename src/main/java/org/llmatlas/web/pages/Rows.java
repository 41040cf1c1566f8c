package org.llmatlas.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.llmatlas.query.Sparql;
import org.llmatlas.web.Atlas;

/** The pages' reads: a SELECT with IRIs bound as RDF terms (never spliced), under the atlas timeout. */
final class Rows {
    static final String PREFIXES = """
            PREFIX atlas: <https://w3id.org/llm-atlas/ontology#>
            PREFIX rdf:   <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:  <http://www.w3.org/2004/02/skos/core#>
            """;

    private Rows() {}

    static List<QuerySolution> select(Atlas atlas, String body, Map<String, String> iris) {
        Map<String, RDFNode> bindings = new java.util.LinkedHashMap<>();
        iris.forEach((k, v) -> bindings.put(k, ResourceFactory.createResource(v)));
        List<QuerySolution> out = new ArrayList<>();
        try (RDFConnection conn = atlas.connect()) {
            ResultSetRewindable rs = atlas.sparql().select(conn, Sparql.parse(PREFIXES + body), bindings);
            rs.forEachRemaining(out::add);
        }
        return out;
    }

    static String str(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    static int integer(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null || !n.isLiteral() ? 0 : n.asLiteral().getInt();
    }

    static String lang(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null || !n.isLiteral() ? "" : n.asLiteral().getLanguage();
    }
}
