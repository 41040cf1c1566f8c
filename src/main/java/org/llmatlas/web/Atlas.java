package org.llmatlas.web;

import java.util.Collection;
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
 * together by {@link #refresh(Collection)} (or rebuilt by {@link #refresh()}) after the store was
 * updated, without restarting the app.
 */
public final class Atlas {
    private final AtlasStore store;
    private final Sparql sparql;
    private final NamedQueries queries;
    private final Supplier<Map<String, String>> sourcesOf;
    private final AtomicReference<CompletableFuture<Parts>> parts = new AtomicReference<>();

    /** Set once a server answers requests: from then on the search index is built as soon as its graph is. */
    private volatile boolean serving;

    /** The parts built from the graph; swapped as one. The search index is built in the background. */
    private record Parts(EntityIndex index, QuestionService questions, Neighbourhood neighbourhood,
            SearchBuild search, Map<String, String> sources) {}

    /**
     * The search index of one graph, built on a thread of its own once started, or when first asked
     * for. Not started before the server is up: on two cores, loading the Korean dictionary and
     * indexing would compete with the start-up and the first answer, which do not need it.
     */
    private final class SearchBuild {
        private final EntityIndex index;
        private CompletableFuture<SearchIndex> result;

        SearchBuild(EntityIndex index) {
            this.index = index;
            if (serving) {
                start();
            }
        }

        private SearchBuild(EntityIndex index, SearchIndex updated) {
            this.index = index;
            this.result = CompletableFuture.completedFuture(updated);
        }

        synchronized CompletableFuture<SearchIndex> start() {
            if (result == null) {
                result = inBackground("atlas-search-index", () -> {
                    try (RDFConnection conn = store.connect()) {
                        return SearchIndex.build(conn, index);
                    }
                });
            }
            return result;
        }

        /**
         * The search index of {@code next} (this one's entity index with {@code entities} updated):
         * this one's updated when it was started (waiting for it to be built), else a new build.
         */
        SearchBuild updated(EntityIndex next, Collection<String> entities) {
            CompletableFuture<SearchIndex> started;
            synchronized (this) {
                started = result;
            }
            if (started == null || started.isCompletedExceptionally()) {
                return new SearchBuild(next);
            }
            try (RDFConnection conn = store.connect()) {
                return new SearchBuild(next, join(started, "the search index could not be built").updated(conn, next, entities));
            }
        }
    }

    private Atlas(AtlasStore store, Sparql sparql, Supplier<Map<String, String>> sourcesOf) {
        this.store = Objects.requireNonNull(store, "store may not be null");
        this.sparql = Objects.requireNonNull(sparql, "sparql may not be null");
        this.queries = NamedQueries.load();
        this.sourcesOf = sourcesOf;
        parts.set(inBackground("atlas-indexes", this::build)); // the server starts meanwhile; requests wait for it
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

    /** Rebuilds the parts made from the graph; requests see the old parts until the new ones are ready. */
    public void refresh() {
        parts.set(CompletableFuture.completedFuture(build()));
    }

    /**
     * Brings the parts made from the graph up to date after an update of the store that changed
     * the description of {@code entities} only (see {@code SyncReport.entities()}): the entity and
     * search indexes are updated for those entities, or rebuilt when they are a large part of the
     * graph (an update costs more per entity than a build). Requests see the old parts until the new
     * ones are ready. Updates must come one at a time (as the watcher runs them).
     */
    public void refresh(Collection<String> entities) {
        Parts old;
        try {
            old = parts();
        } catch (RuntimeException failedBefore) {
            refresh(); // nothing to update: build them
            return;
        }
        if (entities.size() > old.index().size() / 4) {
            refresh();
            return;
        }
        EntityIndex index;
        try (RDFConnection conn = store.connect()) {
            index = old.index().updated(conn, entities);
        }
        parts.set(CompletableFuture.completedFuture(parts(index, old.search().updated(index, entities))));
    }

    /** Waits until the parts are built (the first build runs in the background); throws if it failed. */
    public Atlas ready() {
        parts();
        return this;
    }

    /** Tells the atlas a server now answers requests: the search index is built in the background from now on. */
    public Atlas serving() {
        serving = true;
        parts.get().thenAccept(p -> p.search().start());
        return this;
    }

    /**
     * The entity index and the services on it; the full-text search index (Lucene, with the Korean
     * dictionary to load) is built on a thread of its own, so questions are answered while it builds
     * (see {@link SearchBuild}).
     */
    private Parts build() {
        EntityIndex index;
        try (RDFConnection conn = store.connect()) {
            index = EntityIndex.load(conn);
        }
        return parts(index, new SearchBuild(index));
    }

    private Parts parts(EntityIndex index, SearchBuild search) {
        Supplier<RDFConnection> connections = store::connect;
        QuestionService questions = new QuestionService(connections, index, sparql,
                words -> join(search.start(), "the search index could not be built").search(words, 50));
        return new Parts(index, questions, new Neighbourhood(connections, index, sparql),
                search, sourcesOf.get());
    }

    private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return result;
    }

    private Parts parts() {
        return join(parts.get(), "the atlas could not be built from the graph");
    }

    private static <T> T join(CompletableFuture<T> f, String failure) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(failure + ": " + cause, cause);
        }
    }

    public AtlasStore store() {
        return store;
    }

    public Sparql sparql() {
        return sparql;
    }

    public EntityIndex index() {
        return parts().index();
    }

    public NamedQueries queries() {
        return queries;
    }

    public QuestionService questions() {
        return parts().questions();
    }

    public Neighbourhood neighbourhood() {
        return parts().neighbourhood();
    }

    /** The search index, waiting for it when it is still being built. */
    public SearchIndex search() {
        return join(parts().search().start(), "the search index could not be built");
    }

    /** The text of every note (repaired text for repaired notes), by document name without {@code .md}. */
    public Map<String, String> sources() {
        return parts().sources();
    }

    public RDFConnection connect() {
        return store.connect();
    }
}
