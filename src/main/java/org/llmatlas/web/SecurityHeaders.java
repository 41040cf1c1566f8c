package org.llmatlas.web;

import io.javalin.config.RoutesConfig;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Headers on every response: no inline script, no MIME sniffing, no referrer leaks, no framing.
 * The app sets them on its own answers ({@link #register}); on the server, {@link #handler} sets
 * them on everything else too ({@code /sparql} answered by Fuseki, Jetty's error answers).
 */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    private static final String[][] HEADERS = {
        {"Content-Security-Policy", CSP},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Frame-Options", "DENY"},
    };

    private SecurityHeaders() {}

    static void register(RoutesConfig routes) {
        routes.before(ctx -> {
            for (String[] h : HEADERS) {
                ctx.header(h[0], h[1]);
            }
        });
    }

    static void put(HttpFields.Mutable fields) {
        for (String[] h : HEADERS) {
            fields.put(h[0], h[1]);
        }
    }

    /** Wraps {@code next} so every response it gives carries the headers. */
    static Handler handler(Handler next) {
        return new Handler.Wrapper(next) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                put(response.getHeaders());
                return super.handle(request, response, callback);
            }
        };
    }
}
