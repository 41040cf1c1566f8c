package org.llmatlas.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.llmatlas.query.EntityIndex;
import org.llmatlas.web.Atlas;

/** {@code /question/{id}}: the question, its difficulty, the answer (Markdown, escaped), its concepts and section. */
public final class QuestionPage {
    private static final String PROPS = "SELECT ?p ?v WHERE { ?q ?p ?v }";
    private static final String DOC = "SELECT ?document WHERE { ?q atlas:document ?d . ?d atlas:fileName ?document }";

    private QuestionPage() {}

    public static String render(Atlas atlas, String id) {
        String iri = Links.question(id);
        Map<String, String> q = Map.of("q", iri);
        List<QuerySolution> rows = Rows.select(atlas, PROPS, q);
        String text = null;
        String answer = null;
        String difficulty = null;
        int number = 0;
        int line = 0;
        boolean isQuestion = false;
        List<String> about = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        for (QuerySolution row : rows) {
            String p = Rows.str(row, "p");
            String local = p.substring(Math.max(p.lastIndexOf('#'), p.lastIndexOf('/')) + 1);
            String v = Rows.str(row, "v");
            switch (local) {
                case "type" -> isQuestion |= v.endsWith("#Question");
                case "text" -> text = v;
                case "answer" -> answer = v;
                case "difficulty" -> difficulty = v;
                case "number" -> number = Rows.integer(row, "v");
                case "line" -> line = Rows.integer(row, "v");
                case "about" -> about.add(v);
                case "partOf" -> sections.add(v);
                default -> { }
            }
        }
        if (!isQuestion || text == null) {
            return null;
        }
        String document = Rows.select(atlas, DOC, q).stream().map(r -> Rows.str(r, "document")).findFirst().orElse(null);
        StringBuilder b = new StringBuilder("<section class=\"hero\"><div class=\"hero-type\">").append(Html.typeBadge("Question"));
        if (difficulty != null) {
            b.append(" ").append(Html.difficultyBadge(difficulty));
        }
        b.append(" <span class=\"muted\">Q").append(number).append("</span></div><h1 class=\"question\">")
                .append(Html.esc(text)).append("</h1>");
        if (document != null && line > 0) {
            b.append("<p>").append(Html.a(Links.source(document, line), document.replaceFirst("\\.md$", "") + ":" + line)).append("</p>");
        }
        b.append("</section><div class=\"cols\"><div class=\"col-main\"><section class=\"card answer\"><h2>Answer <span class=\"ko\">답변</span></h2>");
        b.append("<div class=\"md\">").append(answer == null ? "<p class=\"muted\">No answer in the note.</p>" : Markdown.html(answer))
                .append("</div></section></div><aside class=\"col-side\">");
        b.append("<section class=\"card\"><h2>About <span class=\"ko\">관련 개념</span></h2><ul class=\"plain\">");
        for (String c : about) {
            EntityIndex.Entry e = atlas.index().byIri(c);
            if (e != null) {
                b.append("<li>").append(Links.to(e.iri(), e.label())).append(" ").append(Html.typeBadge(e.type())).append("</li>");
            }
        }
        if (about.isEmpty()) {
            b.append("<li class=\"muted\">No linked concept.</li>");
        }
        b.append("</ul></section>");
        for (String s : sections) {
            EntityIndex.Entry e = atlas.index().byIri(s);
            if (e != null) {
                b.append("<section class=\"card\"><h2>Section <span class=\"ko\">절</span></h2><p>")
                        .append(Links.to(e.iri(), e.label())).append("</p></section>");
            }
        }
        b.append("</aside></div>");
        return Html.page(text, "", b.toString());
    }
}
