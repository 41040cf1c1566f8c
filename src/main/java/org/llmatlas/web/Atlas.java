package org.llmatlas.web;

import java.util.function.Supplier;
import org.apache.jena.rdfconnection.RDFConnection;
import org.llmatlas.ask.QuestionService;
import org.llmatlas.query.EntityIndex;
import org.llmatlas.query.NamedQueries;
import org.llmatlas.query.Neighbourhood;
import org.llmatlas.query.Sparql;
import org.llmatlas.store.AtlasStore;

/**
 * The services the web app runs on, built once from a loaded store. Passed to the app and the
 * server (no static state), so tests build one over a small in-memory store.
 */
public record Atlas(AtlasStore store, Sparql sparql, EntityIndex index, NamedQueries queries,
        QuestionService questions, Neighbourhood neighbourhood) {

    public static Atlas over(AtlasStore store, Sparql sparql) {
        Supplier<RDFConnection> connections = store::connect;
        EntityIndex index;
        try (RDFConnection conn = store.connect()) {
            index = EntityIndex.load(conn);
        }
        return new Atlas(store, sparql, index, NamedQueries.load(),
                new QuestionService(connections, index, sparql), new Neighbourhood(connections, index, sparql));
    }

    public RDFConnection connect() {
        return store.connect();
    }
}
