package org.llmatlas.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A blocking HTTP/1.1 GET with the JDK's {@link HttpURLConnection} (keep-alive, as a browser
 * does): one thread, no selector or executor hops on the client side, so a latency sample is
 * the server's time plus the loopback round trip.
 */
final class Http {
    private Http() {}

    static String url(int port, String path, String param, String value) {
        return "http://localhost:" + port + path + "?" + param + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The body of a GET that answered 200; anything else throws. */
    static String get(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(2_000);
            c.setReadTimeout(30_000);
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (status != 200) {
                    throw new IllegalStateException("GET " + url + " answered " + status + ": " + body);
                }
                return body;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a GET answers 200 (used to poll a starting server). */
    static boolean ok(String url) {
        try {
            get(url);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
