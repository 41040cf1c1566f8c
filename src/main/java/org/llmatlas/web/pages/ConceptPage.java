package org.llmatlas.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.llmatlas.query.EntityIndex;
import org.llmatlas.web.Atlas;

/**
 * {@code /concept/{id}}: names in both languages, type, definitions per note, relations grouped by
 * kind and direction with their evidence, related questions, the neighbourhood graph and exports.
 */
public final class ConceptPage {
    private static final String LITERALS = "SELECT ?p ?v WHERE { ?e ?p ?v FILTER(isLiteral(?v)) }";
    private static final String DEFINITIONS = """
            SELECT DISTINCT ?definition ?document ?line WHERE {
              ?e skos:definition ?definition .
              OPTIONAL { ?ev rdf:subject ?e ; rdf:predicate skos:definition ; rdf:object ?definition ;
                             atlas:document ?d ; atlas:line ?line . ?d atlas:fileName ?document }
            } ORDER BY ?document ?line""";
    private static final String RELATIONS = """
            SELECT DISTINCT ?p ?out ?other ?document ?line ?quote ?cue WHERE {
              VALUES ?p { atlas:uses atlas:improvesOn atlas:partOf atlas:evaluatedBy atlas:developedBy }
              { ?e ?p ?other BIND(true AS ?out) BIND(?e AS ?s) BIND(?other AS ?o) }
              UNION { ?other ?p ?e BIND(false AS ?out) BIND(?other AS ?s) BIND(?e AS ?o) }
              FILTER NOT EXISTS { ?other a atlas:Question }
              OPTIONAL { ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; atlas:document ?d ;
                             atlas:line ?line ; atlas:quote ?quote ; atlas:cue ?cue . ?d atlas:fileName ?document }
            } ORDER BY ?document ?line""";
    private static final String QUESTIONS = """
            SELECT DISTINCT ?q ?text ?difficulty ?number WHERE {
              ?q atlas:about ?e ; atlas:text ?text .
              OPTIONAL { ?q atlas:difficulty ?difficulty } OPTIONAL { ?q atlas:number ?number }
            } ORDER BY ?number""";

    private ConceptPage() {}

    /** The page, or null when no entity has that id. */
    public static String render(Atlas atlas, String id) {
        String iri = Links.concept(id);
        EntityIndex.Entry entry = atlas.index().byIri(iri);
        if (entry == null) {
            return null;
        }
        Map<String, String> e = Map.of("e", iri);
        StringBuilder b = new StringBuilder();
        b.append(hero(atlas, entry, Rows.select(atlas, LITERALS, e)));
        b.append("<div class=\"cols\"><div class=\"col-main\">");
        b.append(definitions(Rows.select(atlas, DEFINITIONS, e)));
        b.append(GraphPanel.html(iri, entry.label()));
        Relations rel = Relations.of(atlas, Rows.select(atlas, RELATIONS, e));
        b.append(rel.html());
        b.append("</div><aside class=\"col-side\">");
        b.append(questions(Rows.select(atlas, QUESTIONS, e)));
        b.append(rel.sectionsHtml());
        b.append(Exports.focus(iri));
        b.append("</aside></div>");
        return Html.page(entry.label(), "", b.toString(), "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "/assets/graph.js");
    }

    private static String hero(Atlas atlas, EntityIndex.Entry entry, List<QuerySolution> literals) {
        List<String> ko = new ArrayList<>();
        List<String> alt = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (QuerySolution row : literals) {
            String p = Rows.str(row, "p");
            String v = Rows.str(row, "v");
            if (p.endsWith("#label")) {
                (Rows.lang(row, "v").equals("ko") ? ko : en).add(v);
            } else if (p.endsWith("#altLabel") && !alt.contains(v)) {
                alt.add(v);
            }
        }
        StringBuilder b = new StringBuilder("<section class=\"hero\">");
        b.append("<div class=\"hero-type\">").append(Html.typeBadge(entry.type()))
                .append(" <span class=\"muted\">").append(Html.esc(Labels.typeKo(entry.type()))).append("</span></div>");
        b.append("<h1 lang=\"en\">").append(Html.esc(entry.label())).append("</h1>");
        for (String k : ko) {
            b.append("<p class=\"ko-label\" lang=\"ko\">").append(Html.esc(k)).append("</p>");
        }
        for (String x : en) {
            if (!x.equals(entry.label())) {
                alt.add(0, x);
            }
        }
        if (!alt.isEmpty()) {
            b.append("<p class=\"aliases\"><span class=\"muted\">Also called</span> ");
            for (String a : alt) {
                b.append("<span class=\"chip\">").append(Html.esc(a)).append("</span> ");
            }
            b.append("</p>");
        }
        b.append("<p class=\"iri\"><code>").append(Html.esc(entry.iri())).append("</code></p>");
        return b.append("</section>").toString();
    }

    private static String definitions(List<QuerySolution> rows) {
        StringBuilder b = new StringBuilder("<section class=\"card\"><h2>What it is <span class=\"ko\">정의</span></h2>");
        if (rows.isEmpty()) {
            b.append("<p class=\"muted\">No note defines this yet; its relations below say how it is used.</p>");
        }
        Map<String, List<Evidence>> byText = new LinkedHashMap<>();
        for (QuerySolution row : rows) {
            byText.computeIfAbsent(Rows.str(row, "definition"), k -> new ArrayList<>())
                    .add(new Evidence(Rows.str(row, "document"), Rows.integer(row, "line"), null, "stated"));
        }
        byText.forEach((text, ev) -> {
            b.append("<div class=\"definition\"><p>").append(Html.esc(text)).append("</p>");
            for (Evidence x : ev) {
                if (x.document() != null) {
                    b.append(x.html());
                }
            }
            b.append("</div>");
        });
        return b.append("</section>").toString();
    }

    private static String questions(List<QuerySolution> rows) {
        StringBuilder b = new StringBuilder("<section class=\"card\"><h2>Interview questions <span class=\"ko\">관련 질문</span></h2>");
        if (rows.isEmpty()) {
            return b.append("<p class=\"muted\">No question is about this yet.</p></section>").toString();
        }
        b.append("<ul class=\"qlist\">");
        for (QuerySolution row : rows) {
            String d = Rows.str(row, "difficulty");
            b.append("<li>").append(d == null ? "" : Html.difficultyBadge(d)).append(" ")
                    .append(Links.to(Rows.str(row, "q"), "Q" + Rows.integer(row, "number") + ". " + Rows.str(row, "text")))
                    .append("</li>");
        }
        return b.append("</ul></section>").toString();
    }
}
