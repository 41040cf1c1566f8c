package org.llmatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Fuseki and the Javalin app on one port: SPARQL works, writes are refused and change nothing. */
class AtlasServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> send(HttpRequest r) throws Exception {
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesSparqlAndTheApiOnOnePortAndRefusesUpdates() throws Exception {
        Atlas atlas = TestAtlas.real();
        try (AtlasServer server = AtlasServer.start(atlas, AtlasApp.create(atlas), 0)) {
            String base = "http://localhost:" + server.port();
            String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
            HttpResponse<String> before = send(HttpRequest.newBuilder(URI.create(base + "/sparql?query="
                    + URLEncoder.encode(count, StandardCharsets.UTF_8))).header("Accept", "text/csv").build());
            assertThat(before.statusCode()).isEqualTo(200);
            assertThat(before.body()).startsWith("n");

            String insert = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }";
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/sparql")).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(insert)).build()).statusCode()).isBetween(400, 499);
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8))).build())
                    .statusCode()).isBetween(400, 499);
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/fuseki/atlas/update")).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(insert)).build()).statusCode()).isBetween(400, 499);
            assertThat(send(HttpRequest.newBuilder(URI.create(base + "/fuseki/atlas/data?default")).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/a> <http://example.org/b> 1 .")).build())
                    .statusCode()).isBetween(400, 499);
            HttpResponse<String> after = send(HttpRequest.newBuilder(URI.create(base + "/sparql?query="
                    + URLEncoder.encode(count, StandardCharsets.UTF_8))).header("Accept", "text/csv").build());
            assertThat(after.body()).isEqualTo(before.body());

            HttpResponse<String> ask = send(HttpRequest.newBuilder(URI.create(base + "/api/ask?q=which%20models%20use%20GQA")).build());
            assertThat(ask.statusCode()).isEqualTo(200);
            assertThat(ask.body()).contains("LLaMA-2");
        }
    }
}
