package org.llmatlas.web;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.jena.rdfconnection.RDFConnection;
import org.llmatlas.ask.QuestionService;
import org.llmatlas.query.EntityIndex;
import org.llmatlas.query.NamedQueries;
import org.llmatlas.query.Neighbourhood;
import org.llmatlas.query.Sparql;
import org.llmatlas.search.SearchIndex;
import org.llmatlas.store.AtlasStore;

/**
 * The services the web app runs on, built from a loaded store. Passed to the app and the server
 * (no static state), so tests build one over a small in-memory store. The parts built from the
 * graph (entity index, search index, question service, neighbourhoods, note texts) are replaced
 * together by {@link #refresh()} after the store was updated, without restarting the app.
 */
public final class Atlas {
    private final AtlasStore store;
    private final Sparql sparql;
    private final NamedQueries queries;
    private final Supplier<Map<String, String>> sourcesOf;
    private final AtomicReference<Parts> parts = new AtomicReference<>();

    /** The parts built from the graph; swapped as one. The search index is built in the background. */
    private record Parts(EntityIndex index, QuestionService questions, Neighbourhood neighbourhood,
            CompletableFuture<SearchIndex> search, Map<String, String> sources) {}

    private Atlas(AtlasStore store, Sparql sparql, Supplier<Map<String, String>> sourcesOf) {
        this.store = Objects.requireNonNull(store, "store may not be null");
        this.sparql = Objects.requireNonNull(sparql, "sparql may not be null");
        this.queries = NamedQueries.load();
        this.sourcesOf = sourcesOf;
        refresh();
    }

    /** An atlas without note texts (source pages answer 404). */
    public static Atlas over(AtlasStore store, Sparql sparql) {
        return over(store, sparql, Map.of());
    }

    /**
     * @param sources the text of every loaded note (repaired text for repaired notes), by document
     *                name without {@code .md}; the only files {@code /source/{document}} serves
     */
    public static Atlas over(AtlasStore store, Sparql sparql, Map<String, String> sources) {
        Map<String, String> copy = Map.copyOf(sources);
        return new Atlas(store, sparql, () -> copy);
    }

    /** As {@link #over(AtlasStore, Sparql, Map)}, the texts being asked for again on each {@link #refresh()}. */
    public static Atlas over(AtlasStore store, Sparql sparql, Supplier<Map<String, String>> sources) {
        return new Atlas(store, sparql, Objects.requireNonNull(sources, "sources may not be null"));
    }

    /**
     * Rebuilds the parts made from the graph; requests see the old parts until the new ones are
     * ready. The full-text search index (Lucene, with the Korean dictionary to load) is built on a
     * thread of its own, so questions are answered while it builds; a search waits for it.
     */
    public void refresh() {
        Supplier<RDFConnection> connections = store::connect;
        EntityIndex index;
        try (RDFConnection conn = store.connect()) {
            index = EntityIndex.load(conn);
        }
        CompletableFuture<SearchIndex> search = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try (RDFConnection conn = store.connect()) {
                search.complete(SearchIndex.build(conn, index));
            } catch (RuntimeException | Error e) {
                search.completeExceptionally(e);
            }
        }, "atlas-search-index");
        builder.setDaemon(true);
        builder.start();
        parts.set(new Parts(index, new QuestionService(connections, index, sparql), new Neighbourhood(connections, index, sparql),
                search, sourcesOf.get()));
    }

    public AtlasStore store() {
        return store;
    }

    public Sparql sparql() {
        return sparql;
    }

    public EntityIndex index() {
        return parts.get().index();
    }

    public NamedQueries queries() {
        return queries;
    }

    public QuestionService questions() {
        return parts.get().questions();
    }

    public Neighbourhood neighbourhood() {
        return parts.get().neighbourhood();
    }

    /** The search index, waiting for it when it is still being built. */
    public SearchIndex search() {
        try {
            return parts.get().search().join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("the search index could not be built: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The text of every note (repaired text for repaired notes), by document name without {@code .md}. */
    public Map<String, String> sources() {
        return parts.get().sources();
    }

    public RDFConnection connect() {
        return store.connect();
    }
}
