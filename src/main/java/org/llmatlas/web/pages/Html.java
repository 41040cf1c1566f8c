package org.llmatlas.web.pages;

/**
 * The one HTML-escaping helper, and the page frame. Every text from the notes or the request
 * goes through {@link #esc} before it reaches HTML text or an attribute value.
 */
public final class Html {
    private Html() {}

    /** Escapes for HTML text and double- or single-quoted attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code <a href="…">text</a>} with both parts escaped. */
    public static String a(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /** A small type label, coloured per type by the stylesheet. */
    public static String typeBadge(String type) {
        return "<span class=\"badge type-" + esc(type) + "\">" + esc(Labels.type(type)) + "</span>";
    }

    public static String difficultyBadge(String difficulty) {
        return "<span class=\"badge level-" + esc(difficulty) + "\">" + esc(difficulty) + "</span>";
    }

    /** The page frame: header with search, main content, footer. {@code body} is already HTML. */
    public static String page(String title, String query, String body, String... scripts) {
        StringBuilder b = new StringBuilder(body.length() + 2048);
        b.append("<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" · LLM Atlas</title>")
                .append("<link rel=\"stylesheet\" href=\"/assets/atlas.css\">")
                .append("<link rel=\"icon\" href=\"data:,\">")
                .append("</head><body>")
                .append("<header class=\"top\"><div class=\"wrap top-inner\">")
                .append("<a class=\"brand\" href=\"/\"><span class=\"logo\">◆</span> LLM Atlas</a>")
                .append("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" value=\"").append(esc(query))
                .append("\" placeholder=\"Search concepts · 개념 검색\" autocomplete=\"off\" aria-label=\"Search\" data-autocomplete>")
                .append("<button type=\"submit\">Search</button></form>")
                .append("<nav class=\"nav\"><a href=\"/ask\">Ask</a><a href=\"/sparql-ui\">SPARQL</a></nav>")
                .append("</div></header>\n<main class=\"wrap\">").append(body).append("</main>\n")
                .append("<footer class=\"wrap foot\">LLM Atlas — a knowledge graph of LLM / VLM / VLA study notes. ")
                .append("<a href=\"/api/queries\">API</a> · <a href=\"/sparql-ui\">SPARQL</a></footer>")
                .append("<script src=\"/assets/atlas.js\"></script>");
        for (String s : scripts) {
            b.append("<script src=\"").append(esc(s)).append("\"></script>");
        }
        return b.append("</body></html>\n").toString();
    }

    /** The body of a 404 page. */
    public static String notFound(String what) {
        return error("Not found", what);
    }

    /** A friendly error page: a title, one sentence, and a link home (no detail of the failure). */
    public static String error(String title, String message) {
        return page(title, "", "<section class=\"card empty\"><h1>" + esc(title) + "</h1><p>" + esc(message)
                + "</p><p><a href=\"/\">Back to the atlas</a></p></section>");
    }
}
