package org.llmatlas.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.llmatlas.web.pages.Html;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error answer, in one place: {@code /api}, {@code /sparql} and the SPARQL engine's paths get
 * JSON {@code {"error": "…"}}, pages get a friendly HTML page with a link home. No body ever carries
 * a stack trace or an exception's text (only messages written for the client:
 * {@link IllegalArgumentException}s of the request checks). A query stopped at the timeout, and a
 * remote graph engine that is down or too slow, are 503s.
 */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    static final String ENGINE_DOWN = "The graph engine did not answer; try again later.";
    static final String TIMEOUT = "The query was stopped at the timeout; try a narrower question.";

    private Errors() {}

    static void register(RoutesConfig routes) {
        routes.exception(IllegalArgumentException.class, (e, ctx) -> send(ctx, 400, e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), clientMessage(e)));
        routes.exception(Exception.class, (e, ctx) -> {
            if (causedBy(e, QueryCancelledException.class)) {
                LOG.warn("{} {}: query stopped at the timeout", ctx.method(), ctx.path());
                send(ctx, 503, TIMEOUT);
            } else if (causedBy(e, HttpException.class) || causedBy(e, QueryExceptionHTTP.class)) {
                LOG.warn("{} {}: the SPARQL engine failed: {}", ctx.method(), ctx.path(), e.toString());
                send(ctx, 503, ENGINE_DOWN);
            } else {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                send(ctx, 500, "Internal error; see the server log.");
            }
        });
    }

    /** A query stopped at its timeout, or a remote engine that failed or did not answer in time, anywhere in the causes. */
    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** True for the paths whose clients read JSON rather than pages. */
    static boolean wantsJson(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/") || path.equals("/sparql")
                || path.startsWith("/sparql/") || path.startsWith(AtlasServer.FUSEKI + "/"));
    }

    static void send(Context ctx, int status, String message) {
        ctx.status(status);
        if (wantsJson(ctx.path())) {
            ctx.json(Map.of("error", message));
        } else {
            ctx.contentType("text/html; charset=utf-8").result(page(status, message));
        }
    }

    /** The friendly page for {@code status}. */
    static String page(int status, String message) {
        HttpStatus s = HttpStatus.forStatus(status);
        String title = s == HttpStatus.UNKNOWN ? "Error " + status : s.getMessage().charAt(0) + s.getMessage().substring(1).toLowerCase();
        return Html.error(title, message);
    }

    /** Javalin's own responses (no route, method not allowed, body too large) in plain words. */
    private static String clientMessage(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "Nothing here: no page or API route has that address.";
            case 405 -> "That method is not allowed here.";
            case 413 -> "The request body is too large.";
            default -> HttpStatus.forStatus(e.getStatus()).getMessage();
        };
    }
}
