package org.llmatlas.web.pages;

/** Where a statement was made: note file, 1-based line, the sentence and whether it was stated in words. */
record Evidence(String document, int line, String quote, String cue) {

    /** The quote and a link to its source line. */
    String html() {
        StringBuilder b = new StringBuilder("<div class=\"ev\">");
        if (quote != null && !quote.isBlank()) {
            b.append("<q>").append(Html.esc(Quotes.trim(quote))).append("</q> ");
        }
        if (document != null) {
            b.append("<a class=\"src\" href=\"").append(Html.esc(Links.source(document, line))).append("\">")
                    .append(Html.esc(document.replaceFirst("\\.md$", ""))).append(":").append(line).append("</a>");
        }
        if ("implied".equals(cue)) {
            b.append(" <span class=\"cue\" title=\"follows from the layout of the note\">implied</span>");
        }
        return b.append("</div>").toString();
    }
}
