package org.llmatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmatlas.query.Sparql;

/**
 * The public {@code /sparql} endpoint behaves the same whether Fuseki serves it (store in this JVM)
 * or {@link SparqlServlet} does (remote engine): read-only, capped, GET and POST, negotiated formats.
 */
class SparqlEndpointTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int CAP = 7;

    static Stream<Arguments> modes() {
        BiFunction<Atlas, Javalin, AtlasServer> fuseki = (a, app) -> AtlasServer.start(a, app, 0);
        BiFunction<Atlas, Javalin, AtlasServer> proxy = (a, app) -> AtlasServer.withProxy(a, app, 0);
        return Stream.of(Arguments.of("embedded Fuseki", fuseki), Arguments.of("proxy", proxy));
    }

    private static AtlasServer start(BiFunction<Atlas, Javalin, AtlasServer> mode) {
        Atlas real = TestAtlas.real();
        Atlas capped = Atlas.over(real.store(), new Sparql(Sparql.DEFAULT_TIMEOUT_MS, CAP), real::sources);
        return mode.apply(capped, AtlasApp.create(capped));
    }

    private static HttpResponse<String> get(AtlasServer s, String query, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + s.port() + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(AtlasServer s, String contentType, String body, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + s.port() + "/sparql"))
                .header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int rows(HttpResponse<String> r) {
        ResultSetRewindable rs = ResultSetFactory.makeRewindable(ResultSetMgr.read(
                new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
        return rs.size();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void capsTheRowsOfEveryQueryAndSaysSoInAHeader(String name, BiFunction<Atlas, Javalin, AtlasServer> mode) throws Exception {
        try (AtlasServer s = start(mode)) {
            String all = "SELECT * WHERE { ?s ?p ?o }";
            HttpResponse<String> capped = get(s, all, "application/sparql-results+json");
            assertThat(capped.statusCode()).isEqualTo(200);
            assertThat(rows(capped)).isEqualTo(CAP);
            assertThat(capped.headers().firstValue(RowCap.HEADER)).hasValue(Integer.toString(CAP));

            HttpResponse<String> tooMany = post(s, "application/sparql-query", all + " LIMIT 1000", "application/sparql-results+json");
            assertThat(rows(tooMany)).isEqualTo(CAP);
            assertThat(tooMany.headers().firstValue(RowCap.HEADER)).hasValue(Integer.toString(CAP));

            HttpResponse<String> small = post(s, "application/x-www-form-urlencoded",
                    "query=" + URLEncoder.encode(all + " LIMIT 3", StandardCharsets.UTF_8), "application/sparql-results+json");
            assertThat(rows(small)).isEqualTo(3);
            assertThat(small.headers().firstValue(RowCap.HEADER)).isEmpty();

            HttpResponse<String> count = get(s, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "application/sparql-results+json");
            assertThat(rows(count)).isEqualTo(1);
            assertThat(count.headers().firstValue(RowCap.HEADER)).as("one row: nothing to cap").isEmpty();

            HttpResponse<String> graph = get(s, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");
            assertThat(graph.statusCode()).isEqualTo(200);
            assertThat(graph.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/n-triples");
            assertThat(graph.body().lines().filter(l -> !l.isBlank()).count()).isEqualTo(CAP);
        }
    }

    @Test
    void fusekisOwnQueryPathsAreCappedToo() throws Exception {
        try (AtlasServer s = start((a, app) -> AtlasServer.start(a, app, 0))) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + s.port() + "/fuseki/atlas/query?query="
                    + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o }", StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(rows(r)).isEqualTo(CAP);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void answersInTheNegotiatedFormatAndRefusesUpdatesAndNonsense(String name, BiFunction<Atlas, Javalin, AtlasServer> mode) throws Exception {
        try (AtlasServer s = start(mode)) {
            String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
            HttpResponse<String> before = get(s, count, "text/csv");
            assertThat(before.statusCode()).isEqualTo(200);
            assertThat(before.body()).startsWith("n\r\n");
            assertThat(get(s, count, "application/sparql-results+xml").body()).contains("<sparql");
            assertThat(get(s, count, "text/tab-separated-values").body()).startsWith("?n");
            assertThat(get(s, "ASK { ?s ?p ?o }", "application/sparql-results+json").body()).contains("\"boolean\"").contains("true");
            assertThat(get(s, "DESCRIBE <https://w3id.org/llm-atlas/ontology#Model>", "text/turtle").statusCode()).isEqualTo(200);

            String insert = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }";
            assertThat(post(s, "application/sparql-update", insert, "*/*").statusCode()).isEqualTo(415);
            assertThat(post(s, "application/x-www-form-urlencoded", "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8), "*/*")
                    .statusCode()).isEqualTo(400);
            assertThat(get(s, insert, "*/*").statusCode()).isEqualTo(400);
            assertThat(get(s, "SELECT * WHERE { ?s ", "*/*").statusCode()).isEqualTo(400);
            String self = "<http://localhost:" + s.port() + "/sparql>";
            assertThat(get(s, "SELECT * WHERE { SERVICE " + self + " { ?s ?p ?o } } LIMIT 1", "*/*").statusCode()).isEqualTo(400);
            assertThat(get(s, "ASK { ?s ?p ?o FILTER NOT EXISTS { SERVICE " + self + " { ?s ?p ?o } } }", "*/*").statusCode()).isEqualTo(400);
            assertThat(get(s, count, "text/csv").body()).isEqualTo(before.body());
        }
    }
}
