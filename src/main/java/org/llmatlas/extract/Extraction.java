package org.llmatlas.extract;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;

/**
 * The result of extracting a set of notes: one named graph per note, and a report per note.
 * {@code failures} names the notes whose extraction failed (document name → the problem, as in
 * their report): they have a report but no graph.
 */
public record Extraction(Dataset dataset, List<DocumentReport> reports, Map<String, String> failures) {
    public Extraction {
        failures = Map.copyOf(failures);
    }

    public Extraction(Dataset dataset, List<DocumentReport> reports) {
        this(dataset, reports, Map.of());
    }
}
