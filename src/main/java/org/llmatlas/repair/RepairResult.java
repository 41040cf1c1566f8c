package org.llmatlas.repair;

import java.util.List;
import java.util.Locale;

/**
 * Outcome of {@link Repairer#repair(String)}.
 *
 * @param text the repaired text (the input itself when no damage was detected)
 * @param damaged whether damage was detected (and thus repaired)
 * @param codePage code page the damage was reversed with, e.g. "windows-1254"; null when clean
 * @param intactSequences multi-byte characters restored by plain reversal (no byte lost)
 * @param repairedSequences characters rebuilt by restoring lost bytes
 * @param ambiguities rebuilt characters whose posterior was below {@link #AMBIGUOUS_BELOW}
 * @param unresolved positions (line:col in the input) where no candidate was credible and
 *     U+FFFD was written
 * @param confidence expected share of restored characters that are right, 0..1: intact ones
 *     count 1, rebuilt ones their posterior, unresolved ones 0; 1 when nothing was damaged
 * @param detection the detector's verdict and evidence
 */
public record RepairResult(String text, boolean damaged, String codePage, int intactSequences,
        int repairedSequences, List<Ambiguity> ambiguities, List<Position> unresolved,
        double confidence, Detection detection) {

    /** The replacement character written where nothing credible could be rebuilt. */
    public static final int REPLACEMENT = 0xFFFD;
    /** Posterior below which a choice is reported as ambiguous. */
    public static final double AMBIGUOUS_BELOW = 0.9;
    private static final int LISTED = 25;

    public RepairResult {
        ambiguities = List.copyOf(ambiguities);
        unresolved = List.copyOf(unresolved);
    }

    /** Result for text that needs no repair. */
    static RepairResult unchanged(String text, Detection detection) {
        return new RepairResult(text, false, null, 0, 0, List.of(), List.of(), 1.0, detection);
    }

    public int ambiguousChoices() {
        return ambiguities.size();
    }

    /** Multi-line human-readable summary; lists the first few ambiguous and unresolved positions. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append("damage: ").append(damaged ? "yes, decoded as " + codePage : "none").append('\n');
        sb.append("evidence: ").append(detection.evidence()).append('\n');
        if (!damaged) {
            return sb.append("text left unchanged\n").toString();
        }
        sb.append("sequences restored by reversal: ").append(intactSequences).append('\n');
        sb.append("sequences rebuilt (lost bytes): ").append(repairedSequences).append('\n');
        sb.append("ambiguous choices: ").append(ambiguities.size()).append('\n');
        ambiguities.stream().limit(LISTED).forEach(a -> sb.append("  ").append(a).append('\n'));
        if (ambiguities.size() > LISTED) {
            sb.append("  ... ").append(ambiguities.size() - LISTED).append(" more\n");
        }
        sb.append("unresolved (U+FFFD): ").append(unresolved.size()).append('\n');
        if (!unresolved.isEmpty()) {
            sb.append("  at ");
            unresolved.stream().limit(LISTED).forEach(p -> sb.append(p).append(' '));
            sb.append(unresolved.size() > LISTED ? "...\n" : "\n");
        }
        sb.append(String.format(Locale.ROOT, "confidence: %.4f%n", confidence));
        return sb.toString();
    }
}
