package org.llmatlas.store;

import java.util.Iterator;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The one place that knows how the graph is stored. Everything else talks to it through an
 * {@link RDFConnection}. The store is TDB2 (in memory here), with the default graph of queries
 * being the union of the named graphs, one per note.
 */
public final class AtlasStore implements AutoCloseable {
    private final DatasetGraph dsg;

    private AtlasStore(DatasetGraph dsg) {
        this.dsg = dsg;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** An empty in-memory store. */
    public static AtlasStore inMemory() {
        return new AtlasStore(DatabaseMgr.createDatasetGraph());
    }

    /**
     * Replaces, in one write transaction, every named graph of {@code extracted} (a reader sees
     * either the old graphs or the new ones, never a mix).
     */
    public void replaceGraphs(Dataset extracted) {
        Objects.requireNonNull(extracted, "extracted may not be null");
        DatasetGraph source = extracted.asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (Iterator<Node> it = source.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                dsg.removeGraph(g);
                source.getGraph(g).find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        });
    }

    /** A connection for queries; close it after use. */
    public RDFConnection connect() {
        return RDFConnection.connect(DatasetFactory.wrap(dsg));
    }

    public DatasetGraph datasetGraph() {
        return dsg;
    }

    @Override
    public void close() {
        dsg.close();
    }
}
