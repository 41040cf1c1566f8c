package org.llmatlas.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.llmatlas.query.EntityIndex;
import org.llmatlas.web.Atlas;

/** {@code /topic/{doc}/{slug}}: a section's concepts, questions and subsections, with its parent. */
public final class TopicPage {
    private static final String TOPIC = """
            SELECT ?level ?line ?document ?parent WHERE {
              OPTIONAL { ?t atlas:level ?level } OPTIONAL { ?t atlas:line ?line }
              OPTIONAL { ?t atlas:document ?d . ?d atlas:fileName ?document }
              OPTIONAL { ?t atlas:partOf ?parent . ?parent a atlas:Topic }
            } LIMIT 1""";
    private static final String MEMBERS = "SELECT DISTINCT ?x WHERE { ?x atlas:partOf ?t FILTER NOT EXISTS { ?x a atlas:Question } }";
    private static final String QUESTIONS = """
            SELECT DISTINCT ?q ?text ?difficulty ?number WHERE {
              ?q atlas:partOf ?t ; a atlas:Question ; atlas:text ?text .
              OPTIONAL { ?q atlas:difficulty ?difficulty } OPTIONAL { ?q atlas:number ?number }
            } ORDER BY ?number""";

    private TopicPage() {}

    public static String render(Atlas atlas, String doc, String slug) {
        String iri = Links.topic(doc, slug);
        EntityIndex.Entry topic = atlas.index().byIri(iri);
        if (topic == null || !topic.type().equals("Topic")) {
            return null;
        }
        Map<String, String> t = Map.of("t", iri);
        QuerySolution info = Rows.select(atlas, TOPIC, t).stream().findFirst().orElse(null);
        List<EntityIndex.Entry> subsections = new ArrayList<>();
        List<EntityIndex.Entry> concepts = new ArrayList<>();
        for (QuerySolution row : Rows.select(atlas, MEMBERS, t)) {
            EntityIndex.Entry e = atlas.index().byIri(Rows.str(row, "x"));
            if (e != null) {
                (e.type().equals("Topic") ? subsections : concepts).add(e);
            }
        }
        concepts.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
        StringBuilder b = new StringBuilder("<section class=\"hero\"><div class=\"hero-type\">").append(Html.typeBadge("Topic"));
        String document = info == null ? null : Rows.str(info, "document");
        if (document != null) {
            b.append(" <span class=\"muted\">in</span> ").append(Html.a("/source/" + Links.seg(doc), document));
        }
        b.append("</div><h1>").append(Html.esc(topic.label())).append("</h1>");
        if (info != null && Rows.str(info, "parent") != null) {
            EntityIndex.Entry parent = atlas.index().byIri(Rows.str(info, "parent"));
            if (parent != null) {
                b.append("<p class=\"muted\">Part of ").append(Links.to(parent.iri(), parent.label())).append("</p>");
            }
        }
        if (document != null && Rows.integer(info, "line") > 0) {
            b.append("<p>").append(Html.a(Links.source(document, Rows.integer(info, "line")), "Read this section in the note →")).append("</p>");
        }
        b.append("</section><div class=\"cols\"><div class=\"col-main\">");
        b.append("<section class=\"card\"><h2>Concepts <span class=\"ko\">개념</span> <span class=\"count\">")
                .append(concepts.size()).append("</span></h2>");
        if (concepts.isEmpty()) {
            b.append("<p class=\"muted\">No concept is listed directly in this section.</p>");
        } else {
            b.append("<ul class=\"tiles\">");
            for (EntityIndex.Entry c : concepts) {
                b.append("<li>").append(Links.to(c.iri(), c.label())).append(" ").append(Html.typeBadge(c.type())).append("</li>");
            }
            b.append("</ul>");
        }
        b.append("</section>").append(questions(Rows.select(atlas, QUESTIONS, t)));
        b.append("</div><aside class=\"col-side\">");
        if (!subsections.isEmpty()) {
            b.append("<section class=\"card\"><h2>Subsections <span class=\"ko\">하위 절</span></h2><ul class=\"plain\">");
            subsections.forEach(s -> b.append("<li>").append(Links.to(s.iri(), s.label())).append("</li>"));
            b.append("</ul></section>");
        }
        b.append(Exports.topic(iri)).append("</aside></div>");
        return Html.page(topic.label(), "", b.toString());
    }

    private static String questions(List<QuerySolution> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<section class=\"card\"><h2>Questions <span class=\"ko\">질문</span> <span class=\"count\">")
                .append(rows.size()).append("</span></h2><ul class=\"qlist\">");
        for (QuerySolution row : rows) {
            String d = Rows.str(row, "difficulty");
            b.append("<li>").append(d == null ? "" : Html.difficultyBadge(d)).append(" ")
                    .append(Links.to(Rows.str(row, "q"), "Q" + Rows.integer(row, "number") + ". " + Rows.str(row, "text"))).append("</li>");
        }
        return b.append("</ul></section>").toString();
    }
}
