package org.llmatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.javalin.Javalin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole server (app + {@code /sparql} + Fuseki's own paths, on one Jetty), in both modes:
 * hostile parameters on the SPARQL routes, security headers on answers Javalin does not give,
 * and the request size caps.
 */
class HostileServerTest {
    private static final String SELECT = URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8);

    private static AtlasServer start(BiFunction<Atlas, Javalin, AtlasServer> mode) {
        Atlas atlas = TestAtlas.real();
        return mode.apply(atlas, AtlasApp.create(atlas));
    }

    /** The routes Jetty, Fuseki or the SPARQL servlet answer, plus a few of the app's through the full server. */
    static List<String> serverRoutes() {
        return new ArrayList<>(List.of("/sparql?query={}", "/sparql?query=" + SELECT + "&default-graph-uri={}",
                "/sparql?query=" + SELECT + "&named-graph-uri={}", "/sparql?{}", "/sparql/{}",
                "/fuseki/{}", "/fuseki/atlas/{}", "/fuseki/atlas?query={}", "/fuseki/atlas/sparql?query={}",
                "/fuseki/atlas/query?query={}", "/fuseki/atlas/get?graph={}", "/fuseki/atlas/data?graph={}",
                "/fuseki/$/ping?{}", "/fuseki/$/{}", "/api/ask?q={}", "/concept/{}", "/source/{}", "/{}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.llmatlas.web.SparqlEndpointTest#modes")
    void sparqlAndEngineRoutesAnswerHostileParametersWithoutServerErrorsOrLeaks(String name, BiFunction<Atlas, Javalin, AtlasServer> mode) {
        try (AtlasServer server = start(mode)) {
            assertThat(HostileRoutesTest.walk(server.port(), serverRoutes())).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.llmatlas.web.SparqlEndpointTest#modes")
    void everyKindOfAnswerCarriesTheSecurityHeaders(String name, BiFunction<Atlas, Javalin, AtlasServer> mode) {
        try (AtlasServer server = start(mode)) {
            for (String target : List.of("/sparql?query=" + SELECT, "/sparql?query=SELEKT", "/sparql", "/fuseki/atlas/query?query=" + SELECT,
                    "/fuseki/$/ping", "/fuseki/nothing", "/", "/api/queries", "/assets/atlas.css", "/no/such/page")) {
                RawHttp.Reply r = RawHttp.get(server.port(), target);
                assertThat(r.header("Content-Security-Policy")).as(target).contains("script-src 'self';", "frame-ancestors 'none'");
                assertThat(r.header("X-Content-Type-Options")).as(target).isEqualTo("nosniff");
                assertThat(r.header("Referrer-Policy")).as(target).isEqualTo("no-referrer");
            }
            assertThat(RawHttp.get(server.port(), "/sparql?query=" + SELECT).status()).isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.llmatlas.web.SparqlEndpointTest#modes")
    void bodiesOverTheCapAnswer413AsJsonAndTheServerStaysUp(String name, BiFunction<Atlas, Javalin, AtlasServer> mode) {
        byte[] big = ("SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(Limits.MAX_BODY_BYTES + 10)).getBytes(StandardCharsets.UTF_8);
        try (AtlasServer server = start(mode)) {
            int port = server.port();
            for (String target : List.of("/sparql", "/api/ask", "/fuseki/atlas/query")) {
                RawHttp.Reply sized = RawHttp.post(port, target, "application/sparql-query", big);
                assertThat(sized.status()).as(target).isEqualTo(413);
                assertThat(sized.contentType()).as(target).startsWith("application/json");
                assertThat(JsonParser.parseString(sized.body()).getAsJsonObject().get("error").getAsString()).contains("too large");
                RawHttp.Reply streamed = RawHttp.sendChunked(port, target, "application/sparql-query", big);
                // the app has no POST route: it answers without reading the body (and Jetty discards it)
                // (and in proxy mode there is no /fuseki)
                boolean unread = target.startsWith("/api") || (name.equals("proxy") && target.startsWith("/fuseki"));
                assertThat(streamed.status()).as(target + " chunked").isEqualTo(unread ? 404 : 413);
                assertThat(HostileInput.problems(target, streamed)).as(target + " chunked").isEmpty();
            }
            byte[] form = ("query=" + "x".repeat(Limits.MAX_BODY_BYTES + 10)).getBytes(StandardCharsets.UTF_8);
            assertThat(RawHttp.post(port, "/sparql", "application/x-www-form-urlencoded", form).status()).isEqualTo(413);
            RawHttp.Reply ok = RawHttp.post(port, "/sparql", "application/sparql-query", "ASK { ?s ?p ?o }".getBytes(StandardCharsets.UTF_8));
            assertThat(ok.status()).isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.llmatlas.web.SparqlEndpointTest#modes")
    void aVeryLongUrlOrHeaderIsRefusedCleanly(String name, BiFunction<Atlas, Javalin, AtlasServer> mode) {
        try (AtlasServer server = start(mode)) {
            int port = server.port();
            for (String target : List.of("/sparql?query=" + "y".repeat(100_000), "/api/ask?q=" + "y".repeat(100_000),
                    "/concept/" + "y".repeat(100_000))) {
                RawHttp.Reply r = RawHttp.get(port, target);
                assertThat(r.status()).as(RawHttp.abbreviate(target)).isIn(414, 431);
                assertThat(HostileInput.problems(target, r)).as(RawHttp.abbreviate(target)).isEmpty();
            }
            RawHttp.Reply header = RawHttp.send(port, "GET", "/api/queries", Map.of("X-Big", "z".repeat(64 * 1024)), new byte[0]);
            assertThat(header.status()).isEqualTo(431);
            assertThat(HostileInput.problems("/api/queries", header)).isEmpty();
            assertThat(RawHttp.get(port, "/sparql?query=" + "%20".repeat(3_000) + SELECT).status()).isEqualTo(200);
        }
    }
}
