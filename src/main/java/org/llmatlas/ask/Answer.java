package org.llmatlas.ask;

import java.util.List;

/**
 * The answer to a question; this record's JSON form is the {@code /api/ask} contract:
 * {@code {question, understood, interpretation, sparql, answers:[{iri, label, type, detail, evidence:[{source, line, text}]}],
 * suggestions, choices}}.
 */
public record Answer(String question, boolean understood, String interpretation, String sparql,
        List<Item> answers, List<String> suggestions, List<Choice> choices) {

    /** One answer: an entity (or question, or path step) with the evidence that supports it. */
    public record Item(String iri, String label, String type, String detail, List<Evidence> evidence) {}

    /** Where a statement was made: note file, 1-based line, and the sentence. */
    public record Evidence(String source, int line, String text) {}

    /** Another entity an ambiguous name could mean. */
    public record Choice(String name, String iri, String label, String type) {}

    public static Answer notUnderstood(String question, String why, List<String> suggestions) {
        return new Answer(question, false, why, "", List.of(), suggestions, List.of());
    }
}
