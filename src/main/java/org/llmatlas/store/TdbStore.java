package org.llmatlas.store;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 store in this JVM, in memory or in a folder, its default graph of queries being the union
 * of the named graphs. A store in a folder also keeps a {@link NoteEntry} per note (see
 * {@link #notes()}) so it can be brought up to date note by note with {@link #update}.
 */
public final class TdbStore implements AtlasStore {
    private final DatasetGraph dsg;
    private final boolean persistent;

    private TdbStore(DatasetGraph dsg, boolean persistent) {
        this.dsg = dsg;
        this.persistent = persistent;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** An empty in-memory store. */
    public static TdbStore inMemory() {
        return new TdbStore(DatabaseMgr.createDatasetGraph(), false);
    }

    /**
     * The store in {@code dir}, created if absent. Only one process may open a folder at a time.
     *
     * @throws StoreLockedException when another process has it open
     */
    public static TdbStore persistent(Path dir) {
        Objects.requireNonNull(dir, "dir may not be null");
        try {
            return new TdbStore(DatabaseMgr.connectDatasetGraph(Location.create(dir)), true);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof AlreadyLocked || String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("lock")) {
                    throw new StoreLockedException(dir, t);
                }
            }
            throw e;
        }
    }

    /**
     * Replaces, in one write transaction, every named graph of {@code extracted} (a reader sees
     * either the old graphs or the new ones, never a mix).
     */
    @Override
    public void replaceGraphs(Dataset extracted) {
        Objects.requireNonNull(extracted, "extracted may not be null");
        DatasetGraph source = extracted.asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (Iterator<Node> it = source.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                copy(g, source.getGraph(g));
            }
        });
    }

    private void copy(Node g, Graph from) {
        dsg.removeGraph(g);
        from.find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** The note graph to write for a note and the entry to keep for it. */
    public record NoteUpdate(Graph graph, NoteEntry entry, String text) {}

    /**
     * What {@link #update} did: the number of graphs written, and the entities (subject IRIs) the
     * graphs it wrote or removed described, before or after: the only ones whose description in
     * the union of the graphs can have changed.
     */
    public record Updated(int written, Set<String> subjects) {}

    /**
     * Brings notes up to date in one write transaction: the graphs of {@code put} replace the
     * notes' graphs (a graph whose content is unchanged is not rewritten) with their entries, and
     * the graphs and entries of {@code remove} are dropped. Readers see all of it or none of it,
     * and a crash before the commit leaves the store as it was.
     *
     * @param afterGraph called after each note is handled (progress)
     */
    public Updated update(Map<String, NoteUpdate> put, Set<String> remove, Runnable afterGraph) {
        Objects.requireNonNull(put, "put may not be null");
        Objects.requireNonNull(remove, "remove may not be null");
        Map<String, String> hashes = new java.util.HashMap<>();
        put.forEach((iri, u) -> hashes.put(iri, GraphHash.of(u.graph())));
        return Txn.calculateWrite(dsg, () -> {
            int changed = 0;
            Set<String> subjects = new HashSet<>();
            for (var e : put.entrySet()) {
                String hash = hashes.get(e.getKey());
                if (!hash.equals(Manifest.graphHash(dsg, e.getKey()))) {
                    Node g = NodeFactory.createURI(e.getKey());
                    addSubjects(dsg.getGraph(g), subjects);
                    addSubjects(e.getValue().graph(), subjects);
                    copy(g, e.getValue().graph());
                    changed++;
                }
                Manifest.put(dsg, e.getKey(), e.getValue().entry(), e.getValue().text(), hash);
                afterGraph.run();
            }
            for (String iri : remove) {
                Node g = NodeFactory.createURI(iri);
                addSubjects(dsg.getGraph(g), subjects);
                dsg.removeGraph(g);
                Manifest.remove(dsg, iri);
                afterGraph.run();
            }
            return new Updated(changed, Collections.unmodifiableSet(subjects));
        });
    }

    private static void addSubjects(Graph g, Set<String> into) {
        g.find().forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                into.add(t.getSubject().getURI());
            }
        });
    }

    /** The entry of every note the store holds, by graph IRI (empty for a store built by {@link #replaceGraphs}). */
    public Map<String, NoteEntry> notes() {
        return Txn.calculateRead(dsg, () -> Collections.unmodifiableMap(Manifest.read(dsg)));
    }

    /** The text kept for a note's graph (repaired text for a repaired note), or null. */
    public String text(String graphIri) {
        return Txn.calculateRead(dsg, () -> Manifest.text(dsg, graphIri));
    }

    /**
     * The texts of the notes the store holds, by document name: a read-only view that reads the
     * store on each lookup, so it follows later updates.
     */
    public Map<String, String> texts() {
        return new NoteTexts(dsg);
    }

    public boolean isPersistent() {
        return persistent;
    }

    /** A connection for queries; close it after use. */
    @Override
    public RDFConnection connect() {
        return RDFConnection.connect(DatasetFactory.wrap(dsg));
    }

    @Override
    public Optional<DatasetGraph> local() {
        return Optional.of(dsg);
    }

    /** Closes the store; a folder is released so that it can be opened again. */
    @Override
    public void close() {
        if (persistent) {
            TDBInternal.expel(dsg);
        } else {
            dsg.close();
        }
    }
}
