package org.llmatlas.web.pages;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdfconnection.RDFConnection;
import org.llmatlas.query.NamedQuery;
import org.llmatlas.query.Sparql;
import org.llmatlas.web.Atlas;

/**
 * {@code /sparql-ui}: a SPARQL editor preloaded with the named queries. With JavaScript it runs
 * queries against the read-only {@code /sparql} endpoint; without, the form is submitted here and
 * the results table is rendered on the server (same timeout, at most {@value #MAX_ROWS} rows shown).
 */
public final class SparqlPage {
    static final int MAX_ROWS = 500;
    public static final int MAX_QUERY = 20_000;

    private SparqlPage() {}

    public static String render(Atlas atlas, String name, String query) {
        NamedQuery named = name == null ? null : atlas.queries().get(name).orElse(null);
        String text = query != null && !query.isBlank() ? query : named != null ? named.sparql()
                : atlas.queries().all().get(0).sparql();
        StringBuilder b = new StringBuilder("<section class=\"hero slim\"><h1>SPARQL</h1><p class=\"muted\">Read-only endpoint at ")
                .append("<code>/sparql</code>. Named queries take their parameters as unbound variables here.</p></section>");
        b.append("<form class=\"card sparql-form\" id=\"sparql-form\" action=\"/sparql-ui\" method=\"get\">")
                .append("<div class=\"sparql-bar\"><label>Named query <select name=\"name\" id=\"sparql-named\">");
        for (NamedQuery q : atlas.queries().all()) {
            b.append("<option value=\"").append(Html.esc(q.name())).append("\" data-sparql=\"").append(Html.esc(q.sparql()))
                    .append("\" title=\"").append(Html.esc(q.description())).append("\"")
                    .append(named != null && named.name().equals(q.name()) ? " selected" : "").append(">")
                    .append(Html.esc(q.title())).append("</option>");
        }
        b.append("</select></label><button type=\"submit\" name=\"load\" value=\"1\" class=\"secondary\" data-nojs-only>Load</button></div>")
                .append("<textarea name=\"query\" id=\"sparql-query\" rows=\"16\" spellcheck=\"false\" aria-label=\"SPARQL query\">")
                .append(Html.esc(text)).append("</textarea>")
                .append("<div class=\"sparql-bar\"><button type=\"submit\" id=\"sparql-run\">Run query</button>")
                .append("<span class=\"muted\" id=\"sparql-status\"></span></div></form>");
        b.append("<section class=\"card\" id=\"sparql-results\">");
        if (query != null && !query.isBlank()) {
            b.append(results(atlas, query));
        } else {
            b.append("<p class=\"muted\">Run a query to see its results.</p>");
        }
        b.append("</section>");
        return Html.page("SPARQL", "", b.toString(), "/assets/sparql.js");
    }

    private static String results(Atlas atlas, String text) {
        Query query;
        try {
            query = Sparql.parse(text);
        } catch (QueryParseException e) {
            return "<p class=\"error\">Syntax error: " + Html.esc(e.getMessage()) + "</p>";
        }
        try (RDFConnection conn = atlas.connect()) {
            if (query.isSelectType()) {
                ResultSetRewindable rs = atlas.sparql().select(conn, query, Map.of());
                return table(rs.getResultVars(), rs);
            }
            if (query.isAskType()) {
                return "<p class=\"ask-result\">" + atlas.sparql().ask(conn, query, Map.of()) + "</p>";
            }
            Model m = atlas.sparql().graph(conn, query, Map.of());
            StringBuilder b = new StringBuilder(head(List.of("subject", "predicate", "object")));
            int n = 0;
            for (Statement s : m.listStatements().toList()) {
                if (n++ >= MAX_ROWS) {
                    break;
                }
                b.append("<tr>").append(cell(s.getSubject())).append(cell(s.getPredicate())).append(cell(s.getObject())).append("</tr>");
            }
            return b.append("</tbody></table></div><p class=\"muted\">").append(m.size()).append(" triples</p>").toString();
        } catch (QueryCancelledException e) {
            return "<p class=\"error\">The query ran longer than " + atlas.sparql().timeoutMs() + " ms and was stopped.</p>";
        }
    }

    private static String table(List<String> vars, ResultSetRewindable rs) {
        StringBuilder b = new StringBuilder(head(vars));
        int n = 0;
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            if (n++ >= MAX_ROWS) {
                continue;
            }
            b.append("<tr>");
            for (String v : vars) {
                b.append(cell(row.get(v)));
            }
            b.append("</tr>");
        }
        b.append("</tbody></table></div><p class=\"muted\">").append(rs.size()).append(" row").append(rs.size() == 1 ? "" : "s");
        if (n > MAX_ROWS) {
            b.append(", first ").append(MAX_ROWS).append(" shown");
        }
        return b.append("</p>").toString();
    }

    private static String head(List<String> vars) {
        StringBuilder b = new StringBuilder("<div class=\"table-wrap\"><table class=\"results-table\"><thead><tr>");
        vars.forEach(v -> b.append("<th>").append(Html.esc(v)).append("</th>"));
        return b.append("</tr></thead><tbody>").toString();
    }

    private static String cell(RDFNode n) {
        if (n == null) {
            return "<td></td>";
        }
        if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            String page = Links.page(iri);
            String shown = iri.startsWith(Links.BASE) ? iri.substring(Links.BASE.length()) : iri;
            return "<td>" + (page == null ? "<span class=\"iri\">" + Html.esc(shown) + "</span>" : Html.a(page, shown)) + "</td>";
        }
        if (n.isLiteral()) {
            return "<td>" + Html.esc(n.asLiteral().getLexicalForm()) + "</td>";
        }
        return "<td>" + Html.esc(n.toString()) + "</td>";
    }
}
