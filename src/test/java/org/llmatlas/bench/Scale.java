package org.llmatlas.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.llmatlas.web.Atlas;
import org.llmatlas.web.TestAtlas;

/**
 * The large-corpus figures: a full build (load, extract, store, indexes), the heap it keeps
 * (measured after {@code System.gc()}), and an incremental update of one note ÷ the full build.
 */
final class Scale {
    private static final double HEAP_LIMIT_MB = 1024;

    private Scale() {}

    /** Builds the atlas of {@code dir} in this JVM and reports; returns it for the latency figures. */
    static Atlas run(String corpus, Path dir) {
        double before = heapAfterGcMb();
        long t0 = System.nanoTime();
        Atlas atlas = TestAtlas.of(dir);
        double build = (System.nanoTime() - t0) / 1e6;
        double after = heapAfterGcMb();
        Report.absolute(corpus, "heap after loading (after GC)", after, "MB", HEAP_LIMIT_MB,
                String.format("(%.1f MB before loading; %d entities)", before, atlas.index().all().size()));
        Report.note(corpus, String.format("full build (load, extract, store, indexes): %.0f ms", build));
        OptionalDouble update = incrementalUpdateMs(atlas, dir);
        if (update.isPresent()) {
            Report.figure(corpus, "incremental update of one note", update.getAsDouble(), "ms", "full build", build, 0.05);
        } else {
            Report.note(corpus, "incremental update of one note: not measured (this build has no per-note update)");
        }
        return atlas;
    }

    /**
     * TO WIRE AFTER THE STORE MERGE: the time in ms to apply one changed note of {@code dir} to the
     * store behind {@code atlas} (change a note's text, re-extract it, replace its graph and refresh
     * the indexes, as the store's per-document update does), or empty while no such update exists.
     */
    static OptionalDouble incrementalUpdateMs(Atlas atlas, Path dir) {
        return OptionalDouble.empty();
    }

    static double heapAfterGcMb() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
