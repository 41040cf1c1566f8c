package org.llmatlas.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mermaid: a flowchart (sections as nested subgraphs, implied edges dotted, classes by type) and a
 * mindmap (selection → sections → entities). Every label is a quoted string with entity codes
 * ({@link Escape#mermaid}); ids are generated ({@code n1}, {@code g1}), never taken from notes.
 */
final class Mermaid {
    private Mermaid() {}

    static String flowchart(GraphView v) {
        StringBuilder b = new StringBuilder();
        b.append("%% ").append(Escape.mermaidComment(v.title())).append('\n');
        b.append("flowchart LR\n");
        Tree t = Tree.of(v);
        for (GraphView.Group g : t.children().getOrDefault(null, List.of())) {
            subgraph(b, g, t, "  ");
        }
        t.nodes().getOrDefault(null, List.of()).forEach(n -> node(b, n, "  "));
        for (GraphView.ViewEdge e : v.edges()) {
            b.append("  ").append(e.source()).append(e.cue().equals("implied") ? " -.->|" : " -->|")
                    .append(e.relation()).append("| ").append(e.target()).append('\n');
        }
        Map<String, List<String>> byType = new TreeMap<>();
        v.nodes().forEach(n -> byType.computeIfAbsent(n.type(), k -> new ArrayList<>()).add(n.id()));
        byType.forEach((type, ids) -> {
            b.append("  classDef ").append(type).append(" fill:").append(GraphView.colour(type)).append(",color:#000\n");
            b.append("  class ").append(String.join(",", ids)).append(' ').append(type).append('\n');
        });
        return b.toString();
    }

    static String mindmap(GraphView v) {
        StringBuilder b = new StringBuilder("mindmap\n");
        b.append("  root").append(bracket(v.title())).append('\n');
        Tree t = Tree.of(v);
        for (GraphView.Group g : t.children().getOrDefault(null, List.of())) {
            mindGroup(b, g, t, "    ");
        }
        t.nodes().getOrDefault(null, List.of()).forEach(n -> b.append("    ").append(n.id()).append(bracket(n.label())).append('\n'));
        return b.toString();
    }

    private static void mindGroup(StringBuilder b, GraphView.Group g, Tree t, String indent) {
        b.append(indent).append(g.id()).append(bracket(g.label())).append('\n');
        for (GraphView.Group c : t.children().getOrDefault(g.id(), List.of())) {
            mindGroup(b, c, t, indent + "  ");
        }
        t.nodes().getOrDefault(g.id(), List.of()).forEach(n -> b.append(indent).append("  ").append(n.id()).append(bracket(n.label())).append('\n'));
    }

    private static String bracket(String label) {
        return "[" + Escape.mermaid(Escape.oneLine(label, 80)) + "]";
    }

    private static void subgraph(StringBuilder b, GraphView.Group g, Tree t, String indent) {
        b.append(indent).append("subgraph ").append(g.id()).append(bracket(g.label())).append('\n');
        for (GraphView.Group c : t.children().getOrDefault(g.id(), List.of())) {
            subgraph(b, c, t, indent + "  ");
        }
        t.nodes().getOrDefault(g.id(), List.of()).forEach(n -> node(b, n, indent + "  "));
        b.append(indent).append("end\n");
    }

    private static void node(StringBuilder b, GraphView.ViewNode n, String indent) {
        b.append(indent).append(n.id()).append(bracket(n.label())).append('\n');
    }

    /** Sections by parent section id (null = top level) and nodes by section id (null = none). */
    record Tree(Map<String, List<GraphView.Group>> children, Map<String, List<GraphView.ViewNode>> nodes) {
        static Tree of(GraphView v) {
            Map<String, List<GraphView.Group>> children = new LinkedHashMap<>();
            for (GraphView.Group g : v.groups().values()) {
                GraphView.Group parent = g.parent() == null ? null : v.groups().get(g.parent());
                children.computeIfAbsent(parent == null ? null : parent.id(), k -> new ArrayList<>()).add(g);
            }
            Map<String, List<GraphView.ViewNode>> nodes = new LinkedHashMap<>();
            v.nodes().forEach(n -> nodes.computeIfAbsent(n.group(), k -> new ArrayList<>()).add(n));
            return new Tree(children, nodes);
        }
    }
}
