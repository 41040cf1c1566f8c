package org.llmatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.llmatlas.query.Sparql;
import org.llmatlas.store.AtlasStore;
import org.llmatlas.store.RemoteStore;

/**
 * In remote mode ({@code serve --endpoint}), an engine that is down or does not answer within the
 * timeout makes the API answer 503 {@code {error}}, pages a friendly 503 page and {@code /sparql} a
 * 503, never a 500 or 502.
 */
class EngineDownTest {
    /** A remote store whose engine address the test can change after the atlas was built. */
    private static final class MovableEngine implements AtlasStore {
        volatile String url;

        MovableEngine(String url) {
            this.url = url;
        }

        @Override
        public void replaceGraphs(Dataset extracted) {
            throw new UnsupportedOperationException("read-only in this test");
        }

        @Override
        public RDFConnection connect() {
            return RemoteStore.dataset(url).connect();
        }

        @Override
        public Optional<DatasetGraph> local() {
            return Optional.empty();
        }

        @Override
        public void close() {}
    }

    private static void checkEngineDown(io.javalin.testtools.HttpClient client, int proxyPort) throws Exception {
        RawHttp.Reply sparql = RawHttp.get(proxyPort, "/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D");
        assertThat(sparql.status()).isEqualTo(503);
        assertThat(sparql.body()).containsAnyOf("did not answer", "stopped at the timeout").doesNotContain("localhost");
        for (String api : List.of("/api/ask?q=which%20models%20use%20GQA", "/api/queries/used-by?concept=GQA",
                "/api/neighbourhood?iri=https%3A%2F%2Fw3id.org%2Fllm-atlas%2Fconcept%2Fgqa", "/api/export?focus=GQA")) {
            var r = client.get(api);
            assertThat(r.code()).as(api).isEqualTo(503);
            assertThat(String.join(",", r.headers().get("Content-Type"))).as(api).startsWith("application/json");
            assertThat(JsonParser.parseString(r.body().string()).getAsJsonObject().get("error").getAsString())
                    .as(api).isEqualTo(Errors.ENGINE_DOWN);
        }
        var page = client.get("/concept/gqa");
        assertThat(page.code()).isEqualTo(503);
        assertThat(String.join(",", page.headers().get("Content-Type"))).startsWith("text/html");
        assertThat(page.body().string()).contains("The graph engine did not answer", "href=\"/\"").doesNotContain("Exception");
    }

    @Test
    void anEngineThatIsDownOrSilentIsA503NotA500() throws Exception {
        DatasetGraph graph = TestAtlas.real().store().local().orElseThrow();
        FusekiServer engine = FusekiServer.create().port(0).add("/atlas", graph).build().start();
        MovableEngine store = new MovableEngine("http://localhost:" + engine.getHttpPort() + "/atlas");
        Atlas atlas = Atlas.over(store, new Sparql(1_000, Sparql.DEFAULT_ROW_LIMIT));
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0); AtlasServer proxy = AtlasServer.withProxy(atlas, AtlasApp.create(atlas), 0)) {
            JavalinTest.test(AtlasApp.create(atlas), (server, client) -> {
                assertThat(client.get("/api/queries/used-by?concept=GQA").code()).isEqualTo(200);

                engine.stop(); // down: connection refused
                checkEngineDown(client, proxy.port());

                // silent: accepts connections, never answers
                Thread acceptor = new Thread(() -> {
                    try {
                        while (true) {
                            held.add(silent.accept());
                        }
                    } catch (IOException closed) {
                        // the test is over
                    }
                });
                acceptor.setDaemon(true);
                acceptor.start();
                store.url = "http://localhost:" + silent.getLocalPort() + "/atlas";
                checkEngineDown(client, proxy.port());
            });
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }
}
