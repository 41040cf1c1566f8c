package org.llmatlas.extract;

import java.util.List;
import java.util.Map;

/**
 * What extraction found in one note: counts, relations by type, and the problems and unresolved
 * relation names with their {@code file:line}.
 */
public record DocumentReport(String document, String file, int entities, int questions, int topics,
        Map<String, Integer> relations, List<String> problems, List<String> unresolved) {

    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-34s entities %4d  questions %4d  topics %3d  relations %s%n",
                document, entities, questions, topics, relations));
        for (String p : problems) {
            sb.append("  problem    ").append(file).append(':').append(p).append('\n');
        }
        for (String u : unresolved) {
            sb.append("  unresolved ").append(file).append(':').append(u).append('\n');
        }
        return sb.toString();
    }
}
