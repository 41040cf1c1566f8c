package org.llmatlas.store;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * What the public may query: the note graphs, with their union as the default graph, and nothing
 * else. A TDB2 store keeps its per-note records ({@link Manifest}) in TDB2's real default graph,
 * which a query can otherwise name ({@code GRAPH <urn:x-arq:DefaultGraph>}, {@code FROM}, the
 * protocol's {@code default-graph-uri}); in this view every name of the default graph means the
 * union of the notes. Being a {@link DatasetGraphWrapperView}, queries run on the view (through
 * ARQ's general engine), never on the TDB2 dataset beneath. Read-only use only.
 */
public final class NoteGraphsView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    private NoteGraphsView(DatasetGraph base) {
        super(base);
    }

    /** The view of {@code base}, whose default graph of queries must be the union of its named graphs. */
    public static DatasetGraph of(DatasetGraph base) {
        return base instanceof NoteGraphsView ? base : new NoteGraphsView(base);
    }

    private static boolean isDefault(Node g) {
        return g != null && Quad.isDefaultGraph(g);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return isDefault(graphNode) ? getUnionGraph() : super.getGraph(graphNode);
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return isDefault(graphNode) || (!Quad.isUnionGraph(graphNode) && super.containsGraph(graphNode));
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return Iter.filter(super.listGraphNodes(), g -> !isDefault(g));
    }

    @Override
    public Iterator<Quad> find() {
        return findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (isDefault(g)) {
            return super.find(Quad.unionGraph, s, p, o);
        }
        return g == null || g == Node.ANY ? super.findNG(Node.ANY, s, p, o) : super.find(g, s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        return find(quad).hasNext();
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return find(g, s, p, o).hasNext();
    }

    @Override
    public boolean isEmpty() {
        return !find().hasNext();
    }

    @Override
    public long size() {
        long n = 0;
        for (Iterator<Node> it = listGraphNodes(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
