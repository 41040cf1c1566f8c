package org.llmatlas.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.llmatlas.ask.Answer;
import org.llmatlas.query.NamedQueries;
import org.llmatlas.query.Sparql;
import org.llmatlas.web.Atlas;
import org.llmatlas.web.AtlasApp;
import org.llmatlas.web.AtlasServer;

/**
 * API latency against the same SPARQL run in process, on one atlas: {@code /api/ask} (the query
 * the answer reports it ran) and {@code /api/neighbourhood} at depth 1 (its one edge query, bound
 * to the same node), each through the real server over loopback HTTP; then p99 with 32 concurrent
 * wrk clients ÷ single-client p50 (also wrk).
 */
final class ApiLatency {
    private static final int RUNS = 300;
    /**
     * Rounds of both sides before timing: the server side runs far more code than the query alone
     * (Jetty, Javalin, JSON), and until the JIT has compiled it the figure measures the interpreter —
     * after 300 rounds /api/ask took 3× its steady-state time on 2 cores.
     */
    private static final int WARMUP = 3_000;
    private static final Query NEIGHBOURS = Sparql.parse(NamedQueries.read("queries/internal/neighbours.rq"));

    private ApiLatency() {}

    /** Measures on {@code atlas} with the question "which models use CONCEPT". */
    static void run(String corpus, Atlas atlas, String concept) {
        String question = "which models use " + concept;
        Answer a = atlas.questions().ask(question);
        if (!a.understood() || a.answers().isEmpty()) {
            throw new IllegalStateException("benchmark question not answered on " + corpus + ": " + question);
        }
        Query asked = Sparql.parse(a.sparql());
        String focus = atlas.index().resolve(concept).get(0).entry().iri();
        try (AtlasServer server = AtlasServer.start(atlas, AtlasApp.create(atlas), 0)) {
            String askUrl = Http.url(server.port(), "/api/ask", "q", question);
            String nbUrl = Http.url(server.port(), "/api/neighbourhood", "iri", focus) + "&depth=1";
            double[][] apiAndQuery = Timing.interleaved(WARMUP, RUNS, () -> Http.get(askUrl), () -> select(atlas, asked, Map.of()));
            ratio(corpus, "/api/ask", apiAndQuery);
            breakdown(corpus, Timing.interleaved(WARMUP, RUNS, () -> atlas.questions().ask(question), () -> select(atlas, asked, Map.of())));
            transport(corpus, askUrl, Timing.percentile(apiAndQuery[1], 50));
            ratio(corpus, "/api/neighbourhood", Timing.interleaved(WARMUP, RUNS, () -> Http.get(nbUrl),
                    () -> select(atlas, NEIGHBOURS, Map.of("n", ResourceFactory.createResource(focus)))));
            concurrency(corpus, "/api/ask", askUrl);
        }
    }

    /** Collections so far and their total time in ms, over all collectors of this JVM (the server runs in it). */
    private static long[] gc() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, b.getCollectionCount());
            millis += Math.max(0, b.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static void select(Atlas atlas, Query q, Map<String, RDFNode> bindings) {
        try (RDFConnection conn = atlas.connect()) {
            atlas.sparql().select(conn, q, bindings);
        }
    }

    private static void ratio(String corpus, String route, double[][] t) {
        double api = Timing.percentile(t[0], 50);
        double inProcess = Timing.percentile(t[1], 50);
        Report.figure(corpus, route + " p50 (HTTP)", api, "ms", "same SPARQL in process p50", inProcess, 2);
    }

    /** Where the time goes: the question service in process (parse, link, bind, query, build) ÷ its query alone. */
    private static void breakdown(String corpus, double[][] t) {
        double ask = Timing.percentile(t[0], 50);
        double query = Timing.percentile(t[1], 50);
        Report.note(corpus, String.format("  breakdown: ask() in process p50 %.3f ms = %.2f x its SPARQL (%.3f ms); the rest of"
                + " /api/ask is HTTP, Jetty/Javalin and JSON", ask, ask / query, query));
    }

    /**
     * The round trip any HTTP answer pays on this machine: a bare Javalin hello world (same JVM, same
     * client) against /api/ask, interleaved; what /api/ask costs above it, ÷ its SPARQL in process.
     */
    private static void transport(String corpus, String askUrl, double query) {
        io.javalin.Javalin hello = HelloMain.start(0);
        try {
            String helloUrl = "http://localhost:" + hello.port() + "/";
            double[][] t = Timing.interleaved(WARMUP, RUNS, () -> Http.get(helloUrl), () -> Http.get(askUrl));
            double floor = Timing.percentile(t[0], 50);
            double api = Timing.percentile(t[1], 50);
            Report.note(corpus, String.format("  transport: a bare Javalin hello world p50 %.3f ms over the same loopback client;"
                    + " /api/ask p50 %.3f ms; /api/ask above that floor = %.2f x its SPARQL in process (%.3f ms)",
                    floor, api, (api - floor) / query, query));
        } finally {
            hello.stop();
        }
    }

    private static void concurrency(String corpus, String route, String url) {
        if (!Wrk.installed()) {
            System.out.println("  " + corpus + ": wrk not installed (sudo apt-get install -y wrk): concurrency figure skipped");
            return;
        }
        Optional<Wrk.Result> single = Wrk.run(url, 1, 10);
        long[] gc0 = gc();
        Optional<Wrk.Result> many = Wrk.run(url, 32, 10);
        long[] gc1 = gc();
        if (single.isPresent() && many.isPresent()) {
            Wrk.Result one = single.get();
            Wrk.Result all = many.get();
            Report.figure(corpus, route + " p99, 32 clients", all.p99(), "ms", "1 client p50", one.p50(), 10);
            // Little's law for 32 closed-loop clients: mean latency = 32 / throughput, whatever the server's threads do.
            double littleMs = 32 / all.requestsPerSecond() * 1000;
            Report.note(corpus, String.format("  32 clients: %.0f req/s (1 client: %.0f), p50 %.1f ms; mean latency by Little's law"
                    + " 32 / throughput = %.1f ms = %.1f x the 1-client p50; GC during the run: %d collections, %d ms",
                    all.requestsPerSecond(), one.requestsPerSecond(), all.p50(), littleMs, littleMs / one.p50(),
                    gc1[0] - gc0[0], gc1[1] - gc0[1]));
        }
    }
}
