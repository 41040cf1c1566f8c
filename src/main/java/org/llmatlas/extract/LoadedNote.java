package org.llmatlas.extract;

import java.util.List;

/**
 * A note as read from disk: its decoded (and, if damaged, repaired) text, the file it came from,
 * the SHA-256 of its bytes, problems found while reading ({@code line: message}), and the repair
 * applied, or null.
 */
public record LoadedNote(Note note, String file, String sha256, List<String> problems, RepairInfo repair) {
    public LoadedNote {
        problems = List.copyOf(problems);
    }

    public static LoadedNote of(String name, String text) {
        return new LoadedNote(new Note(name, text), name + ".md", "", List.of(), null);
    }
}
