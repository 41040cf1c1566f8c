package org.llmatlas.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.llmatlas.query.Sparql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public, read-only {@code /sparql} endpoint (SPARQL 1.1 protocol: GET {@code ?query=}, POST
 * form or {@code application/sparql-query}) when the graph lives in another engine. The query is
 * parsed here (updates and {@link NoService SERVICE} are refused), capped by {@link RowCap}, run through the store's connection
 * with the query timeout, and written in the negotiated format: JSON, XML, CSV or TSV results for
 * SELECT and ASK; Turtle, N-Triples, JSON-LD or RDF/XML for CONSTRUCT and DESCRIBE.
 */
final class SparqlServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(SparqlServlet.class);
    private static final int MAX_QUERY_BYTES = 1 << 20;

    private final transient Atlas atlas;

    SparqlServlet(Atlas atlas) {
        this.atlas = atlas;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, req.getParameter("query"));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase();
        if (type.startsWith("application/sparql-update")) {
            fail(resp, 415, "This endpoint is read-only: SPARQL Update is not accepted.");
        } else if (type.startsWith("application/sparql-query")) {
            byte[] body = readAtMost(req.getInputStream());
            if (body == null) {
                fail(resp, 413, "The query is larger than " + MAX_QUERY_BYTES + " bytes.");
            } else {
                answer(req, resp, new String(body, StandardCharsets.UTF_8));
            }
        } else {
            answer(req, resp, req.getParameter("query"));
        }
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp, String text) throws IOException {
        if (req.getParameter("update") != null) {
            fail(resp, 400, "This endpoint is read-only: SPARQL Update is not accepted.");
            return;
        }
        if (text == null || text.isBlank()) {
            fail(resp, 400, "No query: send ?query=… (GET or form POST) or an application/sparql-query body.");
            return;
        }
        Query query;
        try {
            query = Sparql.parse(text);
        } catch (QueryParseException e) {
            fail(resp, 400, "Parse error: " + e.getMessage());
            return;
        }
        if (NoService.uses(query)) {
            fail(resp, 400, NoService.MESSAGE);
            return;
        }
        datasetFromProtocol(req, query);
        try {
            run(req, resp, query);
        } catch (QueryCancelledException e) {
            timedOut(resp);
        } catch (QueryExceptionHTTP | HttpException e) {
            if (causedByTimeout(e)) {
                timedOut(resp);
                return;
            }
            int status = e instanceof QueryExceptionHTTP q ? q.getStatusCode() : ((HttpException) e).getStatusCode();
            LOG.warn("SPARQL engine failed on {}: {}", req.getRequestURI(), e.toString(), e.getCause());
            // the engine's message names its own address: not for the client
            if (status == 400) {
                fail(resp, 400, "The SPARQL engine refused the query.");
            } else {
                fail(resp, 503, Errors.ENGINE_DOWN);
            }
        } catch (RuntimeException e) {
            LOG.error("SPARQL query failed: {}", query, e);
            fail(resp, 500, "Internal error; see the server log.");
        }
    }

    private void timedOut(HttpServletResponse resp) throws IOException {
        fail(resp, 503, "The query was stopped at the timeout of " + atlas.sparql().timeoutMs() + " ms.");
    }

    /** The engine's answer did not come within the timeout the request was sent with. */
    private static boolean causedByTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** {@code default-graph-uri} / {@code named-graph-uri} replace the query's FROM clauses, as the protocol says. */
    private static void datasetFromProtocol(HttpServletRequest req, Query query) {
        String[] dflt = req.getParameterValues("default-graph-uri");
        String[] named = req.getParameterValues("named-graph-uri");
        if (dflt == null && named == null) {
            return;
        }
        query.getGraphURIs().clear();
        query.getNamedGraphURIs().clear();
        for (String g : dflt == null ? new String[0] : dflt) {
            query.addGraphURI(g);
        }
        for (String g : named == null ? new String[0] : named) {
            query.addNamedGraphURI(g);
        }
    }

    private void run(HttpServletRequest req, HttpServletResponse resp, Query query) throws IOException {
        Sparql sparql = atlas.sparql();
        boolean capped = RowCap.apply(query, sparql.rowLimit());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String contentType;
        try (RDFConnection conn = atlas.connect()) {
            if (query.isSelectType() || query.isAskType()) {
                contentType = choose(req, DEF.rsOfferTable, DEF.acceptJSON);
                Lang lang = RDFLanguages.contentTypeToLang(contentType);
                if (lang == null || !ResultSetLang.isRegistered(lang)) {
                    // no Accept header (or a plain application/json one): SPARQL JSON results
                    lang = ResultSetLang.RS_JSON;
                    contentType = lang.getContentType().getContentTypeStr();
                }
                if (query.isAskType()) {
                    ResultSetFormatter.output(out, sparql.ask(conn, query, Map.of()), lang);
                } else {
                    ResultSetFormatter.output(out, sparql.select(conn, query, Map.of()), lang);
                }
            } else {
                contentType = choose(req, DEF.constructOffer, DEF.acceptTurtle);
                RDFDataMgr.write(out, sparql.graph(conn, query, Map.of()), RDFLanguages.contentTypeToLang(contentType));
            }
        }
        if (capped) {
            resp.setHeader(RowCap.HEADER, Long.toString(sparql.rowLimit()));
        }
        resp.setStatus(200);
        resp.setContentType(contentType + "; charset=utf-8");
        resp.setContentLength(out.size());
        out.writeTo(resp.getOutputStream());
    }

    private static String choose(HttpServletRequest req, AcceptList offer, MediaType fallback) {
        MediaType chosen = ConNeg.chooseContentType(req, offer, fallback);
        String type = chosen.getContentTypeStr();
        return RDFLanguages.contentTypeToLang(type) == null ? fallback.getContentTypeStr() : type;
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_QUERY_BYTES + 1);
        return body.length > MAX_QUERY_BYTES ? null : body;
    }

    private static void fail(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
