package org.llmatlas.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What the store knows about each note it holds: the hash of the file its graph was extracted from,
 * the extractor that did it, the note's declaration log and its (repaired) text. Kept in the
 * dataset's own default graph, which queries never see (their default graph is the union of the
 * named graphs), and written in the same transaction as the note's graph, so a graph and its
 * entry can never be out of step. Read and write it inside a transaction.
 */
final class Manifest {
    static final String NS = "https://w3id.org/llm-atlas/store#";
    private static final Node SOURCE_HASH = NodeFactory.createURI(NS + "sourceHash");
    private static final Node EXTRACTOR = NodeFactory.createURI(NS + "extractor");
    private static final Node DECLARATIONS = NodeFactory.createURI(NS + "declarations");
    private static final Node TEXT = NodeFactory.createURI(NS + "text");
    private static final Node GRAPH_HASH = NodeFactory.createURI(NS + "graphHash");

    private Manifest() {
    }

    static Node subject(String graphIri) {
        return NodeFactory.createURI(graphIri);
    }

    static Map<String, NoteEntry> read(DatasetGraph dsg) {
        Graph g = dsg.getDefaultGraph();
        Map<String, NoteEntry> out = new LinkedHashMap<>();
        g.find(Node.ANY, SOURCE_HASH, Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            out.put(s.getURI(), new NoteEntry(t.getObject().getLiteralLexicalForm(), literal(g, s, EXTRACTOR),
                    literal(g, s, DECLARATIONS)));
        });
        return out;
    }

    /** The graph IRIs of the notes recorded (without reading their records). */
    static java.util.List<String> graphs(DatasetGraph dsg) {
        java.util.List<String> out = new java.util.ArrayList<>();
        dsg.getDefaultGraph().find(Node.ANY, SOURCE_HASH, Node.ANY).forEachRemaining(t -> out.add(t.getSubject().getURI()));
        return out;
    }

    static String text(DatasetGraph dsg, String graphIri) {
        Graph g = dsg.getDefaultGraph();
        Node s = subject(graphIri);
        return g.contains(s, SOURCE_HASH, Node.ANY) ? literal(g, s, TEXT) : null;
    }

    /** The hash of the graph last written for the note, or "". */
    static String graphHash(DatasetGraph dsg, String graphIri) {
        return literal(dsg.getDefaultGraph(), subject(graphIri), GRAPH_HASH);
    }

    static void put(DatasetGraph dsg, String graphIri, NoteEntry entry, String text, String graphHash) {
        Objects.requireNonNull(text, "text may not be null");
        remove(dsg, graphIri);
        Graph g = dsg.getDefaultGraph();
        Node s = subject(graphIri);
        g.add(Triple.create(s, SOURCE_HASH, NodeFactory.createLiteralString(entry.sourceHash())));
        g.add(Triple.create(s, EXTRACTOR, NodeFactory.createLiteralString(entry.extractor())));
        g.add(Triple.create(s, DECLARATIONS, NodeFactory.createLiteralString(entry.declarations())));
        g.add(Triple.create(s, TEXT, NodeFactory.createLiteralString(text)));
        g.add(Triple.create(s, GRAPH_HASH, NodeFactory.createLiteralString(graphHash)));
    }

    static void remove(DatasetGraph dsg, String graphIri) {
        dsg.getDefaultGraph().remove(subject(graphIri), Node.ANY, Node.ANY);
    }

    private static String literal(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }
}
