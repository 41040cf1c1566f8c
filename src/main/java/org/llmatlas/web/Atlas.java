package org.llmatlas.web;

import java.util.Map;
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
 * The services the web app runs on, built once from a loaded store. Passed to the app and the
 * server (no static state), so tests build one over a small in-memory store.
 *
 * @param sources the text of every loaded note (repaired text for repaired notes), by document
 *                name without {@code .md}; the only files {@code /source/{document}} serves
 */
public record Atlas(AtlasStore store, Sparql sparql, EntityIndex index, NamedQueries queries,
        QuestionService questions, Neighbourhood neighbourhood, SearchIndex search, Map<String, String> sources) {

    public Atlas {
        sources = Map.copyOf(sources);
    }

    /** An atlas without note texts (source pages answer 404). */
    public static Atlas over(AtlasStore store, Sparql sparql) {
        return over(store, sparql, Map.of());
    }

    public static Atlas over(AtlasStore store, Sparql sparql, Map<String, String> sources) {
        Supplier<RDFConnection> connections = store::connect;
        EntityIndex index;
        SearchIndex search;
        try (RDFConnection conn = store.connect()) {
            index = EntityIndex.load(conn);
            search = SearchIndex.build(conn, index);
        }
        return new Atlas(store, sparql, index, NamedQueries.load(),
                new QuestionService(connections, index, sparql), new Neighbourhood(connections, index, sparql),
                search, sources);
    }

    public RDFConnection connect() {
        return store.connect();
    }
}
