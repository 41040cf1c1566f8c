package org.llmatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cold start: from launching {@code java -jar target/llm-atlas.jar serve} (over an existing store,
 * or {@code --memory}) to the first successful
 * {@code GET /api/ask}, against a bare Javalin hello world launched the same way (same JVM flags
 * as {@code ./atlas}, same jar on the class path) to its first {@code GET /}. Median of a few
 * launches, alternating the two.
 */
final class ColdStart {
    static final Path JAR = Path.of("target/llm-atlas.jar");
    private static final int LAUNCHES = 3;
    private static final long LIMIT_MS = 300_000;

    private ColdStart() {}

    /**
     * Launches {@code serve} once untimed (which builds or brings up to date a store given with
     * {@code --data}, and warms the file cache for both programs), then times the launches.
     *
     * @param serveArgs extra arguments for {@code serve} (e.g. {@code --data DIR}, {@code --memory})
     * @param how       what the figure is of (e.g. "existing store")
     * @param question  the first question asked; it must be answered
     */
    static void run(String corpus, List<String> serveArgs, String how, String question) {
        if (!Files.isRegularFile(JAR)) {
            Report.note(corpus, "cold start skipped: " + JAR + " missing (./mvnw -B -DskipTests package)");
            return;
        }
        double[] atlas = new double[LAUNCHES];
        double[] hello = new double[LAUNCHES];
        List<String> serve = new ArrayList<>(List.of("-jar", JAR.toString(), "serve"));
        serve.addAll(serveArgs);
        String ask = "/api/ask?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8);
        double first = launch(serve, ask);
        for (int i = 0; i < LAUNCHES; i++) {
            atlas[i] = launch(serve, ask);
            hello[i] = launch(List.of("-cp", "target/test-classes:" + JAR, HelloMain.class.getName()), "/");
        }
        Report.figure(corpus, "cold start, " + how, Timing.percentile(atlas, 50) / 1000, "s",
                "bare Javalin to first GET /", Timing.percentile(hello, 50) / 1000, 3);
        Report.note(corpus, String.format("  (first launch, untimed in the figure: %.1f s; serve %s)", first / 1000, String.join(" ", serveArgs)));
    }

    /** Milliseconds from launch until {@code path} answers 200; the process is then stopped. */
    private static double launch(List<String> javaArgs, String path) {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of("java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        cmd.addAll(javaArgs);
        if (javaArgs.contains("serve")) {
            cmd.addAll(List.of("--port", Integer.toString(port)));
        } else {
            cmd.add(Integer.toString(port));
        }
        String url = "http://localhost:" + port + path;
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                while (!Http.ok(url)) {
                    if (!p.isAlive() || System.nanoTime() - t0 > LIMIT_MS * 1_000_000) {
                        throw new IllegalStateException("no answer from " + String.join(" ", cmd));
                    }
                    Thread.sleep(10);
                }
                return (System.nanoTime() - t0) / 1e6;
            } finally {
                p.destroy();
                p.waitFor();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
