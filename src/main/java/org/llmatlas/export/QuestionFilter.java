package org.llmatlas.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which questions to export, parsed from {@code key:value} clauses separated by commas; clauses
 * are ANDed, alternatives inside a value are separated by {@code |}:
 * <pre>
 *   difficulty:Hard                      all Hard questions
 *   difficulty:Medium|Hard,topic:VLA     Medium or Hard questions in a section named like "VLA" (or its subsections)
 *   doc:further-questions,section:5      "section" is a synonym of "topic"; "doc" is a note's file name without .md
 * </pre>
 * Topic names are resolved like entity names; every section whose name matches best is taken.
 */
public record QuestionFilter(Set<String> difficulties, List<String> topics, Set<String> documents) {
    private static final Set<String> DIFFICULTIES = Set.of("easy", "medium", "hard");

    public static QuestionFilter parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty question filter; use e.g. difficulty:Hard,topic:VLA");
        }
        Set<String> difficulties = new LinkedHashSet<>();
        List<String> topics = new ArrayList<>();
        Set<String> documents = new LinkedHashSet<>();
        for (String clause : text.split(",")) {
            if (clause.isBlank()) {
                continue;
            }
            int colon = clause.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("question filter clause '" + clip(clause.strip())
                        + "' is not key:value (keys: difficulty, topic, section, doc)");
            }
            String key = clause.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            for (String value : clause.substring(colon + 1).split("\\|")) {
                String v = value.strip();
                if (v.isEmpty()) {
                    throw new IllegalArgumentException("question filter '" + key + "' has an empty value");
                }
                switch (key) {
                    case "difficulty" -> {
                        if (!DIFFICULTIES.contains(v.toLowerCase(Locale.ROOT))) {
                            throw new IllegalArgumentException("difficulty must be Easy, Medium or Hard, not '" + clip(v) + "'");
                        }
                        difficulties.add(v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1).toLowerCase(Locale.ROOT));
                    }
                    case "topic", "section" -> topics.add(v);
                    case "doc", "document" -> documents.add(v.replaceAll("\\.md$", ""));
                    default -> throw new IllegalArgumentException("unknown question filter key '" + clip(key)
                            + "' (keys: difficulty, topic, section, doc)");
                }
            }
        }
        if (difficulties.isEmpty() && topics.isEmpty() && documents.isEmpty()) {
            throw new IllegalArgumentException("empty question filter; use e.g. difficulty:Hard,topic:VLA");
        }
        return new QuestionFilter(Set.copyOf(difficulties), List.copyOf(topics), Set.copyOf(documents));
    }

    static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
