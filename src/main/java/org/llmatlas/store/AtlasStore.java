package org.llmatlas.store;

import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The one place that knows how the graph is stored. Everything else talks to it through an
 * {@link RDFConnection}. The default graph of queries is the union of the named graphs, one per note.
 */
public interface AtlasStore extends AutoCloseable {

    /** An empty in-memory TDB2 store. */
    static AtlasStore inMemory() {
        return TdbStore.inMemory();
    }

    /**
     * The TDB2 store in folder {@code dir} (created if absent), kept across runs.
     *
     * @throws StoreLockedException when another process has the folder open
     */
    static TdbStore persistent(java.nio.file.Path dir) {
        return TdbStore.persistent(dir);
    }

    /**
     * Replaces every named graph of {@code extracted}, atomically where the engine allows it (a
     * reader sees either the old graphs or the new ones, never a mix).
     */
    void replaceGraphs(Dataset extracted);

    /** A connection for queries; close it after use. */
    RDFConnection connect();

    /** The dataset when it lives in this JVM (served by the embedded Fuseki); empty for a remote engine. */
    Optional<DatasetGraph> local();

    @Override
    void close();
}
