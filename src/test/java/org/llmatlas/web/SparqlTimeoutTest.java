package org.llmatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.llmatlas.query.Sparql;

/** The public endpoint stops a pathological query at the timeout and keeps serving others. */
class SparqlTimeoutTest {
    @Test
    void crossProductIsStoppedAtTheTimeoutWhileOtherRequestsAreServed() throws Exception {
        // its own store: the server sets the timeout on the store's context
        Atlas own = TestAtlas.of(java.nio.file.Path.of("content"));
        Atlas atlas = Atlas.over(own.store(), new Sparql(1_000, Sparql.DEFAULT_ROW_LIMIT));
        try (AtlasServer server = AtlasServer.start(atlas, AtlasApp.create(atlas), 0)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://localhost:" + server.port();
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long t0 = System.nanoTime();
            CompletableFuture<HttpResponse<String>> pending = http.sendAsync(HttpRequest.newBuilder(URI.create(
                    base + "/sparql?query=" + URLEncoder.encode(slow, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> quick = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ask?q=GQA")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(quick.statusCode()).isEqualTo(200);
            HttpResponse<String> stopped = pending.get();
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(seconds).as("stopped near the 1 s timeout").isLessThan(20);
            assertThat(stopped.statusCode() >= 400 || !stopped.body().contains("\"n\"")).as(stopped.body()).isTrue();
        }
    }
}
