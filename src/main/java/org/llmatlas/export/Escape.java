package org.llmatlas.export;

/**
 * Escaping for every format that embeds note text. Notes may contain anything: quotes, markup,
 * newlines, brackets, control characters. Each method returns text that is inert in its format.
 */
final class Escape {
    private Escape() {}

    /** Drops characters XML 1.0 forbids (most C0 controls, unpaired surrogates, U+FFFE/FFFF). */
    static String xmlChars(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF) {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** Text and attribute content for XML/HTML: {@code & < > " '} as entities, forbidden characters dropped. */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : xmlChars(s).toCharArray()) {
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

    /**
     * A DOT double-quoted string, quotes included. Backslashes are doubled (so {@code \N}, {@code \l}
     * are not label escapes), quotes escaped, line breaks become centred {@code \n}, other controls dropped.
     */
    static String dot(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8).append('"');
        for (char c : s.replace("\r\n", "\n").toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n', '\r' -> b.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7F) {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * A Mermaid label, quotes included: {@code "…"} with every character that Mermaid or the HTML it
     * renders to could read ({@code " # & < > [ ] { } ( ) | ` ;}) written as an entity code
     * ({@code #quot;}, {@code #35;} …); line breaks become spaces.
     */
    static String mermaid(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("#quot;");
                case '#', '&', '<', '>', '[', ']', '{', '}', '(', ')', '|', '`', ';', '\\' -> b.append('#').append((int) c).append(';');
                case '\n', '\r', '\t' -> b.append(' ');
                default -> {
                    if (c >= 0x20 && c != 0x7F) {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A Mermaid {@code %%} comment line's text: entity-coded like a label, without the quotes. */
    static String mermaidComment(String s) {
        String q = mermaid(oneLine(s, 120));
        return q.substring(1, q.length() - 1);
    }

    /**
     * A CSV field (RFC 4180): quoted when it contains a comma, quote or line break, quotes doubled.
     * Cells a spreadsheet would run as a formula ({@code = + - @} or a tab first) get a leading {@code '}.
     */
    static String csv(String s) {
        String v = s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** One line, at most {@code max} characters, whitespace collapsed. */
    static String oneLine(String s, int max) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
    }
}
