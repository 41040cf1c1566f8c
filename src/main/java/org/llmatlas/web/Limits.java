package org.llmatlas.web;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * Request size caps, the same for the app (JavalinTest, its own Jetty) and the server: a request
 * line plus headers of at most {@value #MAX_HEADER_BYTES} bytes (a longer URL answers 414, larger
 * headers 431) and a body of at most {@value #MAX_BODY_BYTES} bytes (413, checked against
 * Content-Length before anything is read, and while a chunked body streams in, so nothing larger
 * is ever buffered).
 */
final class Limits {
    static final int MAX_HEADER_BYTES = 16 * 1024;
    static final int MAX_BODY_BYTES = 1 << 20;

    private Limits() {}

    static void apply(HttpConfiguration http) {
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
    }

    /** Wraps {@code next} with the body cap (responses are not capped: the row cap bounds them). */
    static Handler bodyCap(Handler next) {
        SizeLimitHandler cap = new SizeLimitHandler(MAX_BODY_BYTES, -1);
        cap.setHandler(next);
        return cap;
    }
}
