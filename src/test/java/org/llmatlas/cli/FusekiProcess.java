package org.llmatlas.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A standalone Fuseki server (the {@code jena-fuseki-server} jar, copied to {@code target/fuseki/}
 * by {@code pre-integration-test}) in its own process, on a free port, with its TDB2 database in
 * {@code dir} (see {@code src/test/resources/fuseki/atlas-config.ttl}).
 */
final class FusekiProcess implements AutoCloseable {
    static final Path JAR = Path.of("target/fuseki/fuseki-server.jar");
    static final Path CONFIG = Path.of("src/test/resources/fuseki/atlas-config.ttl");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final int port;
    private final Path dir;

    private FusekiProcess(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /**
     * Starts Fuseki over the database in {@code dir} (created if new) and waits until it answers;
     * tries another port if the free one it picked was taken meanwhile.
     */
    static FusekiProcess start(Path dir) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: `mvn verify` copies it in pre-integration-test");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce(dir);
            } catch (IllegalStateException e) {
                if (attempt == 3 || !e.getMessage().contains("Address already in use")) {
                    throw e;
                }
            }
        }
    }

    private static FusekiProcess startOnce(Path dir) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", JAR.toAbsolutePath().toString(), "--config=" + CONFIG.toAbsolutePath(), "--port=" + port))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("fuseki.log").toFile()))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly)); // never outlive the test JVM
        FusekiProcess f = new FusekiProcess(p, port, dir);
        f.awaitPing();
        return f;
    }

    private void awaitPing() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Fuseki did not answer within " + START_TIMEOUT + ":\n" + log());
    }

    String log() throws IOException {
        Path log = dir.resolve("fuseki.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    int port() {
        return port;
    }

    /** The dataset URL, for {@code --endpoint}. */
    String dataset() {
        return "http://localhost:" + port + "/atlas";
    }

    /** {@code kill -9}: no shutdown hook, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }
}
