package org.llmatlas.sync;

import java.util.List;
import java.util.Set;

/**
 * What one synchronisation did: notes reused unchanged, notes extracted, graphs written or removed,
 * notes kept at their previous graph because they could not be read or extracted, and problems
 * (file:line).
 *
 * @param entities the entities (IRIs) the written and removed graphs describe, before or after the
 *                 update: the only ones whose description in the store can have changed
 * @param full    true when every note was extracted (new store, {@code --rebuild}, a new extractor,
 *                or a change in what a note declares, which can change how the other notes resolve)
 */
public record SyncReport(int notes, int reused, int extracted, int written, int removed, List<String> kept,
        List<String> problems, boolean full, String reason, long millis, Set<String> entities) {
    public SyncReport {
        kept = kept.stream().distinct().toList();
        problems = problems.stream().distinct().toList();
        entities = Set.copyOf(entities);
    }

    public boolean changedAnything() {
        return written > 0 || removed > 0;
    }

    /** One line for stderr. */
    public String summary() {
        if (extracted == 0 && removed == 0 && kept.isEmpty()) {
            return String.format("store: %d notes unchanged, nothing extracted (%d ms)", notes, millis);
        }
        return String.format("store: %d notes: %d reused, %d extracted%s, %d graphs written, %d removed%s (%d ms)",
                notes, reused, extracted, full ? " (all: " + reason + ")" : "", written, removed,
                kept.isEmpty() ? "" : ", " + kept.size() + " kept at their previous graph", millis);
    }
}
