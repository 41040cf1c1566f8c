package org.llmatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.llmatlas.extract.NoteLoader;
import org.llmatlas.query.Sparql;
import org.llmatlas.store.RemoteStore;
import org.llmatlas.web.Atlas;
import picocli.CommandLine.Option;

/**
 * {@code --endpoint URL}: an external SPARQL 1.1 engine holding the atlas (Fuseki-style dataset URL;
 * {@code --query-endpoint} / {@code --gsp-endpoint} name the two services explicitly for others).
 */
final class EndpointOption {
    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "${env:ATLAS_ENDPOINT}",
            description = "A SPARQL engine's dataset URL, e.g. http://localhost:3030/atlas "
                    + "(queries at URL/sparql, Graph Store Protocol at URL/data).")
    String endpoint;

    @Option(names = "--query-endpoint", paramLabel = "URL", description = "The engine's SPARQL query service (instead of URL/sparql).")
    String queryEndpoint;

    @Option(names = "--gsp-endpoint", paramLabel = "URL", description = "The engine's Graph Store Protocol service (instead of URL/data).")
    String gspEndpoint;

    private String endpointOrQuery() {
        return endpoint != null ? endpoint : queryEndpoint;
    }

    boolean isSet() {
        return endpoint != null || queryEndpoint != null;
    }

    RemoteStore store() {
        if (endpoint == null && (queryEndpoint == null || gspEndpoint == null)) {
            throw new IllegalArgumentException("give --endpoint URL, or both --query-endpoint and --gsp-endpoint");
        }
        RemoteStore dataset = endpoint == null ? null : RemoteStore.dataset(endpoint);
        return RemoteStore.endpoints(queryEndpoint != null ? queryEndpoint : dataset.queryEndpoint(),
                gspEndpoint != null ? gspEndpoint : dataset.gspEndpoint());
    }

    /** The services over the engine when one is given, else over the notes of {@code content}. */
    Atlas atlasOr(ContentOption content, PrintWriter err) {
        return isSet() ? atlas(content.contentDir(), content.timeoutMs, err) : content.atlas(err);
    }

    /**
     * The app's services over the engine. Nothing is extracted (the graph lives there); the texts of
     * the notes in {@code content}, when that folder exists, back the source pages. Warns on
     * {@code err} when the engine holds no note graphs.
     */
    Atlas atlas(Path content, long timeoutMs, PrintWriter err) {
        RemoteStore store = store();
        Map<String, String> sources = new LinkedHashMap<>();
        if (Files.isDirectory(content)) {
            new NoteLoader().loadDirectory(content).notes().forEach(n -> sources.put(n.note().name(), n.note().text()));
        }
        try {
            if (store.graphNames(org.llmatlas.vocab.Atlas.GRAPH).isEmpty()) {
                err.println("warning: the engine holds no note graphs yet; run ./atlas load --endpoint " + endpointOrQuery());
            }
            return Atlas.over(store, new Sparql(timeoutMs, Sparql.DEFAULT_ROW_LIMIT), sources).ready();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot query the " + store + ": " + e.getMessage(), e);
        }
    }
}
