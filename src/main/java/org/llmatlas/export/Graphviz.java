package org.llmatlas.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renders DOT with the Graphviz {@code dot} program (Debian package {@code graphviz}), with a
 * timeout. Missing program, a timeout or a failed render throw {@link RenderException}.
 */
public final class Graphviz {
    public static final long DEFAULT_TIMEOUT_MS = 20_000;

    /** Rendering could not be done; the message says why, for a user. */
    public static final class RenderException extends RuntimeException {
        private final boolean missing;

        RenderException(String message, boolean missing) {
            super(message);
            this.missing = missing;
        }

        /** True when {@code dot} is not installed (a server problem, not a bad request). */
        public boolean missing() {
            return missing;
        }
    }

    private final String program;
    private final long timeoutMs;

    public Graphviz(String program, long timeoutMs) {
        this.program = program;
        this.timeoutMs = timeoutMs;
    }

    public static Graphviz defaults() {
        return new Graphviz(System.getenv().getOrDefault("ATLAS_DOT", "dot"), DEFAULT_TIMEOUT_MS);
    }

    /** True when {@code dot -V} runs. */
    public boolean available() {
        try {
            Process p = new ProcessBuilder(program, "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** @param format {@code svg} or {@code png} */
    public byte[] render(String dot, String format) {
        if (!List.of("svg", "png").contains(format)) {
            throw new IllegalArgumentException("Graphviz output must be svg or png");
        }
        Process p;
        try {
            p = new ProcessBuilder(program, "-T" + format).start();
        } catch (IOException e) {
            throw new RenderException("Graphviz 'dot' is not installed (apt-get install graphviz): " + e.getMessage(), true);
        }
        // stdout and stderr are drained on their own threads so a large graph cannot block the pipe
        CompletableFuture<byte[]> out = drain(p.getInputStream());
        CompletableFuture<byte[]> err = drain(p.getErrorStream());
        try (OutputStream in = p.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // dot exited early; its stderr says why
        }
        try {
            if (!p.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new RenderException("Graphviz took longer than " + timeoutMs + " ms; export a smaller selection", false);
            }
            if (p.exitValue() != 0) {
                throw new RenderException("Graphviz failed: " + Escape.oneLine(new String(err.get(), StandardCharsets.UTF_8), 300), false);
            }
            return out.get();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while rendering", false);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new RenderException("could not read Graphviz output", false);
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream s) {
        return CompletableFuture.supplyAsync(() -> {
            try (s) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                s.transferTo(b);
                return b.toByteArray();
            } catch (IOException e) {
                return new byte[0];
            }
        }, task -> {
            // own thread, not the common pool: the two drains must run at the same time
            Thread t = new Thread(task, "graphviz-drain");
            t.setDaemon(true);
            t.start();
        });
    }
}
