package org.llmatlas.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Maps atlas IRIs to page paths and back: {@code …/concept/gqa} ↔ {@code /concept/gqa}. */
public final class Links {
    public static final String BASE = "https://w3id.org/llm-atlas/";

    private Links() {}

    /** The page of a node, or null when the IRI has no page. */
    public static String page(String iri) {
        if (iri == null || !iri.startsWith(BASE)) {
            return null;
        }
        String rest = iri.substring(BASE.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String kind = rest.substring(0, slash);
        String id = rest.substring(slash + 1);
        return switch (kind) {
            case "concept", "question" -> "/" + kind + "/" + seg(id);
            case "topic" -> id.contains("/") ? "/topic/" + seg(id.substring(0, id.indexOf('/'))) + "/"
                    + seg(id.substring(id.indexOf('/') + 1)) : null;
            case "doc" -> "/source/" + seg(id);
            default -> null;
        };
    }

    /** A source line link: {@code /source/keywords-summary#L42}. */
    public static String source(String document, int line) {
        String doc = document.endsWith(".md") ? document.substring(0, document.length() - 3) : document;
        return "/source/" + seg(doc) + "#L" + line;
    }

    public static String concept(String id) {
        return BASE + "concept/" + id;
    }

    public static String topic(String doc, String slug) {
        return BASE + "topic/" + doc + "/" + slug;
    }

    public static String question(String id) {
        return BASE + "question/" + id;
    }

    /** One URL path segment, percent-encoded (Korean slugs). */
    public static String seg(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A query-string value, percent-encoded. */
    public static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** An {@code <a>} to the node's page, or its escaped label when it has none. */
    public static String to(String iri, String label) {
        String p = page(iri);
        return p == null ? Html.esc(label) : Html.a(p, label);
    }
}
