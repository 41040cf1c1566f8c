package org.llmatlas.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.llmatlas.extract.DeclarationLog;
import org.llmatlas.extract.Extractor;
import org.llmatlas.extract.LoadedNote;
import org.llmatlas.extract.NoteLoader;
import org.llmatlas.store.NoteEntry;
import org.llmatlas.store.TdbStore;
import org.llmatlas.sync.NoteFiles.Slot;
import org.llmatlas.vocab.Atlas;

/**
 * Brings a persistent store up to date with a notes folder. A note whose file hash and extractor
 * are those the store recorded is not read again; the changed notes are extracted with the
 * others' declaration logs replayed (their graphs are exactly those of a full extraction). When a
 * changed note declares something different, or a note is added or removed, how the other notes
 * resolve may change, so every note is extracted again — and still only graphs whose content
 * changed are rewritten. All of it is written in one transaction.
 *
 * <p>A note that cannot be read, is not valid UTF-8, or makes the extractor fail keeps the graph
 * it had (reported with its file); without one it is left out, as before.
 */
public final class ContentSync {
    private final Path content;
    private final TdbStore store;
    private final ProgressSink progress;
    private final NoteFiles files;
    /** Kept between updates: it remembers how the declared names were analysed, which makes replaying the logs cheap. */
    private final Extractor extractor = new Extractor();

    public ContentSync(Path content, TdbStore store, ProgressSink progress) {
        this.content = Objects.requireNonNull(content, "content may not be null");
        this.store = Objects.requireNonNull(store, "store may not be null");
        this.progress = Objects.requireNonNull(progress, "progress may not be null");
        this.files = new NoteFiles(content);
    }

    /** Synchronises the store with the folder; {@code rebuild} extracts every note again. */
    public synchronized SyncReport sync(boolean rebuild) {
        long t0 = System.nanoTime();
        String fingerprint = ExtractorFingerprint.get();
        Map<String, NoteEntry> stored = store.notes();
        List<String> problems = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<Slot> slots = files.read(stored, progress, problems, kept);
        List<Slot> changed = slots.stream().filter(s -> (s.readable() || s.unread()) && (rebuild || s.entry() == null
                || !s.sha256().equals(s.entry().sourceHash()) || !fingerprint.equals(s.entry().extractor()))).toList();
        Set<String> removed = new HashSet<>(stored.keySet());
        slots.forEach(s -> removed.remove(s.graph()));
        if (changed.isEmpty() && removed.isEmpty()) {
            return new SyncReport(slots.size(), slots.size(), 0, 0, 0, kept, problems, false, "", millis(t0), Set.of());
        }
        String reason = rebuild ? "--rebuild" : stored.isEmpty() ? "new store"
                : stored.values().stream().anyMatch(e -> !fingerprint.equals(e.extractor())) ? "extractor changed"
                : !removed.isEmpty() ? "a note was removed" : null;
        Map<String, LoadedNote> loaded = null;
        Extractor.Partial result = null;
        if (reason == null) {
            loaded = load(changed, slots, problems);
            try {
                result = extractReplaying(slots, loaded);
                reason = result.extraction().failures().isEmpty() ? declarationsChanged(result, slots)
                        : "a changed note could not be extracted";
            } catch (RuntimeException e) {
                reason = "the changed notes could not be extracted alone (" + e.getMessage() + ")";
            }
        }
        if (reason != null) {
            slots = files.readAll(slots, problems, kept);
            loaded = load(slots, slots, problems);
            result = extract(slots, loaded, problems, kept);
        }
        Map<String, TdbStore.NoteUpdate> put = new LinkedHashMap<>();
        for (Slot s : slots) {
            DeclarationLog log = result.logs().get(s.name());
            if (log != null) {
                put.put(s.graph(), new TdbStore.NoteUpdate(result.extraction().dataset().getNamedModel(s.graph()).getGraph(),
                        new NoteEntry(s.sha256(), fingerprint, log.serialize()), loaded.get(s.name()).note().text()));
            }
        }
        ProgressSink.Task writing = progress.start("storing", put.size() + removed.size());
        TdbStore.Updated updated = store.update(put, removed, writing::step);
        writing.done();
        return new SyncReport(slots.size(), slots.size() - put.size(), put.size(), updated.written(), removed.size(), kept,
                problems, reason != null, reason == null ? "" : reason, millis(t0), updated.subjects());
    }

    /**
     * Decodes the notes {@code wanted}; a damaged one is repaired with a model of all the clean
     * notes of {@code corpus}, as a full load would.
     */
    private Map<String, LoadedNote> load(List<Slot> wanted, List<Slot> corpus, List<String> problems) {
        NoteLoader loader = new NoteLoader();
        List<LoadedNote> notes = new ArrayList<>();
        for (Slot s : wanted) {
            if (s.readable()) {
                notes.add(loader.load(s.file(), s.bytes()));
            }
        }
        List<LoadedNote> repaired = NoteLoader.repairDamaged(notes);
        if (wanted != corpus && repaired.stream().anyMatch(n -> n.repair() != null)) {
            List<Slot> all = files.readAll(corpus, problems, new ArrayList<>());
            return load(all, all, problems).entrySet().stream()
                    .filter(e -> wanted.stream().anyMatch(s -> s.name().equals(e.getKey())))
                    .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll);
        }
        Map<String, LoadedNote> out = new LinkedHashMap<>();
        for (LoadedNote n : repaired) {
            n.problems().forEach(p -> problems.add(n.file() + ":" + p));
            out.put(n.note().name(), n);
        }
        return out;
    }

    /** The fast path: the changed notes extracted, the others replayed; throws if that is not possible. */
    private Extractor.Partial extractReplaying(List<Slot> slots, Map<String, LoadedNote> loaded) {
        ProgressSink.Task task = progress.start("extracting", 2 * slots.size());
        try {
            return extractor.extractSome(inputs(slots, loaded), task::step);
        } finally {
            task.done();
        }
    }

    /**
     * Extracts the {@code loaded} notes (all readable notes) with the unreadable ones replayed. A note that makes the extractor
     * fail is found by extracting the notes one by one, reported, and kept at its previous graph.
     */
    private Extractor.Partial extract(List<Slot> slots, Map<String, LoadedNote> loaded, List<String> problems, List<String> kept) {
        ProgressSink.Task task = progress.start("extracting", 2 * slots.size());
        try {
            Extractor.Partial partial = extractor.extractSome(inputs(slots, loaded), task::step);
            if (partial.extraction().failures().isEmpty()) {
                return partial;
            }
            // re-extracted without them, so what they declared before failing leaves no trace
            Map<String, LoadedNote> good = new LinkedHashMap<>(loaded);
            partial.extraction().failures().forEach((name, why) -> {
                good.remove(name);
                Slot s = slots.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
                problems.add(s.file() + ":1: " + why + (s.entry() != null ? "; keeping its previous graph" : "; skipped"));
                kept.add(s.file());
            });
            return extract(slots, good, problems, kept);
        } catch (RuntimeException failure) {
            Map<String, LoadedNote> good = new LinkedHashMap<>();
            for (var e : loaded.entrySet()) {
                try {
                    extractor.extractSome(inputs(slots, Map.of(e.getKey(), e.getValue())));
                    good.put(e.getKey(), e.getValue());
                } catch (RuntimeException ex) {
                    Slot s = slots.stream().filter(x -> x.name().equals(e.getKey())).findFirst().orElseThrow();
                    problems.add(s.file() + ":1: extraction failed (" + ex + ")"
                            + (s.entry() != null ? "; keeping its previous graph" : "; skipped"));
                    kept.add(s.file());
                }
            }
            if (good.size() == loaded.size()) {
                throw failure; // fails only together: not the fault of one note
            }
            return extract(slots, good, problems, kept);
        } finally {
            task.done();
        }
    }

    /** A note with text is extracted; any other note with an entry is replayed; the rest are left out. */
    private static List<Extractor.Input> inputs(List<Slot> slots, Map<String, LoadedNote> loaded) {
        List<Extractor.Input> inputs = new ArrayList<>();
        for (Slot s : slots) {
            LoadedNote n = loaded.get(s.name());
            if (n != null) {
                inputs.add(Extractor.Input.of(n));
            } else if (s.entry() != null) {
                inputs.add(Extractor.Input.replay(DeclarationLog.parse(s.entry().declarations())));
            }
        }
        return inputs;
    }

    /** Why the other notes must be extracted again, or null: a changed note now declares something else. */
    private static String declarationsChanged(Extractor.Partial result, List<Slot> slots) {
        for (Slot s : slots) {
            DeclarationLog log = result.logs().get(s.name());
            if (log != null && (s.entry() == null || !log.serialize().equals(s.entry().declarations()))) {
                return s.entry() == null ? s.file() + " is new" : s.file() + " declares something else";
            }
        }
        return null;
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
