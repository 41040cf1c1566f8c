package org.llmatlas.web.pages;

import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.llmatlas.web.Atlas;

/** {@code /}: search, ask, example questions, graph statistics and the topic tree of every note. */
public final class HomePage {
    static final List<String> EXAMPLES = List.of("which models use GQA", "GQA를 사용하는 모델은?", "what improves on PPO",
            "what evaluates hallucination", "LoRA란?", "hard questions about RoPE", "compare GQA and MQA",
            "which models are in the LLaMA family");
    private static final String TYPES = """
            SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
              VALUES ?type { atlas:Concept atlas:Model atlas:ModelFamily atlas:Benchmark atlas:Metric atlas:Organization
                             atlas:Topic atlas:Question atlas:Document }
              ?e a ?type } GROUP BY ?type""";
    private static final String RELATIONS = """
            SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE {
              VALUES ?p { atlas:uses atlas:improvesOn atlas:partOf atlas:evaluatedBy atlas:about }
              ?s ?p ?o FILTER NOT EXISTS { ?o a atlas:Topic } } } GROUP BY ?p""";

    private HomePage() {}

    public static String render(Atlas atlas) {
        StringBuilder b = new StringBuilder("<section class=\"home-hero\"><h1>Find a concept, see how it connects.</h1>")
                .append("<p class=\"lead\">Concepts, models and benchmarks of LLMs, VLMs and VLAs from the study notes, ")
                .append("with the sentence behind every link. <span lang=\"ko\">영어와 한국어 모두 검색됩니다.</span></p>")
                .append("<form class=\"bigsearch\" action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" ")
                .append("placeholder=\"GQA, 그룹 쿼리, RoPE, 강화학습 …\" autocomplete=\"off\" data-autocomplete aria-label=\"Search concepts\">")
                .append("<button type=\"submit\">Search</button></form>")
                .append(AskPage.form("")).append("</section>");
        b.append("<div class=\"cols\"><div class=\"col-main\">").append(TopicTree.html(atlas)).append("</div>");
        b.append("<aside class=\"col-side\">").append(examples()).append(stats(atlas)).append("</aside></div>");
        return Html.page("Home", "", b.toString());
    }

    static String examples() {
        StringBuilder b = new StringBuilder("<section class=\"card\"><h2>Example questions <span class=\"ko\">예시 질문</span></h2><ul class=\"plain examples\">");
        for (String q : EXAMPLES) {
            b.append("<li>").append(Html.a("/ask?q=" + Links.q(q), q)).append("</li>");
        }
        return b.append("</ul></section>").toString();
    }

    private static String stats(Atlas atlas) {
        StringBuilder b = new StringBuilder("<section class=\"card\"><h2>In the graph <span class=\"ko\">통계</span></h2><dl class=\"stats\">");
        for (QuerySolution row : Rows.select(atlas, TYPES, java.util.Map.of())) {
            String t = local(Rows.str(row, "type"));
            b.append("<div><dt>").append(Html.esc(Labels.type(t))).append("</dt><dd>").append(Rows.integer(row, "n")).append("</dd></div>");
        }
        b.append("</dl><h3>Relations</h3><dl class=\"stats\">");
        for (QuerySolution row : Rows.select(atlas, RELATIONS, java.util.Map.of())) {
            String p = local(Rows.str(row, "p"));
            b.append("<div><dt>").append(Html.esc(Labels.relation(p, true, "en"))).append("</dt><dd>").append(Rows.integer(row, "n"))
                    .append("</dd></div>");
        }
        b.append("</dl><p class=\"muted small\">Notes shown: ").append(atlas.sources().size()).append(". ")
                .append(Html.a("/sparql-ui", "Query the graph →")).append("</p>");
        return b.append("</section>").toString();
    }

    static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
