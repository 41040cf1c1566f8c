package org.llmatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.store.RemoteStore;
import org.llmatlas.vocab.Atlas;
import picocli.CommandLine;

/** {@code load --endpoint} against an in-process Fuseki: what it shows while it extracts and loads. */
class LoadCommandTest {
    @Test
    void loadShowsTheProgressOfExtractingAndLoadingEveryGraph(@TempDir Path notes) throws Exception {
        Files.writeString(notes.resolve("a.md"), "# A\n\n- **GQA (Grouped-Query Attention)**: 키와 값을 그룹으로 공유함.\n",
                StandardCharsets.UTF_8);
        Files.writeString(notes.resolve("b.md"), "# B\n\n- **LLaMA-2**: GQA를 사용함.\n", StandardCharsets.UTF_8);
        FusekiServer fuseki = FusekiServer.create().port(0).add("/atlas", DatasetGraphFactory.createTxnMem()).build().start();
        try {
            String url = "http://localhost:" + fuseki.getHttpPort() + "/atlas";
            LoadCommand load = new LoadCommand();
            load.progress = err -> (what, total) -> new Progress(what, total, err, false, 0);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = new CommandLine(load).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                    .execute("--endpoint", url, "--content", notes.toString());

            assertThat(code).as(err.toString()).isZero();
            assertThat(err.toString().lines()).contains("extracting:  25%  1/4", "loading:  50%  1/2", "loading: 100%  2/2")
                    .anyMatch(l -> l.matches("loading: 100%  2/2  \\d+\\.\\d s"));
            assertThat(out.toString()).contains("loading 2 graphs into the").containsPattern("loaded 2 graphs \\([\\d,]+ triples\\) in ");
            assertThat(RemoteStore.dataset(url).graphNames(Atlas.GRAPH)).containsExactlyInAnyOrder(Atlas.GRAPH + "a", Atlas.GRAPH + "b");
        } finally {
            fuseki.stop();
        }
    }
}
