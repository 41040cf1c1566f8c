package org.llmatlas.extract;

import java.util.List;
import org.apache.jena.query.Dataset;

/** The result of extracting a set of notes: one named graph per note, and a report per note. */
public record Extraction(Dataset dataset, List<DocumentReport> reports) {}
