package org.llmatlas.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.llmatlas.web.Atlas;

/** The documents and their sections, nested by atlas:partOf, as collapsible lists (no script needed). */
final class TopicTree {
    private static final String TREE = """
            SELECT ?d ?file ?docLabel ?t ?label ?line ?parent WHERE {
              ?d a atlas:Document ; atlas:fileName ?file .
              OPTIONAL { ?d rdfs:label ?docLabel }
              OPTIONAL { ?t a atlas:Topic ; atlas:document ?d ; rdfs:label ?label .
                         OPTIONAL { ?t atlas:line ?line }
                         OPTIONAL { ?t atlas:partOf ?parent . ?parent a atlas:Topic } }
            } ORDER BY ?file ?line""";

    private record Node(String iri, String label, String parent) {}

    private TopicTree() {}

    static String html(Atlas atlas) {
        Map<String, String> docs = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, List<Node>> topicsByDoc = new LinkedHashMap<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (QuerySolution row : Rows.select(atlas, TREE, Map.of())) {
            String d = Rows.str(row, "d");
            docs.putIfAbsent(d, Rows.str(row, "docLabel") == null ? Rows.str(row, "file") : Rows.str(row, "docLabel"));
            files.putIfAbsent(d, Rows.str(row, "file"));
            List<Node> list = topicsByDoc.computeIfAbsent(d, k -> new ArrayList<>());
            String t = Rows.str(row, "t");
            if (t != null && seen.putIfAbsent(t, true) == null) {
                list.add(new Node(t, Rows.str(row, "label"), Rows.str(row, "parent")));
            }
        }
        StringBuilder b = new StringBuilder("<section class=\"card\"><h2>Topics <span class=\"ko\">주제</span></h2><div class=\"tree\">");
        boolean first = true;
        for (Map.Entry<String, String> doc : docs.entrySet()) {
            List<Node> topics = topicsByDoc.get(doc.getKey());
            Map<String, List<Node>> children = new LinkedHashMap<>();
            List<Node> roots = new ArrayList<>();
            for (Node n : topics) {
                if (n.parent() == null || !seen.containsKey(n.parent())) {
                    roots.add(n);
                } else {
                    children.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(n);
                }
            }
            b.append("<details class=\"doc\"").append(first ? " open" : "").append("><summary><span class=\"doc-title\">")
                    .append(Html.esc(doc.getValue())).append("</span> <span class=\"count\">").append(topics.size())
                    .append("</span></summary><p class=\"small\">")
                    .append(Html.a(Links.page(doc.getKey()) == null ? "/" : Links.page(doc.getKey()), "Read " + files.get(doc.getKey())))
                    .append("</p>");
            list(b, roots, children);
            b.append("</details>");
            first = false;
        }
        return b.append("</div></section>").toString();
    }

    private static void list(StringBuilder b, List<Node> nodes, Map<String, List<Node>> children) {
        if (nodes.isEmpty()) {
            return;
        }
        b.append("<ul>");
        for (Node n : nodes) {
            b.append("<li>").append(Links.to(n.iri(), n.label()));
            list(b, children.getOrDefault(n.iri(), List.of()), children);
            b.append("</li>");
        }
        b.append("</ul>");
    }
}
