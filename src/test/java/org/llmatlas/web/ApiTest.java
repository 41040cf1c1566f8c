package org.llmatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

class ApiTest {
    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonObject json(Response r) {
        return JsonParser.parseString(r.body().string()).getAsJsonObject();
    }

    @Test
    void asksWhichModelsUseGqaWithEvidence() {
        JavalinTest.test(AtlasApp.create(TestAtlas.real()), (server, client) -> ApiChecks.asksWhichModelsUseGqaWithEvidence(ApiChecks.of(client)));
    }

    @Test
    void answersTheSameQuestionInKorean() {
        JavalinTest.test(AtlasApp.create(TestAtlas.real()), (server, client) -> ApiChecks.answersTheSameQuestionInKorean(ApiChecks.of(client)));
    }

    @Test
    void unknownQuestionIsNotUnderstoodButStillOk() {
        JavalinTest.test(AtlasApp.create(TestAtlas.real()), (server, client) -> {
            Response r = client.get("/api/ask?q=" + q("zzqx blorp"));
            assertThat(r.code()).isEqualTo(200);
            JsonObject a = json(r);
            assertThat(a.get("understood").getAsBoolean()).isFalse();
            assertThat(a.getAsJsonArray("suggestions")).isNotEmpty();
        });
    }

    @Test
    void hostileQuestionsNeitherBreakNorAlterTheQuery() {
        JavalinTest.test(AtlasApp.create(TestAtlas.real()), (server, client) -> {
            for (String hostile : List.of("which models use GQA\" } UNION { ?s ?p ?o } #", "GQA'); DROP ALL; --",
                    "{{{{", "} UNION {", "x".repeat(5_000))) {
                Response r = client.get("/api/ask?q=" + q(hostile));
                assertThat(r.code()).as(hostile.substring(0, Math.min(40, hostile.length()))).isEqualTo(200);
                JsonObject a = json(r);
                assertThat(a.get("sparql").getAsString()).doesNotContain("DROP").doesNotContain("?s ?p ?o");
            }
        });
    }

    @Test
    void aHundredKilobyteQuestionIsCappedNotCrashed() {
        JavalinTest.test(AtlasApp.create(TestAtlas.real()), (server, client) -> {
            // Jetty's request-line cap answers 414 before the app; the server stays up
            assertThat(client.get("/api/ask?q=" + "y".repeat(100_000)).code()).isIn(200, 414);
            assertThat(client.get("/api/ask?q=GQA").code()).isEqualTo(200);
        });
    }

    @Test
    void listsAndRunsNamedQueriesWithBoundParameters() {
        JavalinTest.test(AtlasApp.create(TestAtlas.real()), (server, client) -> ApiChecks.listsAndRunsNamedQueriesWithBoundParameters(ApiChecks.of(client)));
    }

    @Test
    void neighbourhoodOfGqaHasItsUsers() {
        JavalinTest.test(AtlasApp.create(TestAtlas.real()), (server, client) ->
                ApiChecks.neighbourhoodOfGqaHasItsUsers(ApiChecks.of(client), TestAtlas.real().index().best("GQA").iri()));
    }

    @Test
    void searchFindsGqaAndItsConceptPage() {
        JavalinTest.test(AtlasApp.create(TestAtlas.real()), (server, client) -> ApiChecks.searchFindsGqaAndItsPage(ApiChecks.of(client)));
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        JavalinTest.test(AtlasApp.create(TestAtlas.real()), (server, client) -> {
            Response r = client.get("/api/search?q=gqa");
            assertThat(r.headers().get("Content-Security-Policy").get(0)).contains("script-src 'self'").doesNotContain("unsafe-inline'; object");
            assertThat(r.headers().get("X-Content-Type-Options").get(0)).isEqualTo("nosniff");
            assertThat(r.headers().get("Referrer-Policy").get(0)).isEqualTo("no-referrer");
        });
    }
}
