package org.llmatlas.bench;

import java.util.Map;
import java.util.OptionalDouble;
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
            ratio(corpus, "/api/ask", Timing.interleaved(RUNS, RUNS, () -> Http.get(askUrl), () -> select(atlas, asked, Map.of())));
            breakdown(corpus, Timing.interleaved(RUNS, RUNS, () -> atlas.questions().ask(question), () -> select(atlas, asked, Map.of())));
            ratio(corpus, "/api/neighbourhood", Timing.interleaved(RUNS, RUNS, () -> Http.get(nbUrl),
                    () -> select(atlas, NEIGHBOURS, Map.of("n", ResourceFactory.createResource(focus)))));
            concurrency(corpus, "/api/ask", askUrl);
        }
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

    private static void concurrency(String corpus, String route, String url) {
        if (!Wrk.installed()) {
            System.out.println("  " + corpus + ": wrk not installed (sudo apt-get install -y wrk): concurrency figure skipped");
            return;
        }
        OptionalDouble single = Wrk.latency(url, 1, 10, 50);
        OptionalDouble p99 = Wrk.latency(url, 32, 10, 99);
        if (single.isPresent() && p99.isPresent()) {
            Report.figure(corpus, route + " p99, 32 clients", p99.getAsDouble(), "ms", "1 client p50", single.getAsDouble(), 10);
        }
    }
}
