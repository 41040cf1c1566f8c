package org.llmatlas.web;

import io.javalin.Javalin;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;

/**
 * One JVM, one port: the Javalin app serves the web and the API, and {@code /sparql} is the
 * read-only SPARQL endpoint (query timeout, {@link RowCap}, no {@link NoService SERVICE}; no update
 * operation exists).
 * When the store lives in this JVM, Fuseki serves {@code /sparql}: its context lives under
 * {@value #FUSEKI} and {@link PathAlias} maps the public path onto it. When the store is a remote
 * engine, {@link SparqlServlet} answers {@code /sparql} through the store's connection.
 */
public final class AtlasServer implements AutoCloseable {
    static final String FUSEKI = "/fuseki";
    static final String DATASET = "/atlas";
    private static final int RESPONSE_BUFFER_BYTES = 32 * 1024;

    private final Server jetty;

    private AtlasServer(Server jetty) {
        this.jetty = jetty;
    }

    /** Starts on {@code port} (0 picks a free one). */
    public static AtlasServer start(Atlas atlas, Javalin app, int port) {
        AtlasServer server = atlas.store().local().isPresent() ? withFuseki(atlas, app, port) : withProxy(atlas, app, port);
        atlas.serving();
        return server;
    }

    private static AtlasServer withFuseki(Atlas atlas, Javalin app, int port) {
        DatasetGraph dsg = atlas.store().local().orElseThrow();
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(atlas.sparql().timeoutMs()));
        FusekiServer fuseki = FusekiServer.create()
                .port(port)
                .contextPath(FUSEKI)
                .registerOperation(Operation.Query, new PublicQuery(atlas.sparql().rowLimit()))
                // queries only: no Graph Store Protocol (its reads would bypass the public view), no update
                .add(DATASET, DataService.newBuilder(dsg).addEndpoint(Operation.Query, "sparql").addEndpoint(Operation.Query, "query"))
                .enablePing(true)
                .build();
        Server jetty = fuseki.getJettyServer();
        Handler fusekiHandler = jetty.getHandler();
        jetty.setHandler(new PathAlias("/sparql", FUSEKI + DATASET + "/sparql",
                new Handler.Sequence(fusekiHandler, webContext(app))));
        harden(jetty);
        fuseki.start();
        return new AtlasServer(jetty);
    }

    /** The app and {@link SparqlServlet} on a Jetty server of their own (any store; used for remote ones). */
    static AtlasServer withProxy(Atlas atlas, Javalin app, int port) {
        Server jetty = new Server(port);
        ServletContextHandler web = webContext(app);
        web.addServlet(new ServletHolder(new SparqlServlet(atlas)), "/sparql");
        jetty.setHandler(web);
        harden(jetty);
        try {
            jetty.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the server on port " + port + ": " + e.getMessage(), e);
        }
        return new AtlasServer(jetty);
    }

    /**
     * Whatever answers (the app, Fuseki, Jetty itself): the {@link SecurityHeaders}, the {@link Limits},
     * and Jetty's own errors shaped like the app's ({@link ErrorPages}).
     */
    private static void harden(Server jetty) {
        for (Connector c : jetty.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                Limits.apply(http.getHttpConfiguration());
                // Fuseki's Jetty takes a 5 MB response buffer (1.3 MB aggregation) for every response, which cost
                // each small answer ≈ 0.2 ms; Jetty's defaults stream large SPARQL results just as well
                http.getHttpConfiguration().setOutputBufferSize(RESPONSE_BUFFER_BYTES);
                http.getHttpConfiguration().setOutputAggregationSize(RESPONSE_BUFFER_BYTES / 4);
            }
        }
        jetty.setErrorHandler(new ErrorPages());
        jetty.setHandler(SecurityHeaders.handler(Limits.bodyCap(new QueryStringCheck(jetty.getHandler()))));
    }

    private static ServletContextHandler webContext(Javalin app) {
        ServletContextHandler web = new ServletContextHandler("/");
        JettyWebSocketServletContainerInitializer.configure(web, null);
        web.addServlet(new ServletHolder(app.javalinServlet()), "/*");
        return web;
    }

    public int port() {
        return ((NetworkConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    public void join() {
        try {
            jetty.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the server: " + e.getMessage(), e);
        }
    }
}
