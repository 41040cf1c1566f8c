package org.llmatlas.web;

import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Serves one public path from another internal path (query string kept), like a rewrite rule. */
final class PathAlias extends Handler.Wrapper {
    private final String from;
    private final String to;

    PathAlias(String from, String to, Handler next) {
        super(next);
        this.from = from;
        this.to = to;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!from.equals(request.getHttpURI().getPath())) {
            return super.handle(request, response, callback);
        }
        HttpURI uri = HttpURI.build(request.getHttpURI()).path(to);
        return super.handle(new Request.Wrapper(request) {
            @Override
            public HttpURI getHttpURI() {
                return uri;
            }
        }, response, callback);
    }
}
