package org.llmatlas.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A store in an external SPARQL 1.1 engine: queries go to its query endpoint, graphs are written
 * with the Graph Store Protocol. The engine must make the default graph of queries the union of the
 * named graphs (Fuseki/TDB2: {@code tdb2:unionDefaultGraph true}), as the app's queries assume.
 *
 * <pre>{@code
 * RemoteStore store = RemoteStore.dataset("http://localhost:3030/atlas"); // …/atlas/sparql, …/atlas/data
 * }</pre>
 */
public final class RemoteStore implements AtlasStore {
    private final String queryEndpoint;
    private final String gspEndpoint;

    private RemoteStore(String queryEndpoint, String gspEndpoint) {
        this.queryEndpoint = Objects.requireNonNull(queryEndpoint, "queryEndpoint may not be null");
        this.gspEndpoint = Objects.requireNonNull(gspEndpoint, "gspEndpoint may not be null");
    }

    /** A Fuseki-style dataset URL: queries at {@code URL/sparql}, graphs at {@code URL/data}. */
    public static RemoteStore dataset(String url) {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return new RemoteStore(base + "/sparql", base + "/data");
    }

    /** Explicit endpoints, for engines laid out differently. */
    public static RemoteStore endpoints(String queryEndpoint, String gspEndpoint) {
        return new RemoteStore(queryEndpoint, gspEndpoint);
    }

    public String queryEndpoint() {
        return queryEndpoint;
    }

    public String gspEndpoint() {
        return gspEndpoint;
    }

    /**
     * Replaces the named graphs of {@code extracted} one by one, each with one Graph Store Protocol
     * PUT, which a transactional engine (Fuseki/TDB2) applies atomically: if the load stops half
     * way, every graph is complete, the new version or the old one. Readers may see a mix meanwhile.
     */
    @Override
    public void replaceGraphs(Dataset extracted) {
        Objects.requireNonNull(extracted, "extracted may not be null");
        for (Iterator<String> it = extracted.listNames(); it.hasNext(); ) {
            String name = it.next();
            replaceGraph(name, extracted.getNamedModel(name));
        }
    }

    /** Replaces one named graph (GSP PUT). */
    public void replaceGraph(String name, Model graph) {
        try (RDFConnection conn = connect()) {
            conn.put(name, graph);
        }
    }

    /** Removes one named graph (GSP DELETE). */
    public void removeGraph(String name) {
        try (RDFConnection conn = connect()) {
            conn.delete(name);
        }
    }

    /** The names of the named graphs in the engine that start with {@code prefix}. */
    public List<String> graphNames(String prefix) {
        List<String> names = new ArrayList<>();
        try (RDFConnection conn = connect()) {
            conn.querySelect("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", row -> {
                if (row.get("g").isURIResource() && row.getResource("g").getURI().startsWith(prefix)) {
                    names.add(row.getResource("g").getURI());
                }
            });
        }
        return names;
    }

    @Override
    public RDFConnection connect() {
        return RDFConnectionRemote.newBuilder()
                .queryEndpoint(queryEndpoint)
                .gspEndpoint(gspEndpoint)
                .build();
    }

    @Override
    public Optional<DatasetGraph> local() {
        return Optional.empty();
    }

    /** Nothing to release: connections are made per use. */
    @Override
    public void close() {}

    @Override
    public String toString() {
        return "SPARQL engine at " + queryEndpoint + " (graphs: " + gspEndpoint + ")";
    }
}
