package org.llmatlas.extract;

import java.util.Objects;

/**
 * One note as text: its document name (file name without {@code .md}) and its content, already
 * decoded (and repaired if it was damaged). Lines are 1-based everywhere in the extractor.
 */
public record Note(String name, String text, String[] lines) {
    public Note(String name, String text) {
        this(Objects.requireNonNull(name, "name may not be null"),
                Objects.requireNonNull(text, "text may not be null"), text.split("\n", -1));
    }

    /** The text of 1-based line {@code n}, or "" when out of range. */
    public String line(int n) {
        return n >= 1 && n <= lines.length ? lines[n - 1].stripTrailing() : "";
    }
}
