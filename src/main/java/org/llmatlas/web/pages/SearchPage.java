package org.llmatlas.web.pages;

import java.util.List;
import org.llmatlas.search.SearchIndex;
import org.llmatlas.web.Atlas;

/** {@code /search?q=}: the search results as HTML, best first. */
public final class SearchPage {
    private SearchPage() {}

    public static String render(Atlas atlas, String q) {
        List<SearchIndex.Hit> hits = atlas.search().search(q, 50);
        StringBuilder b = new StringBuilder("<section class=\"hero slim\"><h1>Search <span class=\"ko\">검색</span></h1>");
        b.append("<form class=\"bigsearch\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" value=\"")
                .append(Html.esc(q)).append("\" placeholder=\"GQA, 그룹 쿼리, 강화학습 …\" autocomplete=\"off\" data-autocomplete autofocus>")
                .append("<button type=\"submit\">Search</button></form></section>");
        b.append("<section class=\"card\">");
        if (q.isBlank()) {
            b.append("<p class=\"muted\">Type a concept, model or benchmark, in English or Korean.</p>");
        } else if (hits.isEmpty()) {
            b.append("<p>Nothing matches <strong>").append(Html.esc(q)).append("</strong>. Try fewer words, or ")
                    .append(Html.a("/ask?q=" + Links.q(q), "ask it as a question")).append(".</p>");
        } else {
            b.append("<p class=\"muted\">").append(hits.size()).append(" result").append(hits.size() == 1 ? "" : "s")
                    .append(" for <strong>").append(Html.esc(q)).append("</strong></p><ol class=\"results\">");
            for (SearchIndex.Hit h : hits) {
                b.append("<li>").append(Links.to(h.iri(), h.label())).append(" ").append(Html.typeBadge(h.type())).append("</li>");
            }
            b.append("</ol>");
        }
        b.append("</section>");
        return Html.page(q.isBlank() ? "Search" : q + " — search", q, b.toString());
    }
}
