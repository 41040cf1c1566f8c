package org.llmatlas.cli;

import java.io.PrintWriter;
import java.util.Objects;
import org.llmatlas.sync.ProgressSink;

/**
 * Progress of long work on stderr: on a terminal a single line redrawn with {@code \r}
 * ({@code extracting [#####-----]  52%  1040/2000}), otherwise a plain line every few seconds, so
 * logs stay readable. Short work (under a second) prints nothing but its last line on a terminal.
 *
 * <pre>{@code
 * Progress p = Progress.start("loading", files.size(), err);
 * for (...) { ...; p.step(); }
 * p.done();
 * }</pre>
 */
final class Progress implements ProgressSink.Task {
    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
    private static final long REDRAW_EVERY_NANOS = 100_000_000L;
    private static final int WIDTH = 24;

    private final String what;
    private final int total;
    private final PrintWriter err;
    private final boolean terminal;
    private final long everyNanos;
    private final long started = System.nanoTime();
    private long lastPrinted = started;
    private boolean printed;
    private int done;

    /** {@code everyNanos}: the least time between two printed lines (or redraws). */
    Progress(String what, int total, PrintWriter err, boolean terminal, long everyNanos) {
        this.what = Objects.requireNonNull(what, "what may not be null");
        this.total = Math.max(0, total);
        this.err = Objects.requireNonNull(err, "err may not be null");
        this.terminal = terminal;
        this.everyNanos = everyNanos;
    }

    /** Starts reporting {@code total} steps of {@code what}; a bar when stderr is a terminal. */
    static Progress start(String what, int total, PrintWriter err) {
        boolean terminal = System.console() != null;
        return new Progress(what, total, err, terminal, terminal ? REDRAW_EVERY_NANOS : PLAIN_EVERY_NANOS);
    }

    /** A sink that reports each task on {@code err}. */
    static ProgressSink sink(PrintWriter err) {
        return (what, total) -> start(what, total, err);
    }

    @Override
    public synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (now - lastPrinted >= everyNanos) {
            print(now, false);
        }
    }

    @Override
    public synchronized void done() {
        long now = System.nanoTime();
        if (printed || now - started >= 1_000_000_000L) {
            print(now, true);
        }
    }

    private void print(long now, boolean last) {
        lastPrinted = now;
        printed = true;
        int pct = total == 0 ? 100 : (int) (100L * Math.min(done, total) / total);
        String counts = String.format("%3d%%  %d/%d", pct, done, total);
        String seconds = last ? String.format("  %.1f s", (now - started) / 1e9) : "";
        if (terminal) {
            int filled = pct * WIDTH / 100;
            err.print("\r" + what + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + counts + seconds
                    + (last ? "\n" : ""));
        } else {
            err.println(what + ": " + counts + seconds);
        }
        err.flush();
    }
}
