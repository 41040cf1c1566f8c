package org.llmatlas.export;

import java.util.List;
import java.util.Map;

/**
 * Graphviz DOT, ready for {@code dot -Tsvg}: nodes coloured by type, sections as nested clusters,
 * relation names on the edges (implied edges dashed). Ids are {@code n1…}/{@code cluster_g1…};
 * every label goes through {@link Escape#dot}.
 */
final class Dot {
    private Dot() {}

    static String write(GraphView v) {
        StringBuilder b = new StringBuilder();
        b.append("digraph atlas {\n");
        b.append("  graph [label=").append(Escape.dot(v.title())).append(", labelloc=t, rankdir=LR, fontname=\"Helvetica\"];\n");
        b.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];\n");
        b.append("  edge [fontname=\"Helvetica\", fontsize=8];\n");
        Mermaid.Tree tree = Mermaid.Tree.of(v);
        Map<String, List<GraphView.ViewNode>> byGroup = tree.nodes();
        Map<String, List<GraphView.Group>> children = tree.children();
        for (GraphView.Group g : children.getOrDefault(null, List.of())) {
            cluster(b, g, children, byGroup, "  ");
        }
        byGroup.getOrDefault(null, List.of()).forEach(n -> node(b, n, "  "));
        for (GraphView.ViewEdge e : v.edges()) {
            b.append("  ").append(e.source()).append(" -> ").append(e.target()).append(" [label=")
                    .append(Escape.dot(e.relation())).append(e.cue().equals("implied") ? ", style=dashed" : "").append("];\n");
        }
        return b.append("}\n").toString();
    }

    private static void cluster(StringBuilder b, GraphView.Group g, Map<String, List<GraphView.Group>> children,
            Map<String, List<GraphView.ViewNode>> byGroup, String indent) {
        b.append(indent).append("subgraph cluster_").append(g.id()).append(" {\n");
        String label = g.document().isEmpty() ? g.label() : g.label() + "\n(" + g.document() + ")";
        b.append(indent).append("  label=").append(Escape.dot(label)).append("; style=\"rounded\"; color=\"#BAB0AC\";\n");
        for (GraphView.Group c : children.getOrDefault(g.id(), List.of())) {
            cluster(b, c, children, byGroup, indent + "  ");
        }
        byGroup.getOrDefault(g.id(), List.of()).forEach(n -> node(b, n, indent + "  "));
        b.append(indent).append("}\n");
    }

    private static void node(StringBuilder b, GraphView.ViewNode n, String indent) {
        b.append(indent).append(n.id()).append(" [label=").append(Escape.dot(Escape.oneLine(n.label(), 80)))
                .append(", fillcolor=").append(Escape.dot(GraphView.colour(n.type())))
                .append(", tooltip=").append(Escape.dot(n.type() + (n.definition().isEmpty() ? "" : ": " + Escape.oneLine(n.definition(), 200))))
                .append("];\n");
    }
}
