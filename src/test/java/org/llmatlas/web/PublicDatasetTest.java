package org.llmatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.query.Sparql;
import org.llmatlas.store.AtlasStore;
import org.llmatlas.store.TdbStore;
import org.llmatlas.sync.ContentSync;
import org.llmatlas.sync.ProgressSink;

/** The public endpoint over a persistent store sees the note graphs, never the store's own per-note records. */
class PublicDatasetTest {
    private static final String STORE_NS = "https://w3id.org/llm-atlas/store#";

    @TempDir
    Path tmp;

    private static String sparql(int port, String query, String extra) {
        RawHttp.Reply r = RawHttp.send(port, "GET", "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + extra,
                java.util.Map.of("Accept", "application/sparql-results+json"), new byte[0]);
        assertThat(r.status()).as(query + extra).isEqualTo(200);
        return r.body();
    }

    @Test
    void publicQueriesCannotReadTheStoreRecordsByAnyNameOfTheDefaultGraph() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.copy(Path.of("content/textbook-03-llm-architecture.md"), content.resolve("textbook-03-llm-architecture.md"));
        try (TdbStore store = AtlasStore.persistent(tmp.resolve("data"))) {
            new ContentSync(content, store, ProgressSink.NONE).sync(false);
            DatasetGraph dsg = store.local().orElseThrow();
            Node sourceHash = NodeFactory.createURI(STORE_NS + "sourceHash");
            assertThat(Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().find(Node.ANY, sourceHash, Node.ANY).hasNext()))
                    .as("the store keeps its records in TDB2's default graph").isTrue();

            Atlas atlas = Atlas.over(store, Sparql.defaults(), store::texts);
            try (AtlasServer server = AtlasServer.start(atlas, AtlasApp.create(atlas), 0)) {
                int port = server.port();
                String all = "SELECT * WHERE { ?s ?p ?o }";
                for (String q : List.of(
                        "SELECT * WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }",
                        "SELECT * WHERE { GRAPH <urn:x-arq:DefaultGraphNode> { ?s ?p ?o } }",
                        "SELECT * FROM <urn:x-arq:DefaultGraph> WHERE { ?s ?p ?o }",
                        "SELECT * FROM NAMED <urn:x-arq:DefaultGraph> WHERE { GRAPH ?g { ?s ?p ?o } }",
                        "SELECT * WHERE { VALUES ?g { <urn:x-arq:DefaultGraph> } GRAPH ?g { ?s ?p ?o } }",
                        "SELECT * WHERE { ?s <" + STORE_NS + "sourceHash> ?o }",
                        "SELECT * WHERE { GRAPH ?g { ?s <" + STORE_NS + "text> ?o } }",
                        "SELECT ?g WHERE { GRAPH ?g { } }",
                        "SELECT * WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")) {
                    String body = sparql(port, q, "");
                    assertThat(body).as(q).doesNotContain(STORE_NS);
                }
                String viaProtocol = sparql(port, all, "&default-graph-uri=" + URLEncoder.encode("urn:x-arq:DefaultGraph", StandardCharsets.UTF_8));
                assertThat(viaProtocol).doesNotContain(STORE_NS);
                assertThat(sparql(port, "DESCRIBE ?g WHERE { GRAPH ?g { } }", "")).doesNotContain(STORE_NS);
                assertThat(sparql(port, "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }", ""))
                        .doesNotContain(STORE_NS);

                // the notes are still all there, as the default graph and by name
                assertThat(sparql(port, "SELECT * WHERE { ?s ?p ?o } LIMIT 5", "")).contains("llm-atlas/");
                assertThat(sparql(port, "SELECT ?g WHERE { GRAPH ?g { } }", "")).contains("https://w3id.org/llm-atlas/graph/textbook-03-llm-architecture");
                assertThat(sparql(port, "ASK { GRAPH <urn:x-arq:DefaultGraph> { ?s a ?t } }", "")).contains("true");
            }
        }
    }
}
