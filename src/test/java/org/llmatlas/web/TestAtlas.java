package org.llmatlas.web;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.llmatlas.extract.Extraction;
import org.llmatlas.extract.Extractor;
import org.llmatlas.extract.NoteLoader;
import org.llmatlas.query.Sparql;
import org.llmatlas.store.AtlasStore;

/** Builds an Atlas over an in-memory store from a folder of notes, as {@code serve --content} does. */
public final class TestAtlas {
    private static Atlas real;

    private TestAtlas() {}

    /** The atlas of the real content/ folder, built once per test JVM (it takes a few seconds). */
    public static synchronized Atlas real() {
        if (real == null) {
            real = of(Path.of("content"));
        }
        return real;
    }

    public static Atlas of(Path folder) {
        NoteLoader.Loaded loaded = new NoteLoader().loadDirectory(folder);
        Extraction x = new Extractor().extract(loaded.notes());
        AtlasStore store = AtlasStore.inMemory();
        store.replaceGraphs(x.dataset());
        Map<String, String> sources = new LinkedHashMap<>();
        loaded.notes().forEach(n -> sources.put(n.note().name(), n.note().text()));
        return Atlas.over(store, Sparql.defaults(), sources);
    }
}
