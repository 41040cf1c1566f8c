package org.llmatlas.web.pages;

import java.util.List;

/** Links to {@code /api/export} for a focus entity or a topic. */
final class Exports {
    static final List<String> FORMATS = List.of("ttl", "graphml", "mermaid", "studymap", "png");

    private Exports() {}

    static String focus(String iri) {
        return links("/api/export?focus=" + Links.q(iri) + "&depth=2&format=");
    }

    static String topic(String iri) {
        return links("/api/export?topic=" + Links.q(iri) + "&format=");
    }

    private static String links(String prefix) {
        StringBuilder b = new StringBuilder("<section class=\"card\"><h2>Export <span class=\"ko\">내보내기</span></h2><p class=\"exports\">");
        for (String f : FORMATS) {
            b.append("<a class=\"btn\" href=\"").append(Html.esc(prefix + f)).append("\">").append(Html.esc(f)).append("</a> ");
        }
        return b.append("</p></section>").toString();
    }
}
