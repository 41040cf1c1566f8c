package org.llmatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * API assertions over the seed notes, shared by the in-memory tests ({@code ApiTest}, through
 * JavalinTest) and the remote-engine test ({@code RemoteEngineIT}, over HTTP), so both hold the
 * app to the same answers whatever store it runs on.
 */
public final class ApiChecks {
    /** GET a path of the app. */
    @FunctionalInterface
    public interface Client {
        Reply get(String path);
    }

    public record Reply(int code, String body) {
        JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }
    }

    private ApiChecks() {}

    /** The JavalinTest client. */
    public static Client of(io.javalin.testtools.HttpClient client) {
        return path -> {
            io.javalin.testtools.Response r = client.get(path);
            return new Reply(r.code(), r.body().string());
        };
    }

    /** A running server. */
    public static Client of(String baseUrl) {
        HttpClient http = HttpClient.newHttpClient();
        return path -> {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Reply(r.statusCode(), r.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
    }

    public static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> labels(JsonObject answer) {
        List<String> out = new ArrayList<>();
        for (JsonElement a : answer.getAsJsonArray("answers")) {
            out.add(a.getAsJsonObject().get("label").getAsString());
        }
        return out;
    }

    public static void asksWhichModelsUseGqaWithEvidence(Client client) {
        Reply r = client.get("/api/ask?q=" + q("which models use GQA"));
        assertThat(r.code()).isEqualTo(200);
        JsonObject a = r.json();
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
    }

    public static void answersTheSameQuestionInKorean(Client client) {
        assertThat(labels(client.get("/api/ask?q=" + q("GQA를 사용하는 모델은?")).json())).contains("LLaMA-2", "LLaMA-3", "Mistral");
    }

    public static void listsAndRunsNamedQueriesWithBoundParameters(Client client) {
        assertThat(JsonParser.parseString(client.get("/api/queries").body()).getAsJsonArray().size()).isGreaterThanOrEqualTo(12);
        Reply usedBy = client.get("/api/queries/used-by?concept=GQA");
        assertThat(usedBy.code()).isEqualTo(200);
        assertThat(usedBy.json().getAsJsonArray("rows").toString()).contains("LLaMA-2");
        assertThat(client.get("/api/queries/used-by?nope=1").code()).isEqualTo(400);
        assertThat(client.get("/api/queries/no-such-query").code()).isEqualTo(404);
        assertThat(client.get("/api/queries/used-by?concept=" + q("\" } UNION { ?s ?p ?o")).code()).isEqualTo(400);
    }

    public static void neighbourhoodOfGqaHasItsUsers(Client client, String gqaIri) {
        Reply r = client.get("/api/neighbourhood?depth=1&iri=" + q(gqaIri));
        assertThat(r.code()).isEqualTo(200);
        assertThat(r.json().getAsJsonArray("nodes").size()).isGreaterThan(3);
        assertThat(r.json().getAsJsonArray("edges").toString()).contains("uses");
        assertThat(client.get("/api/neighbourhood?iri=" + q("urn:nothing")).code()).isEqualTo(404);
    }

    public static void searchFindsGqaAndItsPage(Client client) {
        Reply search = client.get("/api/search?q=" + q("grouped query attention"));
        assertThat(search.code()).isEqualTo(200);
        assertThat(search.body()).contains("GQA");
        Reply page = client.get("/concept/gqa");
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("GQA").contains("LLaMA-2");
    }
}
