package org.llmatlas.export;

import com.google.gson.GsonBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Cytoscape JSON ({@code .cyjs}): {@code elements: {nodes, edges}} with each element's fields under {@code data}. */
final class CytoscapeJson {
    private CytoscapeJson() {}

    static String write(GraphView v) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (GraphView.ViewNode n : v.nodes()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("id", n.id());
            d.put("name", n.label());
            d.put("label", n.label());
            d.put("type", n.type());
            d.put("iri", n.iri());
            d.put("definition", n.definition());
            d.put("section", n.group() == null ? "" : v.groups().values().stream().filter(g -> g.id().equals(n.group()))
                    .findFirst().map(GraphView.Group::label).orElse(""));
            d.put("source_line", n.source());
            d.put("color", GraphView.colour(n.type()));
            nodes.add(Map.of("data", d));
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        int i = 0;
        for (GraphView.ViewEdge e : v.edges()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("id", "e" + (++i));
            d.put("source", e.source());
            d.put("target", e.target());
            d.put("interaction", e.relation());
            d.put("relation", e.relation());
            d.put("cue", e.cue());
            d.put("evidence", e.evidence());
            edges.add(Map.of("data", d));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format_version", "1.0");
        root.put("generated_by", "LLM Atlas");
        root.put("target_cytoscapejs_version", "~3.33");
        root.put("data", Map.of("name", v.title()));
        Map<String, Object> elements = new LinkedHashMap<>();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        root.put("elements", elements);
        return new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n";
    }
}
