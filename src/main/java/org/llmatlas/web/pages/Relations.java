package org.llmatlas.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.llmatlas.query.EntityIndex;
import org.llmatlas.web.Atlas;

/** The relations of one entity, grouped by kind and direction, each neighbour with its evidence. */
final class Relations {
    private record Group(String relation, boolean out) {}

    private final Map<Group, Map<EntityIndex.Entry, List<Evidence>>> groups = new LinkedHashMap<>();
    private final Map<EntityIndex.Entry, List<Evidence>> sections = new LinkedHashMap<>();

    private Relations() {
        for (String r : Labels.RELATIONS) {
            groups.put(new Group(r, true), new LinkedHashMap<>());
            groups.put(new Group(r, false), new LinkedHashMap<>());
        }
    }

    static Relations of(Atlas atlas, List<QuerySolution> rows) {
        Relations r = new Relations();
        for (QuerySolution row : rows) {
            EntityIndex.Entry other = atlas.index().byIri(Rows.str(row, "other"));
            if (other == null) {
                continue;
            }
            String p = Rows.str(row, "p");
            String rel = p.substring(p.indexOf('#') + 1);
            boolean out = row.getLiteral("out").getBoolean();
            Map<EntityIndex.Entry, List<Evidence>> target = other.type().equals("Topic") && rel.equals("partOf")
                    ? (out ? r.sections : null) : r.groups.get(new Group(rel, out));
            if (target == null) {
                continue;
            }
            List<Evidence> ev = target.computeIfAbsent(other, k -> new ArrayList<>());
            String doc = Rows.str(row, "document");
            if (doc != null) {
                Evidence x = new Evidence(doc, Rows.integer(row, "line"), Rows.str(row, "quote"), Rows.str(row, "cue"));
                if (!ev.contains(x)) {
                    ev.add(x);
                }
            }
        }
        return r;
    }

    String html() {
        StringBuilder b = new StringBuilder("<section class=\"card\"><h2>Relations <span class=\"ko\">관계</span></h2>");
        boolean any = false;
        for (Map.Entry<Group, Map<EntityIndex.Entry, List<Evidence>>> g : groups.entrySet()) {
            if (g.getValue().isEmpty()) {
                continue;
            }
            any = true;
            Group k = g.getKey();
            b.append("<div class=\"rel-group\" data-relation=\"").append(Html.esc(k.relation())).append("\">")
                    .append("<h3>").append(Html.esc(Labels.relation(k.relation(), k.out(), "en")))
                    .append(" <span class=\"ko\">").append(Html.esc(Labels.relation(k.relation(), k.out(), "ko")))
                    .append("</span> <span class=\"count\">").append(g.getValue().size()).append("</span></h3><ul class=\"rel-list\">");
            g.getValue().forEach((other, ev) -> b.append(item(other, ev)));
            b.append("</ul></div>");
        }
        if (!any) {
            b.append("<p class=\"muted\">The notes relate this to nothing else yet.</p>");
        }
        return b.append("</section>").toString();
    }

    String sectionsHtml() {
        if (sections.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<section class=\"card\"><h2>In sections <span class=\"ko\">수록 위치</span></h2><ul class=\"plain\">");
        sections.forEach((t, ev) -> {
            b.append("<li>").append(Links.to(t.iri(), t.label()));
            if (!ev.isEmpty()) {
                Evidence e = ev.get(0);
                b.append(" <a class=\"src\" href=\"").append(Html.esc(Links.source(e.document(), e.line()))).append("\">")
                        .append(Html.esc(e.document().replaceFirst("\\.md$", ""))).append(":").append(e.line()).append("</a>");
            }
            b.append("</li>");
        });
        return b.append("</ul></section>").toString();
    }

    private static String item(EntityIndex.Entry other, List<Evidence> ev) {
        StringBuilder b = new StringBuilder("<li><div class=\"rel-head\">").append(Links.to(other.iri(), other.label()))
                .append(" ").append(Html.typeBadge(other.type())).append("</div>");
        int shown = Math.min(ev.size(), 2);
        for (int i = 0; i < shown; i++) {
            b.append(ev.get(i).html());
        }
        if (ev.size() > shown) {
            b.append("<details><summary>").append(ev.size() - shown).append(" more source")
                    .append(ev.size() - shown == 1 ? "" : "s").append("</summary>");
            for (int i = shown; i < ev.size(); i++) {
                b.append(ev.get(i).html());
            }
            b.append("</details>");
        }
        return b.append("</li>").toString();
    }
}
