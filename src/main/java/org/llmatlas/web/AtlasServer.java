package org.llmatlas.web;

import io.javalin.Javalin;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;

/**
 * One JVM, one port: Fuseki serves the read-only SPARQL endpoint (query and graph-store reads
 * only; no update operation exists) and the Javalin app serves the web and the API. Fuseki's
 * context lives under {@value #FUSEKI}; {@link PathAlias} maps the public {@code /sparql} onto it.
 */
public final class AtlasServer implements AutoCloseable {
    static final String FUSEKI = "/fuseki";
    static final String DATASET = "/atlas";

    private final FusekiServer fuseki;

    private AtlasServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /** Starts on {@code port} (0 picks a free one). */
    public static AtlasServer start(Atlas atlas, Javalin app, int port) {
        atlas.store().datasetGraph().getContext().set(ARQ.queryTimeout, Long.toString(atlas.sparql().timeoutMs()));
        FusekiServer fuseki = FusekiServer.create()
                .port(port)
                .contextPath(FUSEKI)
                .add(DATASET, atlas.store().datasetGraph(), false)
                .enablePing(true)
                .build();
        Server jetty = fuseki.getJettyServer();
        ServletContextHandler web = new ServletContextHandler("/");
        JettyWebSocketServletContainerInitializer.configure(web, null);
        web.addServlet(new ServletHolder(app.javalinServlet()), "/*");
        Handler fusekiHandler = jetty.getHandler();
        jetty.setHandler(new PathAlias("/sparql", FUSEKI + DATASET + "/sparql", new Handler.Sequence(fusekiHandler, web)));
        fuseki.start();
        return new AtlasServer(fuseki);
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
