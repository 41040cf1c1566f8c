package org.llmatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML pages over the atlas of the real notes. */
class PagesTest {
    private static Atlas atlas;

    @BeforeAll
    static void build() {
        atlas = TestAtlas.real();
    }

    private static Javalin app() {
        return AtlasApp.create(atlas);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private record Page(int code, String type, String body) {}

    private static Page get(io.javalin.testtools.HttpClient client, String path) throws Exception {
        Response r = client.get(path);
        return new Page(r.code(), String.join(",", r.headers().get("Content-Type")), r.body().string());
    }

    @Test
    void homeShowsSearchAskTopicTreeExamplesAndStatistics() {
        JavalinTest.test(app(), (server, client) -> {
            Page p = get(client, "/");
            assertThat(p.code()).isEqualTo(200);
            assertThat(p.type()).startsWith("text/html");
            assertThat(p.body()).contains("data-autocomplete", "action=\"/ask\"", "Topics", "LLM / VLM / VLA Keywords Summary",
                    "href=\"/topic/keywords-summary/attention-variants\"", "which models use GQA", "In the graph", "Model family",
                    "improves on", "/assets/atlas.js");
        });
    }

    @Test
    void conceptPageShowsNamesDefinitionsRelationsEvidenceQuestionsGraphAndExports() {
        JavalinTest.test(app(), (server, client) -> {
            Page p = get(client, "/concept/gqa");
            assertThat(p.code()).isEqualTo(200);
            assertThat(p.body()).contains("<h1 lang=\"en\">GQA</h1>", "Also called", "MHA와 MQA의 중간",
                    "used by", "~에 사용됨", "href=\"/concept/mistral\"", "href=\"/source/keywords-summary#L", "Interview questions",
                    "id=\"graph\"", "data-focus=\"https://w3id.org/llm-atlas/concept/gqa\"",
                    "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "/assets/graph.js",
                    "/api/export?focus=https%3A%2F%2Fw3id.org%2Fllm-atlas%2Fconcept%2Fgqa&amp;depth=2&amp;format=graphml",
                    "format=studymap", "format=png", "format=mermaid", "format=ttl");
        });
    }

    @Test
    void conceptPageListsQuestionsAboutItWithDifficulty() {
        JavalinTest.test(app(), (server, client) -> {
            Page p = get(client, "/concept/rope");
            assertThat(p.body()).containsPattern("class=\"badge level-(Easy|Medium|Hard)\"").contains("href=\"/question/further-questions-q");
        });
    }

    @Test
    void unknownConceptIsAnHtml404() {
        JavalinTest.test(app(), (server, client) -> {
            Page p = get(client, "/concept/no-such-thing");
            assertThat(p.code()).isEqualTo(404);
            assertThat(p.type()).startsWith("text/html");
            assertThat(p.body()).contains("Not found");
        });
    }

    @Test
    void topicPageShowsItsConceptsParentAndExports() {
        JavalinTest.test(app(), (server, client) -> {
            Page p = get(client, "/topic/keywords-summary/attention-variants");
            assertThat(p.code()).isEqualTo(200);
            assertThat(p.body()).contains("GQA", "Part of", "/api/export?topic=", "format=graphml");
        });
    }

    @Test
    void questionPageRendersTheAnswerFromMarkdownWithItsConcepts() {
        JavalinTest.test(app(), (server, client) -> {
            Page p = get(client, "/question/further-questions-q138");
            assertThat(p.code()).isEqualTo(200);
            assertThat(p.body()).contains("Chunked action prediction", "<ol>", "Receding horizon", "badge level-Medium",
                    "href=\"/concept/chunked-action-prediction\"", "href=\"/source/further-questions#L1565\"");
        });
    }

    @Test
    void sourcePageHasAnAnchorForEveryLine() {
        JavalinTest.test(app(), (server, client) -> {
            Page p = get(client, "/source/keywords-summary");
            assertThat(p.code()).isEqualTo(200);
            long lines = atlas.sources().get("keywords-summary").split("\n", -1).length;
            assertThat(p.body()).contains("id=\"L1\"", "id=\"L" + lines + "\"", "LLM / VLM / VLA Keywords Summary");
        });
    }

    @Test
    void sourcePageShowsTheRepairedTextOfTheDamagedNote() {
        JavalinTest.test(app(), (server, client) -> {
            Page p = get(client, "/source/lecture-09-current-trends");
            assertThat(p.code()).isEqualTo(200);
            assertThat(p.body()).contains("아키텍처").doesNotContain("\uFFFD");
        });
    }

    @Test
    void sourcePageServesOnlyLoadedNotes() {
        JavalinTest.test(app(), (server, client) -> {
            assertThat(get(client, "/source/README").code()).isEqualTo(404);
            assertThat(get(client, "/source/pom.xml").code()).isEqualTo(404);
            assertThat(get(client, "/source/..%2F..%2Fpom.xml").code()).isIn(400, 404);
        });
    }

    @Test
    void searchPageListsHitsBestFirst() {
        JavalinTest.test(app(), (server, client) -> {
            Page p = get(client, "/search?q=" + q("그룹 쿼리"));
            assertThat(p.code()).isEqualTo(200);
            assertThat(p.body()).contains("<ol class=\"results\"><li><a href=\"/concept/gqa\">");
        });
    }

    @Test
    void askPageShowsAnswersEvidenceAndTheSparql() {
        JavalinTest.test(app(), (server, client) -> {
            Page p = get(client, "/ask?q=" + q("which models use GQA"));
            assertThat(p.code()).isEqualTo(200);
            assertThat(p.body()).contains("Understood as", "href=\"/concept/mistral\"", "href=\"/source/", "<pre class=\"sparql\">",
                    "SELECT");
        });
    }

    @Test
    void askPageOffersSuggestionsWhenNotUnderstood() {
        JavalinTest.test(app(), (server, client) -> {
            Page p = get(client, "/ask?q=" + q("zzzz qqqq"));
            assertThat(p.body()).contains("Not understood", "Try", "/ask?q=");
        });
    }

    @Test
    void sparqlPageListsNamedQueriesAndRendersResultsWithoutScript() {
        JavalinTest.test(app(), (server, client) -> {
            Page empty = get(client, "/sparql-ui");
            assertThat(empty.body()).contains("<select name=\"name\"", "data-sparql=\"", "<textarea name=\"query\"", "/assets/sparql.js");
            String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT ?label WHERE { <https://w3id.org/llm-atlas/concept/gqa> rdfs:label ?label }";
            Page p = get(client, "/sparql-ui?query=" + q(query));
            assertThat(p.body()).contains("<table class=\"results-table\">", "<th>label</th>", "<td>GQA</td>", "1 row");
        });
    }

    @Test
    void sparqlPageReportsSyntaxErrorsAndRefusesUpdates() {
        JavalinTest.test(app(), (server, client) -> {
            assertThat(get(client, "/sparql-ui?query=" + q("SELEKT nothing")).body()).contains("Syntax error");
            assertThat(get(client, "/sparql-ui?query=" + q("DELETE WHERE { ?s ?p ?o }")).body()).contains("Syntax error");
        });
    }

    @Test
    void sparqlPageLoadsANamedQueryWithoutScript() {
        JavalinTest.test(app(), (server, client) -> {
            Page p = get(client, "/sparql-ui?name=benchmarks&load=1&query=ignored");
            assertThat(p.body()).contains("<option value=\"benchmarks\" data-sparql", "selected", "Run a query");
        });
    }

    @Test
    void apiSearchReturnsIriLabelTypeBestFirst() {
        JavalinTest.test(app(), (server, client) -> {
            {
                Response r = client.get("/api/search?q=" + q("Grouped-Query"));
                String body = r.body().string();
                assertThat(String.join(",", r.headers().get("Content-Type"))).startsWith("application/json");
                assertThat(body).startsWith("[{\"iri\":\"https://w3id.org/llm-atlas/concept/gqa\"")
                        .contains("\"label\":\"GQA\"", "\"type\":\"Concept\"");
            }
        });
    }

    @Test
    void staticAssetsAndTheCytoscapeWebJarAreServedLocally() {
        JavalinTest.test(app(), (server, client) -> {
            assertThat(get(client, "/assets/atlas.css").code()).isEqualTo(200);
            assertThat(get(client, "/assets/graph.js").body()).contains("cytoscape(");
            assertThat(get(client, "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").code()).isEqualTo(200);
        });
    }

    @Test
    void pagesCarryNoInlineScript() {
        JavalinTest.test(app(), (server, client) -> {
            for (String path : new String[] {"/", "/concept/gqa", "/sparql-ui", "/ask?q=gqa"}) {
                String body = get(client, path).body();
                assertThat(body).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContain("onclick=");
            }
        });
    }
}
