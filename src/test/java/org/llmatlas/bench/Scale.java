package org.llmatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.llmatlas.query.Sparql;
import org.llmatlas.store.TdbStore;
import org.llmatlas.sync.ContentSync;
import org.llmatlas.sync.ProgressSink;
import org.llmatlas.sync.SyncReport;
import org.llmatlas.web.Atlas;
import org.llmatlas.web.TestAtlas;

/**
 * The large-corpus figures. The heap kept after loading (measured after {@code System.gc()}) in
 * memory ({@code serve --memory}) and over a persistent TDB2 store built with {@link ContentSync}
 * ({@code serve}'s default); the full build of that store, and an incremental update of one note
 * ÷ that full build: an edit of wording (the note's graph replaced alone) and, separately, an edit
 * that declares a new term (every note extracted again, by design).
 */
final class Scale {
    private static final double HEAP_LIMIT_MB = 1024;

    private Scale() {}

    /** The store built by {@link #run}, its notes folder, and the atlas over it (for the latency figures). */
    record Built(Atlas atlas, TdbStore store, Path content, Path data) {}

    /**
     * Measures on the notes of {@code dir}; the store and an editable copy of the notes go under
     * {@code work}. Returns the persistent atlas, still open.
     */
    static Built run(String corpus, Path dir, Path work) {
        inMemoryHeap(corpus, dir);
        Path content = copy(dir, work.resolve("content-" + dir.getFileName()));
        Path data = work.resolve("store-" + dir.getFileName());
        delete(data);

        double before = heapAfterGcMb();
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        TdbStore store = TdbStore.persistent(data);
        ContentSync sync = new ContentSync(content, store, ProgressSink.NONE);
        // only the counts are kept: the report's set of changed entities (every subject of a new store) is not what serve keeps
        SyncReport built = sync.sync(false);
        int notes = built.notes();
        int written = built.written();
        built = null;
        double syncOnly = (System.nanoTime() - t0) / 1e6;
        Atlas atlas = Atlas.over(store, Sparql.defaults(), store::texts);
        atlas.ready().search(); // both indexes, as a served atlas builds them
        double build = (System.nanoTime() - t0) / 1e6;
        double buildCpu = (cpuNanos() - cpu0) / 1e6;
        double after = heapAfterGcMb();
        Report.absolute(corpus, "heap, TDB2 store (serve)", after, "MB", HEAP_LIMIT_MB,
                String.format("(%.1f MB before loading; %d entities)", before, atlas.index().all().size()));
        Report.note(corpus, String.format("full build into a TDB2 store (read, extract, write %d graphs, indexes): %.0f ms"
                + " (CPU time of this thread %.0f ms; the sync alone %.0f ms)", written, build, buildCpu, syncOnly));

        // The note in the middle of the corpus; first the definition of its first keyword is reworded.
        Path note = content.resolve(String.format("synthetic-%04d.md", notes / 2));
        insertAfter(note, ")**: ", "표현을 조금 고친 설명. ");
        update(corpus, "one note edited (wording)", sync, atlas, build, buildCpu, false);
        rebuildIndexes(corpus, atlas, build);
        // the same over a ContentSync that has not seen the folder yet, as serve after a restart (same JVM, JIT warm)
        insertAfter(note, ")**: ", "한 번 더 고친 설명. ");
        update(corpus, "one note edited, new ContentSync", new ContentSync(content, store, ProgressSink.NONE), atlas, build,
                buildCpu, false);
        insertAfter(note, "## Benchmarks & Evaluation\n\n", "- **ZZNEWBENCH**: 새로 추가한 벤치마크. 모델의 품질을 측정함.\n");
        update(corpus, "one note adds a term", sync, atlas, build, buildCpu, true);
        return new Built(atlas, store, content, data);
    }

    /** The heap kept by the atlas of {@code dir} built in memory, as {@code serve --memory} does; released afterwards. */
    private static void inMemoryHeap(String corpus, Path dir) {
        double before = heapAfterGcMb();
        long t0 = System.nanoTime();
        Atlas atlas = TestAtlas.of(dir);
        atlas.ready().search(); // both indexes, as a served atlas builds them
        double build = (System.nanoTime() - t0) / 1e6;
        double after = heapAfterGcMb();
        Report.absolute(corpus, "heap, in memory (serve --memory)", after, "MB", HEAP_LIMIT_MB,
                String.format("(%.1f MB before loading; %d entities; built in %.0f ms)", before, atlas.index().all().size(), build));
        atlas.store().close();
    }

    /**
     * Syncs the edited folder and prints the sync ÷ the full build, then the sync plus the update of
     * both indexes for the entities the written graphs describe (what {@code serve --watch} does
     * before the web app shows the change).
     */
    private static void update(String corpus, String what, ContentSync sync, Atlas atlas, double build, double buildCpu, boolean full) {
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        SyncReport r = sync.sync(false);
        double syncMs = (System.nanoTime() - t0) / 1e6;
        double syncCpu = (cpuNanos() - cpu0) / 1e6;
        atlas.refresh(r.entities());
        atlas.search();
        double withIndexes = (System.nanoTime() - t0) / 1e6;
        double withIndexesCpu = (cpuNanos() - cpu0) / 1e6;
        if (r.full() != full || r.written() < 1) {
            throw new IllegalStateException("unexpected update for '" + what + "': " + r.summary());
        }
        Report.figure(corpus, what, syncMs, "ms", "full build", build, 0.05);
        Report.figure(corpus, "  + indexes updated", withIndexes, "ms", "full build", build, 0.05);
        Report.note(corpus, String.format("  %s; CPU time of the sync %.0f ms = %.2f%% of the build's, with the indexes"
                + " updated for %d entities %.0f ms = %.2f%%", r.summary(), syncCpu, 100 * syncCpu / buildCpu,
                r.entities().size(), withIndexesCpu, 100 * withIndexesCpu / buildCpu));
    }

    /** For comparison: both indexes rebuilt from the whole graph (what an update did before they were updated in place). */
    private static void rebuildIndexes(String corpus, Atlas atlas, double build) {
        long t0 = System.nanoTime();
        atlas.refresh();
        atlas.search();
        double ms = (System.nanoTime() - t0) / 1e6;
        Report.note(corpus, String.format("  both indexes rebuilt from the whole graph instead: %.0f ms = %.2f%% of the full build",
                ms, 100 * ms / build));
    }

    /** CPU time of this thread (the sync, extraction and store writes run on it), less sensitive to other load than wall time. */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Inserts {@code insert} into the note right after the first occurrence of {@code anchor}. */
    private static void insertAfter(Path note, String anchor, String insert) {
        try {
            String text = Files.readString(note, StandardCharsets.UTF_8);
            int at = text.indexOf(anchor);
            if (at < 0) {
                throw new IllegalStateException(anchor + " not in " + note);
            }
            at += anchor.length();
            Files.writeString(note, text.substring(0, at) + insert + text.substring(at), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copy(Path from, Path to) {
        delete(to);
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path f : (Iterable<Path>) files::iterator) {
                // keeps the files' times: notes are usually older than the last sync (a sync trusts settled files' size and time)
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double heapAfterGcMb() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
