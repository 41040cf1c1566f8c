package org.llmatlas.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.rdfconnection.RDFConnection;
import org.llmatlas.ask.Answer;
import org.llmatlas.extract.Extractor;
import org.llmatlas.extract.LoadedNote;
import org.llmatlas.extract.NoteLoader;
import org.llmatlas.query.Sparql;
import org.llmatlas.web.Atlas;
import org.llmatlas.web.AtlasApp;
import org.llmatlas.web.AtlasServer;
import org.llmatlas.web.TestAtlas;

/**
 * Prints speed figures with their baselines measured in the same run (run: {@code bench/run}):
 * extraction ÷ Flexmark parse only (target ≤ 3), and {@code /api/ask} over HTTP ÷ the same SPARQL
 * in process (target ≤ 2 at p50).
 */
public final class AtlasBench {
    public static void main(String[] args) throws Exception {
        List<LoadedNote> notes = new NoteLoader().loadDirectory(Path.of(args.length > 0 ? args[0] : "content")).notes();
        Extractor extractor = new Extractor();
        double parse = median(30, () -> notes.forEach(n -> extractor.parseOnly(n.note().text())));
        double extract = median(30, () -> extractor.extract(notes));
        System.out.printf("extraction            %8.2f ms   flexmark parse only %8.2f ms   ratio %.2f (target <= 3)%n",
                extract, parse, extract / parse);

        Atlas atlas = TestAtlas.real();
        String question = "which models use GQA";
        Answer a = atlas.questions().ask(question);
        Query q = Sparql.parse(a.sparql());
        double inProcess = median(300, () -> {
            try (RDFConnection conn = atlas.connect()) {
                atlas.sparql().select(conn, q, java.util.Map.of());
            }
        });
        try (AtlasServer server = AtlasServer.start(atlas, AtlasApp.create(atlas), 0)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/ask?q="
                    + URLEncoder.encode(question, StandardCharsets.UTF_8))).build();
            double api = median(300, () -> {
                try {
                    http.send(req, HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            System.out.printf("/api/ask p50          %8.3f ms   same SPARQL in process %8.3f ms   ratio %.2f (target <= 2)%n",
                    api, inProcess, api / inProcess);
        }
        System.exit(0);
    }

    /** Median wall time in ms of {@code runs} runs after as many warm-up runs. */
    static double median(int runs, Runnable r) {
        for (int i = 0; i < runs; i++) {
            r.run();
        }
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            r.run();
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

    private AtlasBench() {}
}
