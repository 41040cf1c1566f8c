package org.llmatlas;

import java.nio.file.Path;
import org.llmatlas.extract.Extraction;
import org.llmatlas.extract.Extractor;
import org.llmatlas.extract.NoteLoader;
import org.llmatlas.query.Sparql;
import org.llmatlas.store.AtlasStore;
import org.llmatlas.web.Atlas;

/** The seed notes of content/, extracted once per test JVM (a few seconds) and shared read-only. */
public final class Seeds {
    private static Extraction extraction;
    private static Atlas atlas;

    private Seeds() {}

    public static synchronized Extraction extraction() {
        if (extraction == null) {
            extraction = new Extractor().extract(new NoteLoader().loadDirectory(Path.of("content")).notes());
        }
        return extraction;
    }

    public static synchronized Atlas atlas() {
        if (atlas == null) {
            AtlasStore store = AtlasStore.inMemory();
            store.replaceGraphs(extraction().dataset());
            atlas = Atlas.over(store, Sparql.defaults());
        }
        return atlas;
    }
}
