package org.llmatlas.web;

import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a URI too long, headers too large, a body over the cap, a malformed
 * request, a path no handler took) shaped like the app's ({@link Errors}): JSON on the API and
 * SPARQL paths, a friendly page elsewhere, the {@link SecurityHeaders}, and never Jetty's message
 * or cause (they can name classes).
 */
final class ErrorPages extends ErrorHandler {
    /** The path Jetty gives a request it could not parse. */
    private static final String BAD_MESSAGE = "/badMessage";

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        SecurityHeaders.put(response.getHeaders());
        String text = sentence(code);
        byte[] body;
        if (wantsJson(request)) {
            JsonObject o = new JsonObject();
            o.addProperty("error", text);
            body = o.toString().getBytes(StandardCharsets.UTF_8);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        } else {
            body = Errors.page(code, text).getBytes(StandardCharsets.UTF_8);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /**
     * By path, as {@link Errors#wantsJson}. When Jetty could not read the request line (a URI too
     * long, or a path with bad percent-encoding, NUL or {@code ..} above the root) neither the path
     * nor the headers are known: the page then, since such paths come from typed or pasted
     * addresses (API paths are fixed names, their values travel in the query string).
     */
    private static boolean wantsJson(Request request) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        return path != null && !path.equals(BAD_MESSAGE) && Errors.wantsJson(path);
    }

    private static String sentence(int code) {
        return switch (code) {
            case 400 -> "The request is malformed (check the address and its percent-encoding).";
            case 404 -> "Nothing here: no page or API route has that address.";
            case 413 -> "The request body is too large.";
            case 414 -> "The address is too long.";
            case 431 -> "The request headers are too large.";
            default -> "The request could not be served (" + code + " " + HttpStatus.getMessage(code) + ").";
        };
    }
}
