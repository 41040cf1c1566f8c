package org.llmatlas.web;

import com.google.gson.JsonParser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The hostile values the route walk sends, and what every answer to them must look like. A value
 * is a fragment of the request target: most are values a client URL-encodes, some are sent raw
 * (malformed percent-encoding, raw traversal) because a hostile client does not encode.
 */
final class HostileInput {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String UNION = "GQA\" } UNION { ?s ?p ?o";

    /** A stack frame: what no body may show. */
    private static final Pattern FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(");
    /** An exception name or a Java package name: what an error body must never show (a page may quote a note). */
    private static final Pattern LEAK = Pattern.compile("[A-Z]\\w*(Exception|Error)\\b|\\b(java|javax|jakarta|sun|org\\.apache|"
            + "org\\.eclipse|org\\.llmatlas|io\\.javalin|com\\.google)\\.[a-z]");

    private HostileInput() {}

    /** Name → request-target fragment. */
    static Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        for (String s : List.of("\"", "'", "{", "}", "\\", UNION, "GQA' } UNION { ?s ?p ?o } #", "} UNION {", "<http://evil/>",
                "http://evil/", "urn:x-arq:DefaultGraph", SCRIPT, IMG, "../../../../etc/passwd", "..\\..\\pom.xml", "\0",
                "GQA\0", "-1", "0", "99999999999999999999", "2147483648", "-2147483649", "NaN", "1e9", "0x10", " ", "%",
                "\u202Egqa", "\uFEFF", "x".repeat(5_000))) {
            v.put(clip(s), URLEncoder.encode(s, StandardCharsets.UTF_8));
        }
        v.put("100 KB string", "y".repeat(100_000));
        v.put("raw %", "%");
        v.put("raw %zz", "%zz");
        v.put("raw truncated UTF-8 %E0%A4%A", "%E0%A4%A");
        v.put("raw invalid UTF-8 %C3%28", "%C3%28");
        v.put("raw %00", "%00");
        v.put("raw overlong dot %C0%AE%C0%AE%2F", "%C0%AE%C0%AE%2Fpom.xml");
        v.put("raw ..%2F..%2Fpom.xml", "..%2F..%2Fpom.xml");
        v.put("raw %2e%2e%2f", "%2e%2e%2f%2e%2e%2fpom.xml");
        v.put("raw ../../pom.xml", "../../pom.xml");
        v.put("raw ..;/..;/pom.xml", "..;/..;/pom.xml");
        return v;
    }

    static String clip(String s) {
        String t = s.replace("\0", "\\0");
        return t.length() <= 40 ? t : t.substring(0, 40) + "…(" + t.length() + ")";
    }

    /** What a browser accepts. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** The Accept header of a browser for pages, of a script for the rest. */
    static String accept(String target) {
        return kindOf(target) == Kind.PAGE ? BROWSER : "*/*";
    }

    /** What kind of answer a path must give when it fails. */
    enum Kind { API, PAGE, OTHER }

    static Kind kindOf(String target) {
        if (target.startsWith("/api/") || target.equals("/api")) {
            return Kind.API;
        }
        if (target.startsWith("/assets") || target.startsWith("/webjars") || target.startsWith("/sparql?")
                || target.startsWith("/sparql/") || target.equals("/sparql") || target.startsWith("/fuseki")) {
            return Kind.OTHER;
        }
        return Kind.PAGE;
    }

    /** The problems with one answer; empty when it is fine. */
    static List<String> problems(String target, RawHttp.Reply r) {
        List<String> p = new ArrayList<>();
        boolean deliberate503 = r.status() == 503 && r.body().toLowerCase().matches("(?s).*(timeout|graphviz|engine did not answer).*");
        if (r.status() >= 500 && !deliberate503) {
            p.add("status " + r.status());
        }
        var leak = (r.status() >= 400 ? LEAK : FRAME).matcher(r.body());
        if (leak.find() || (r.status() >= 400 && (leak = FRAME.matcher(r.body())).find())) {
            p.add("leaks '" + leak.group() + "'");
        }
        boolean html = r.contentType().startsWith("text/html");
        if ((html || r.contentType().isEmpty()) && (r.body().contains(SCRIPT) || r.body().contains("<img src=x"))) {
            p.add("reflects markup");
        }
        for (String h : List.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy")) {
            if (r.header(h) == null) {
                p.add("no " + h);
            }
        }
        if (r.status() >= 400) {
            switch (kindOf(target)) {
                case API -> {
                    if (unread(r) && r.body().contains("href=\"/\"")) {
                        break; // the request line could not be read, so its path is unknown: the page will do
                    }
                    if (!r.contentType().startsWith("application/json") || !isJsonError(r.body())) {
                        p.add("API error not JSON {error}: " + r.contentType());
                    }
                }
                case PAGE -> {
                    boolean friendly = r.contentType().startsWith("text/html") && r.body().contains("href=\"/\"");
                    if (!friendly) {
                        p.add("page error not a friendly HTML page: " + r.contentType());
                    }
                }
                default -> { }
            }
        }
        return p;
    }

    /** Refused by Jetty before the request line was read: a URI too long, or malformed. */
    private static boolean unread(RawHttp.Reply r) {
        return r.status() == 414 || r.status() == 431 || (r.status() == 400 && r.body().contains("The request is malformed"));
    }

    private static boolean isJsonError(String body) {
        try {
            return JsonParser.parseString(body).getAsJsonObject().has("error");
        } catch (RuntimeException e) {
            return false;
        }
    }
}
