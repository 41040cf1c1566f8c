package org.llmatlas;

import java.nio.file.Path;
import org.llmatlas.extract.Extraction;
import org.llmatlas.extract.Extractor;
import org.llmatlas.extract.NoteLoader;

/** The seed notes of content/, extracted once per test JVM (a few seconds) and shared read-only; see also {@code TestAtlas}. */
public final class Seeds {
    private static Extraction extraction;

    private Seeds() {}

    public static synchronized Extraction extraction() {
        if (extraction == null) {
            extraction = new Extractor().extract(new NoteLoader().loadDirectory(Path.of("content")).notes());
        }
        return extraction;
    }
}
