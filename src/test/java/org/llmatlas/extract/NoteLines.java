package org.llmatlas.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The lines of the seed notes and of the extraction fixtures: what the fast-path tests compare on. */
final class NoteLines {
    private NoteLines() {}

    static List<String> all() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String dir : List.of("content", "src/test/resources/extract")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    lines.addAll(Files.readAllLines(f));
                }
            }
        }
        return lines;
    }
}
