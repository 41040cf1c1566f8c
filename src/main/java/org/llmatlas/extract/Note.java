package org.llmatlas.extract;

import java.util.Objects;

/**
 * One note as text: its document name (file name without {@code .md}) and its content, already
 * decoded (and repaired if it was damaged). Lines are 1-based everywhere in the extractor.
 */
public record Note(String name, String text) {
    public Note {
        Objects.requireNonNull(name, "name may not be null");
        Objects.requireNonNull(text, "text may not be null");
    }

    /** The text of 1-based line {@code n}, or "" when out of range. */
    public String line(int n) {
        int start = 0;
        for (int i = 1; i < n; i++) {
            start = text.indexOf('\n', start);
            if (start < 0) {
                return "";
            }
            start++;
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end).stripTrailing();
    }
}
