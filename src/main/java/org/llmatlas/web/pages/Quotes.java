package org.llmatlas.web.pages;

/** Quotes as shown: Markdown markers removed, long sentences shortened. */
final class Quotes {
    private static final int MAX = 280;

    private Quotes() {}

    static String trim(String quote) {
        String s = quote.strip().replaceFirst("^(?:[-*+]|\\d+\\.|#{1,6})\\s+", "").replace("**", "").replace("`", "");
        return s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
    }
}
