package org.llmatlas.web.pages;

/** The neighbourhood graph panel; {@code /assets/graph.js} draws it from {@code /api/neighbourhood}. */
final class GraphPanel {
    private GraphPanel() {}

    static String html(String iri, String label) {
        StringBuilder b = new StringBuilder("<section class=\"card graph-card\"><div class=\"graph-head\"><h2>Neighbourhood <span class=\"ko\">주변 그래프</span></h2>");
        b.append("<div class=\"graph-controls\" data-js-only hidden>")
                .append("<label>Depth <select id=\"g-depth\"><option>1</option><option selected>2</option><option>3</option></select></label>")
                .append("<button type=\"button\" id=\"g-more\" hidden>Show more</button>")
                .append("<button type=\"button\" id=\"g-fit\">Fit</button>")
                .append("<button type=\"button\" id=\"g-png\">PNG</button>")
                .append("<button type=\"button\" id=\"g-svg\">SVG</button></div></div>");
        b.append("<div class=\"graph-filters\" data-js-only hidden><div class=\"filter-row\" id=\"g-relations\">");
        for (String r : Labels.RELATIONS) {
            b.append("<label class=\"rel-").append(Html.esc(r)).append("\"><input type=\"checkbox\" value=\"").append(Html.esc(r))
                    .append("\" checked> ").append(Html.esc(Labels.relation(r, true, "en"))).append("</label>");
        }
        b.append("</div><div class=\"filter-row legend\" id=\"g-types\">");
        for (String t : Labels.TYPES) {
            if (t.equals("Topic")) {
                continue;
            }
            b.append("<label><input type=\"checkbox\" value=\"").append(Html.esc(t)).append("\" checked> <span class=\"dot type-")
                    .append(Html.esc(t)).append("\"></span>").append(Html.esc(Labels.type(t))).append("</label>");
        }
        b.append("</div></div>");
        b.append("<div id=\"graph\" class=\"graph\" data-focus=\"").append(Html.esc(iri)).append("\" data-label=\"")
                .append(Html.esc(label)).append("\" role=\"img\" aria-label=\"Neighbourhood graph of ")
                .append(Html.esc(label)).append("\"><p class=\"graph-fallback muted\">The graph is drawn with JavaScript; ")
                .append("the relations on this page list the same neighbours.</p></div>");
        b.append("<p class=\"graph-help muted\" data-js-only hidden>Click a node to open it · double-click (or long-press) to expand it in place · ")
                .append("solid edges are stated in words, dashed ones follow from the layout of a note.</p>");
        return b.append("</section>").toString();
    }
}
