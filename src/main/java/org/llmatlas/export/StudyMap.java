package org.llmatlas.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The study order of a selection's entities (questions left out) as a Markdown checklist with a
 * "Cycles broken" section, or as a Mermaid flowchart numbered in learning order (prerequisite →
 * concept; broken edges dotted).
 */
final class StudyMap {
    private StudyMap() {}

    static StudyOrder.Result order(GraphView v) {
        List<String> ids = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        for (GraphView.ViewNode n : v.nodes()) {
            if (!n.type().equals("Question")) {
                ids.add(n.id());
                labels.put(n.id(), n.label());
            }
        }
        List<StudyOrder.Prerequisite> edges = new ArrayList<>();
        for (GraphView.ViewEdge e : v.edges()) {
            if (e.relation().equals("uses") || e.relation().equals("improvesOn")) {
                edges.add(new StudyOrder.Prerequisite(e.source(), e.target(), e.relation()));
            }
        }
        return StudyOrder.of(ids, labels, edges);
    }

    static String markdown(GraphView v) {
        StudyOrder.Result r = order(v);
        StringBuilder b = new StringBuilder();
        b.append("# Study map: ").append(md(v.title())).append("\n\n");
        b.append("Learn in this order: what a concept uses or improves on comes before it.\n\n");
        for (String id : r.order()) {
            GraphView.ViewNode n = v.node(id);
            b.append("- [ ] **").append(md(n.label())).append("**");
            if (!n.definition().isEmpty()) {
                b.append(" — ").append(md(Escape.oneLine(n.definition(), 200)));
            }
            if (!n.source().isEmpty()) {
                b.append(" (").append(md(n.source())).append(')');
            }
            b.append('\n');
        }
        b.append("\n## Cycles broken\n\n");
        if (r.broken().isEmpty()) {
            b.append("None: every prerequisite comes before the concept that needs it.\n");
        } else {
            b.append("These concepts build on each other in a circle; the order above puts the prerequisite after the concept here:\n\n");
            for (StudyOrder.Prerequisite e : r.broken()) {
                GraphView.ViewEdge edge = edge(v, e);
                b.append("- **").append(md(v.node(e.dependent()).label())).append("** ").append(e.relation().equals("uses") ? "uses" : "improves on")
                        .append(" **").append(md(v.node(e.prerequisite()).label())).append("**")
                        .append(edge == null || edge.evidence().isEmpty() ? "" : " (" + md(edge.evidence()) + ")").append('\n');
            }
        }
        return b.toString();
    }

    static String mermaid(GraphView v) {
        StudyOrder.Result r = order(v);
        StringBuilder b = new StringBuilder();
        b.append("%% Study order: ").append(Escape.mermaidComment(v.title())).append('\n');
        b.append("flowchart TB\n");
        int i = 0;
        for (String id : r.order()) {
            b.append("  ").append(id).append('[').append(Escape.mermaid((++i) + ". " + Escape.oneLine(v.node(id).label(), 80))).append("]\n");
        }
        Set<StudyOrder.Prerequisite> broken = new HashSet<>(r.broken());
        for (GraphView.ViewEdge e : v.edges()) {
            var p = new StudyOrder.Prerequisite(e.source(), e.target(), e.relation());
            if (!e.relation().equals("uses") && !e.relation().equals("improvesOn") || r.position(e.source()) < 0) {
                continue;
            }
            b.append("  ").append(e.target()).append(broken.contains(p) ? " -.->|cycle| " : " --> ").append(e.source()).append('\n');
        }
        return b.toString();
    }

    private static GraphView.ViewEdge edge(GraphView v, StudyOrder.Prerequisite p) {
        return v.edges().stream().filter(e -> e.source().equals(p.dependent()) && e.target().equals(p.prerequisite())
                && e.relation().equals(p.relation())).findFirst().orElse(null);
    }

    /** Markdown-inert text: markup characters backslash-escaped, {@code <} and {@code &} as entities, one line. */
    static String md(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : Escape.oneLine(s, 10_000).toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '{', '}', '#', '|', '!', '~' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
