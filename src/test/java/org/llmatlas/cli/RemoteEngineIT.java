package org.llmatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.llmatlas.Seeds;
import org.llmatlas.extract.Extractor;
import org.llmatlas.extract.NoteLoader;
import org.llmatlas.query.Sparql;
import org.llmatlas.store.RemoteStore;
import org.llmatlas.web.ApiChecks;
import org.llmatlas.web.Atlas;
import org.llmatlas.web.AtlasApp;
import org.llmatlas.web.AtlasServer;
import picocli.CommandLine;

/**
 * The whole app on an external engine: a standalone Fuseki in its own process, filled by
 * {@code atlas load --endpoint}, serving the app built as {@code serve --endpoint} builds it.
 * The last tests kill the engine mid-load and change the notes, so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteEngineIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Path dir;
    private static FusekiProcess fuseki;
    private static String loadOutput;
    private static int loadExit;
    private static Atlas atlas;
    private static AtlasServer server;

    @BeforeAll
    static void startEngineLoadItAndServeTheApp() throws Exception {
        dir = Files.createTempDirectory("atlas-fuseki");
        fuseki = FusekiProcess.start(dir);
        StringWriter out = new StringWriter();
        loadExit = run(out, "load", "--endpoint", fuseki.dataset());
        loadOutput = out.toString();
        ServeCommand serve = CommandLine.populateCommand(new ServeCommand(), "--endpoint", fuseki.dataset());
        atlas = serve.endpoint.atlas(serve.content.contentDir(), serve.content.timeoutMs, new PrintWriter(System.err, true));
        server = AtlasServer.start(atlas, AtlasApp.create(atlas), 0);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (server != null) {
            server.close();
        }
        if (fuseki != null) {
            fuseki.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static int run(StringWriter out, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        return cl.execute(args);
    }

    private static String base() {
        return "http://localhost:" + server.port();
    }

    private static RemoteStore store() {
        return RemoteStore.dataset(fuseki.dataset());
    }

    private static Map<String, Model> remoteGraphs(List<String> names) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        try (RDFConnection conn = store().connect()) {
            names.forEach(n -> graphs.put(n, conn.fetch(n)));
        }
        return graphs;
    }

    private static List<String> seedGraphNames() {
        List<String> names = new ArrayList<>();
        Seeds.extraction().dataset().listNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }

    private static HttpResponse<String> sparql(String query, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(3)
    void askAndQueryRunOnTheEngine() {
        StringWriter out = new StringWriter();
        assertThat(run(out, "ask", "--endpoint", fuseki.dataset(), "which models use GQA", "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"understood\": true", "LLaMA-2", "keywords-summary.md");
        StringWriter rows = new StringWriter();
        assertThat(run(rows, "query", "--endpoint", fuseki.dataset(), "queries/used-by.rq", "--param", "concept=GQA", "--format", "csv")).isZero();
        assertThat(rows.toString()).contains("LLaMA-2");
    }

    @Test
    @Order(1)
    void loadPutsEveryNoteGraphIntoTheEngineAsExtracted() {
        assertThat(loadExit).as(loadOutput).isZero();
        List<String> names = seedGraphNames();
        assertThat(loadOutput).contains("loading " + names.size() + " graphs").contains("loaded " + names.size() + " graphs");
        assertThat(store().graphNames(org.llmatlas.vocab.Atlas.GRAPH)).containsExactlyInAnyOrderElementsOf(names);
        Dataset local = Seeds.extraction().dataset();
        remoteGraphs(names).forEach((name, remote) ->
                assertThat(remote.isIsomorphicWith(local.getNamedModel(name))).as(name).isTrue());
    }

    @Test
    @Order(2)
    void theApiAnswersFromTheEngine() {
        ApiChecks.Client client = ApiChecks.of(base());
        ApiChecks.asksWhichModelsUseGqaWithEvidence(client);
        ApiChecks.answersTheSameQuestionInKorean(client);
        ApiChecks.listsAndRunsNamedQueriesWithBoundParameters(client);
        ApiChecks.neighbourhoodOfGqaHasItsUsers(client, atlas.index().best("GQA").iri());
        ApiChecks.searchFindsGqaAndItsPage(client);
        assertThat(client.get("/source/keywords-summary").code()).as("source pages from --content").isEqualTo(200);
        assertThat(client.get("/").code()).isEqualTo(200);
        ApiChecks.Reply export = client.get("/api/export?focus=GQA&format=mermaid");
        assertThat(export.code()).isEqualTo(200);
        assertThat(export.body()).contains("LLaMA-2");
    }

    @Test
    @Order(3)
    void sparqlIsAReadOnlyCappedProxyToTheEngine() throws Exception {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        HttpResponse<String> before = sparql(count, "text/csv");
        assertThat(before.statusCode()).isEqualTo(200);
        long triples = Long.parseLong(before.body().lines().skip(1).findFirst().orElseThrow().trim());
        assertThat(triples).as("union default graph").isGreaterThan(Sparql.DEFAULT_ROW_LIMIT);

        HttpResponse<String> all = sparql("SELECT * WHERE { ?s ?p ?o }", "text/tab-separated-values");
        assertThat(all.headers().firstValue("Atlas-Row-Cap")).hasValue(Integer.toString(Sparql.DEFAULT_ROW_LIMIT));
        assertThat(all.body().lines().count()).isEqualTo(Sparql.DEFAULT_ROW_LIMIT + 1);

        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("PREFIX atlas: <https://w3id.org/llm-atlas/ontology#> "
                        + "SELECT ?m WHERE { ?m atlas:uses <https://w3id.org/llm-atlas/concept/gqa> }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).contains("llama");

        String insert = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }";
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
        assertThat(sparql(insert, "*/*").statusCode()).isEqualTo(400);
        assertThat(sparql(count, "text/csv").body()).isEqualTo(before.body());
    }

    @Test
    @Order(4)
    void aSlowQueryIsStoppedAtTheAppsTimeoutNotTheEngines() throws Exception {
        Atlas quick = Atlas.over(atlas.store(), new Sparql(1_000, Sparql.DEFAULT_ROW_LIMIT), atlas::sources);
        try (AtlasServer s = AtlasServer.start(quick, AtlasApp.create(quick), 0)) {
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long t0 = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + s.port() + "/sparql?query="
                    + URLEncoder.encode(slow, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
            assertThat(seconds).as("well before the engine's own 10 s").isLessThan(8);
        }
    }

    @Test
    @Order(5)
    void anEngineKilledMidLoadRestartsWithEveryGraphComplete() throws Exception {
        List<String> names = seedGraphNames();
        Map<String, Model> old = remoteGraphs(names);
        String first = names.get(0);
        String second = names.get(1);
        Model newFirst = marked(old.get(first), 1);
        store().replaceGraph(first, newFirst);

        byte[] body = ntriples(marked(old.get(second), 50_000));
        // the loader dies half way through the second graph's PUT (the OS resets its connection) …
        try (Socket socket = halfAPut(second, body)) {
            socket.setSoLinger(true, 0);
        }
        assertThat(remoteGraphs(List.of(second)).get(second).isIsomorphicWith(old.get(second))).as("after the loader died").isTrue();
        // … and then the engine dies (kill -9) half way through another attempt
        try (Socket socket = halfAPut(second, body)) {
            fuseki.kill();
        }
        fuseki = FusekiProcess.start(dir);

        Map<String, Model> after = remoteGraphs(names);
        assertThat(after.get(first).isIsomorphicWith(newFirst)).as("the graph replaced before the kill").isTrue();
        assertThat(after.get(second).isIsomorphicWith(old.get(second))).as("the graph cut off: its old version, complete").isTrue();
        for (String other : names.subList(2, names.size())) {
            assertThat(after.get(other).isIsomorphicWith(old.get(other))).as(other).isTrue();
        }
    }

    @Test
    @Order(6)
    void reloadingReplacesEveryGraphAndRemovesThoseOfNotesThatAreGone() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.copy(Path.of("content/textbook-03-llm-architecture.md"), notes.resolve("textbook-03-llm-architecture.md"));
        StringWriter out = new StringWriter();
        assertThat(run(out, "load", "--endpoint", fuseki.dataset(), "--content", notes.toString())).as(out.toString()).isZero();
        String kept = org.llmatlas.vocab.Atlas.GRAPH + "textbook-03-llm-architecture";
        assertThat(out.toString()).contains("removed " + org.llmatlas.vocab.Atlas.GRAPH + "keywords-summary");
        assertThat(store().graphNames(org.llmatlas.vocab.Atlas.GRAPH)).containsExactly(kept);
        Model alone = new Extractor().extract(new NoteLoader().loadDirectory(notes).notes()).dataset().getNamedModel(kept);
        assertThat(remoteGraphs(List.of(kept)).get(kept).isIsomorphicWith(alone)).as("replaced by the new extraction").isTrue();
    }

    @Test
    @Order(7)
    void loadWithoutAnEngineFailsClearly() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(run(out, "load")).isEqualTo(2);
        assertThat(out.toString()).contains("--endpoint");
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        out = new StringWriter();
        assertThat(run(out, "load", "--endpoint", "http://localhost:" + deadPort + "/atlas")).isEqualTo(1);
        assertThat(out.toString()).contains("replacing ").contains("0 of ").contains("the others are unchanged");
    }

    /** Sends the headers and half of the body of a GSP PUT, and gives the engine a second to start on it. */
    private static Socket halfAPut(String graph, byte[] body) throws Exception {
        Socket socket = new Socket("localhost", fuseki.port());
        OutputStream out = socket.getOutputStream();
        out.write(("PUT /atlas/data?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8) + " HTTP/1.1\r\n"
                + "Host: localhost:" + fuseki.port() + "\r\nContent-Type: application/n-triples\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body, 0, body.length / 2);
        out.flush();
        Thread.sleep(1_000);
        return socket;
    }

    /** {@code graph} plus {@code n} marker triples. */
    private static Model marked(Model graph, int n) {
        Model m = ModelFactory.createDefaultModel().add(graph);
        for (int i = 0; i < n; i++) {
            m.add(ResourceFactory.createResource("urn:marker:" + i), ResourceFactory.createProperty("urn:marker:p"),
                    ResourceFactory.createTypedLiteral(i));
        }
        return m;
    }

    private static byte[] ntriples(Model m) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(bytes, m, Lang.NTRIPLES);
        return bytes.toByteArray();
    }
}
