package org.llmatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    private static List<String> labels(JsonObject answer) {
        List<String> out = new ArrayList<>();
        for (JsonElement a : answer.getAsJsonArray("answers")) {
            out.add(a.getAsJsonObject().get("label").getAsString());
        }
        return out;
    }

    @Test
    void asksWhichModelsUseGqaWithEvidence() {
        JavalinTest.test(AtlasApp.create(TestAtlas.real()), (server, client) -> {
            Response r = client.get("/api/ask?q=" + q("which models use GQA"));
            assertThat(r.code()).isEqualTo(200);
            JsonObject a = json(r);
            assertThat(a.get("understood").getAsBoolean()).isTrue();
            assertThat(a.get("sparql").getAsString()).contains("atlas:uses");
            assertThat(labels(a)).contains("LLaMA-2", "LLaMA-3", "Mistral").anyMatch(l -> l.startsWith("Gemma"));
            for (JsonElement item : a.getAsJsonArray("answers")) {
                JsonArray evidence = item.getAsJsonObject().getAsJsonArray("evidence");
                assertThat(evidence).isNotEmpty();
                JsonObject e = evidence.get(0).getAsJsonObject();
                assertThat(e.get("source").getAsString()).endsWith(".md");
                assertThat(e.get("line").getAsInt()).isPositive();
                assertThat(e.get("text").getAsString()).isNotBlank();
            }
        });
    }

    @Test
    void answersTheSameQuestionInKorean() {
        JavalinTest.test(AtlasApp.create(TestAtlas.real()), (server, client) -> {
            JsonObject a = json(client.get("/api/ask?q=" + q("GQA를 사용하는 모델은?")));
            assertThat(labels(a)).contains("LLaMA-2", "LLaMA-3", "Mistral");
        });
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
        JavalinTest.test(AtlasApp.create(TestAtlas.real()), (server, client) -> {
            assertThat(JsonParser.parseString(client.get("/api/queries").body().string()).getAsJsonArray().size())
                    .isGreaterThanOrEqualTo(12);
            JsonObject r = json(client.get("/api/queries/used-by?concept=GQA"));
            assertThat(r.getAsJsonArray("rows").toString()).contains("LLaMA-2");
            assertThat(client.get("/api/queries/used-by?nope=1").code()).isEqualTo(400);
            assertThat(client.get("/api/queries/no-such-query").code()).isEqualTo(404);
            assertThat(client.get("/api/queries/used-by?concept=" + q("\" } UNION { ?s ?p ?o")).code()).isEqualTo(400);
        });
    }

    @Test
    void neighbourhoodOfGqaHasItsUsers() {
        JavalinTest.test(AtlasApp.create(TestAtlas.real()), (server, client) -> {
            String iri = TestAtlas.real().index().best("GQA").iri();
            JsonObject g = json(client.get("/api/neighbourhood?depth=1&iri=" + q(iri)));
            assertThat(g.getAsJsonArray("nodes").size()).isGreaterThan(3);
            assertThat(g.getAsJsonArray("edges").toString()).contains("uses");
            assertThat(client.get("/api/neighbourhood?iri=" + q("urn:nothing")).code()).isEqualTo(404);
        });
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
