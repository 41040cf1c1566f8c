package org.llmatlas.repair;

import java.util.List;

/**
 * A rebuilt character the language model was not sure about.
 *
 * @param position line:col of the damaged sequence in the input
 * @param chosen the character written to the output
 * @param probability posterior probability of {@code chosen} among the candidates
 * @param alternatives the other candidates, most likely first (at most a few)
 */
public record Ambiguity(Position position, String chosen, double probability,
        List<Alternative> alternatives) {

    /** A candidate that was not chosen, with its posterior probability. */
    public record Alternative(String character, double probability) {
    }

    public Ambiguity {
        alternatives = List.copyOf(alternatives);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "%s '%s' %.2f",
                position, chosen, probability));
        for (Alternative a : alternatives) {
            sb.append(String.format(java.util.Locale.ROOT, ", '%s' %.2f", a.character(),
                    a.probability()));
        }
        return sb.toString();
    }
}
