package org.llmatlas.web.pages;

import org.llmatlas.web.Atlas;

/**
 * {@code /source/{document}}: a note, line by line, each line with an anchor {@code L{n}} so
 * evidence links land on it (highlighted by {@code :target}). Only loaded notes are served: the
 * name is looked up in {@link Atlas#sources()}, never used as a path.
 */
public final class SourcePage {
    private SourcePage() {}

    public static String render(Atlas atlas, String document) {
        String doc = document.endsWith(".md") ? document.substring(0, document.length() - 3) : document;
        String text = atlas.sources().get(doc);
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder(text.length() * 2);
        b.append("<section class=\"hero\"><div class=\"hero-type\"><span class=\"badge type-Document\">Note</span></div><h1>")
                .append(Html.esc(doc)).append(".md</h1><p class=\"muted\">").append(lines.length)
                .append(" lines · evidence links point at a line, which is highlighted.</p></section>");
        b.append("<div class=\"source card\">");
        boolean fence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            String cls;
            if (line.startsWith("```")) {
                fence = !fence;
                cls = "l-fence";
            } else if (fence) {
                cls = "l-code";
            } else if (line.matches("#{1,6}\\s.*")) {
                cls = "l-h" + line.indexOf(' ');
            } else if (line.matches("\\s*(?:[-*+]|\\d+\\.)\\s.*")) {
                cls = "l-li";
            } else if (line.startsWith(">")) {
                cls = "l-quote";
            } else if (line.startsWith("|")) {
                cls = "l-table";
            } else {
                cls = "l-p";
            }
            int n = i + 1;
            b.append("<div class=\"line ").append(cls).append("\" id=\"L").append(n).append("\"><a class=\"ln\" href=\"#L")
                    .append(n).append("\">").append(n).append("</a><span class=\"lt\">").append(Html.esc(line)).append("</span></div>\n");
        }
        b.append("</div>");
        return Html.page(doc, "", b.toString());
    }
}
