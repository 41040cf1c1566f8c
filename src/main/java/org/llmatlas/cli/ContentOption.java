package org.llmatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmatlas.extract.Extraction;
import org.llmatlas.extract.Extractor;
import org.llmatlas.extract.LoadedNote;
import org.llmatlas.extract.NoteLoader;
import org.llmatlas.query.Sparql;
import org.llmatlas.store.AtlasStore;
import org.llmatlas.store.TdbStore;
import org.llmatlas.sync.ContentSync;
import org.llmatlas.sync.ProgressSink;
import org.llmatlas.sync.SyncReport;
import org.llmatlas.web.Atlas;
import picocli.CommandLine.Option;

/**
 * Where the graph comes from. {@code --content DIR} (or {@code ATLAS_CONTENT}): that notes folder,
 * extracted into an in-memory store, nothing written. Otherwise {@code content/} kept in step with
 * the TDB2 store {@code --data DIR} (default {@code data/}, {@code ATLAS_DATA}) when the command
 * uses one by default ({@code serve}) or {@code --data} is given; {@code --memory} forces memory.
 */
final class ContentOption {
    private static final String DEFAULT_CONTENT = "content";
    private static final String DEFAULT_DATA = "data";

    @Option(names = "--content", paramLabel = "DIR",
            description = "Notes folder, extracted in memory, nothing written (default: content/, env ATLAS_CONTENT).")
    Path content;

    @Option(names = "--data", paramLabel = "DIR",
            description = "TDB2 store kept in step with content/ (default for serve: data/, env ATLAS_DATA).")
    Path data;

    @Option(names = "--memory", description = "Extract content/ in memory; use no store.")
    boolean memory;

    @Option(names = "--rebuild", description = "Extract every note again into the store.")
    boolean rebuild;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "${env:ATLAS_QUERY_TIMEOUT:-10000}",
            description = "Query timeout in milliseconds (default: ${DEFAULT-VALUE}).")
    long timeoutMs;

    /** The notes folder. */
    Path contentDir() {
        if (content != null) {
            return content;
        }
        String env = System.getenv("ATLAS_CONTENT");
        return Path.of(env == null || env.isBlank() ? DEFAULT_CONTENT : env);
    }

    /** The store folder to use, or null for memory. */
    Path dataDir(boolean storeByDefault) {
        String env = System.getenv("ATLAS_DATA");
        boolean explicitContent = content != null || System.getenv("ATLAS_CONTENT") != null;
        if (memory || data == null && (explicitContent || !storeByDefault && env == null)) {
            return null;
        }
        return data != null ? data : Path.of(env == null || env.isBlank() ? DEFAULT_DATA : env);
    }

    /** Loads, repairs and extracts the notes; problems go to {@code err} with file:line. */
    Extraction extract(PrintWriter err) {
        return new Extractor().extract(load(err).notes());
    }

    /** As {@link #extract(PrintWriter)}, reporting the extraction's progress (two passes over the notes) to {@code progress}. */
    Extraction extract(PrintWriter err, ProgressSink progress) {
        List<LoadedNote> notes = load(err).notes();
        ProgressSink.Task task = progress.start("extracting", 2 * notes.size());
        try {
            return new Extractor().extractSome(notes.stream().map(Extractor.Input::of).toList(), task::step).extraction();
        } finally {
            task.done();
        }
    }

    /** The graph the command runs on: see the class comment. Problems and what was done go to {@code err}. */
    Atlas atlas(PrintWriter err, boolean storeByDefault) {
        Path dir = dataDir(storeByDefault);
        return dir == null ? inMemory(err) : persistent(err, open(dir));
    }

    /** The notes in memory; {@code storeByDefault} false. */
    Atlas atlas(PrintWriter err) {
        return atlas(err, false);
    }

    TdbStore open(Path dir) {
        return AtlasStore.persistent(dir);
    }

    /** Synchronises {@code store} with the notes folder, reporting on {@code err}. */
    SyncReport sync(ContentSync sync, PrintWriter err, boolean all) {
        SyncReport r = sync.sync(all);
        r.problems().forEach(p -> err.println("problem " + p));
        err.println(r.summary());
        err.flush();
        return r;
    }

    ContentSync contentSync(TdbStore store, PrintWriter err) {
        return new ContentSync(contentDir(), store, Progress.sink(err));
    }

    private Atlas persistent(PrintWriter err, TdbStore store) {
        sync(contentSync(store, err), err, rebuild);
        return over(store);
    }

    /** The services over a store (the note texts are those the store keeps). */
    Atlas over(TdbStore store) {
        return Atlas.over(store, sparql(), store::texts);
    }

    private Atlas inMemory(PrintWriter err) {
        NoteLoader.Loaded loaded = load(err);
        AtlasStore store = AtlasStore.inMemory();
        store.replaceGraphs(new Extractor().extract(loaded.notes()).dataset());
        Map<String, String> sources = new LinkedHashMap<>();
        loaded.notes().forEach(n -> sources.put(n.note().name(), n.note().text()));
        return Atlas.over(store, sparql(), sources);
    }

    private Sparql sparql() {
        return new Sparql(timeoutMs, Sparql.DEFAULT_ROW_LIMIT);
    }

    private NoteLoader.Loaded load(PrintWriter err) {
        NoteLoader.Loaded loaded = new NoteLoader().loadDirectory(contentDir());
        loaded.problems().forEach(p -> err.println("problem " + p));
        return loaded;
    }
}
