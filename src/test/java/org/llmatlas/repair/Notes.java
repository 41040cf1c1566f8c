package org.llmatlas.repair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test access to the notes in {@code content/} (Surefire runs with the project dir as cwd). */
final class Notes {
    static final Path CONTENT = Path.of("content");
    static final String DAMAGED = "lecture-09-current-trends.md";
    static final String[] CLEAN = {"basics-roadmap.md", "further-questions.md",
        "keywords-summary.md", "textbook-03-llm-architecture.md"};

    private Notes() {
    }

    static String read(String name) {
        try {
            return Files.readString(CONTENT.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The four clean notes by file name, in a stable order. */
    static Map<String, String> clean() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : CLEAN) {
            out.put(name, read(name));
        }
        return out;
    }
}
