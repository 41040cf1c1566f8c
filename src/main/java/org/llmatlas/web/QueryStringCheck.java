package org.llmatlas.web;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A query string that does not decode (a stray {@code %}, {@code %zz}, invalid UTF-8) is answered
 * 400 here, shaped by {@link ErrorPages}, before any handler sees it: Fuseki would otherwise fail on
 * it with a 500, and the app would decode it leniently into something the client did not mean.
 */
final class QueryStringCheck extends Handler.Wrapper {
    QueryStringCheck(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getHttpURI().getQuery() != null) {
            try {
                Request.extractQueryParameters(request, StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                Response.writeError(request, response, callback, 400);
                return true;
            }
        }
        return super.handle(request, response, callback);
    }
}
