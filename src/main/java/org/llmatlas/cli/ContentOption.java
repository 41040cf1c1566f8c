package org.llmatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.llmatlas.extract.Extraction;
import org.llmatlas.extract.Extractor;
import org.llmatlas.extract.NoteLoader;
import org.llmatlas.query.Sparql;
import org.llmatlas.store.AtlasStore;
import org.llmatlas.web.Atlas;
import picocli.CommandLine.Option;

/** {@code --content DIR}: the notes folder, extracted into an in-memory store (nothing written). */
final class ContentOption {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "${env:ATLAS_CONTENT:-content}",
            description = "Notes folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "${env:ATLAS_QUERY_TIMEOUT:-10000}",
            description = "Query timeout in milliseconds (default: ${DEFAULT-VALUE}).")
    long timeoutMs;

    /** Loads, repairs and extracts the notes; problems go to {@code err} with file:line. */
    Extraction extract(PrintWriter err) {
        return new Extractor().extract(load(err).notes());
    }

    /** The notes extracted into an in-memory store, with their (repaired) texts for the source pages. */
    Atlas atlas(PrintWriter err) {
        NoteLoader.Loaded loaded = load(err);
        AtlasStore store = AtlasStore.inMemory();
        store.replaceGraphs(new Extractor().extract(loaded.notes()).dataset());
        Map<String, String> sources = new LinkedHashMap<>();
        loaded.notes().forEach(n -> sources.put(n.note().name(), n.note().text()));
        return Atlas.over(store, new Sparql(timeoutMs, Sparql.DEFAULT_ROW_LIMIT), sources);
    }

    private NoteLoader.Loaded load(PrintWriter err) {
        NoteLoader.Loaded loaded = new NoteLoader().loadDirectory(content);
        loaded.problems().forEach(p -> err.println("problem " + p));
        return loaded;
    }
}
