package org.llmatlas.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.extract.Extractor;
import org.llmatlas.extract.NoteLoader;
import org.llmatlas.store.AtlasStore;
import org.llmatlas.store.TdbStore;

/**
 * Crash safety: {@code serve} (the jar, in a child process) is killed with SIGKILL while it updates
 * the store — at start-up and after a {@code --watch} edit — at several delays. On reopening, TDB2
 * recovers without error and the store holds exactly the old notes' graphs or exactly the new ones,
 * with the bookkeeping in step, and can be updated again.
 */
class CrashIT {
    private static final Path JAR = Path.of("target/llm-atlas.jar").toAbsolutePath();
    /** When to kill, in ms after the update's write transaction began; {@link #COMMITTED}: once the update is reported. */
    private static final long[] KILL_AFTER_WRITE_STARTS_MS = {0, 400, -1};
    private static final long COMMITTED = -1;

    @TempDir
    static Path tmp;
    static Path v1Content;
    static Path v2Extra;
    static Path v1Data;
    static Dataset v1;
    static Dataset v2;

    /** v1: the seed notes, stored; v2: v1 plus copies of the largest note (a long update that also changes declarations). */
    @BeforeAll
    static void prepare() throws IOException {
        v1Content = Files.createDirectories(tmp.resolve("v1"));
        copyAll(Path.of("content"), v1Content);
        v2Extra = Files.createDirectories(tmp.resolve("extra"));
        for (int i = 1; i <= 4; i++) {
            Files.writeString(v2Extra.resolve("copy-" + i + ".md"),
                    Files.readString(Path.of("content/further-questions.md")) + "\n\n- **Crash Term " + i + "**: 가상의 용어.\n");
        }
        Path v2Content = Files.createDirectories(tmp.resolve("v2"));
        copyAll(v1Content, v2Content);
        copyAll(v2Extra, v2Content);
        v1 = new Extractor().extract(new NoteLoader().loadDirectory(v1Content).notes()).dataset();
        v2 = new Extractor().extract(new NoteLoader().loadDirectory(v2Content).notes()).dataset();
        v1Data = tmp.resolve("v1-data");
        try (TdbStore store = AtlasStore.persistent(v1Data)) {
            new ContentSync(v1Content, store, ProgressSink.NONE).sync(false);
        }
        Files.deleteIfExists(v1Data.resolve("tdb.lock")); // held by this (living) JVM: children must not see it
    }

    @Test
    void killedDuringAStartUpUpdateTheStoreHoldsTheOldOrTheNewGraphs() throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (long after : KILL_AFTER_WRITE_STARTS_MS) {
            Path run = fresh("start-" + after);
            copyAll(v2Extra, run.resolve("content"));
            long baseline = size(run.resolve("data"));
            Process p = serve(run);
            killWhenWriting(p, run, baseline, after, "LLM Atlas on");
            outcomes.add((after == COMMITTED ? "committed" : "write+" + after + " ms") + ": " + check(run));
        }
        System.out.println("CrashIT start-up kills: " + outcomes);
    }

    @Test
    void killedDuringAWatchedUpdateTheStoreHoldsTheOldOrTheNewGraphs() throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (long after : KILL_AFTER_WRITE_STARTS_MS) {
            Path run = fresh("watch-" + after);
            Process p = serve(run, "--watch");
            awaitLine(run, "watching");
            if (after == 0) {
                assertSecondServeIsRefused(run);
            }
            long baseline = size(run.resolve("data"));
            copyAll(v2Extra, run.resolve("content"));
            killWhenWriting(p, run, baseline, after, "updated");
            outcomes.add((after == COMMITTED ? "committed" : "write+" + after + " ms") + ": " + check(run));
        }
        System.out.println("CrashIT watch kills: " + outcomes);
    }

    /**
     * Kills {@code p} (SIGKILL) {@code afterMs} after its write transaction began, seen as the
     * store's files growing, or once it printed {@code committedLine}; if it ends first, that is a failure.
     */
    private static void killWhenWriting(Process p, Path run, long baseline, long afterMs, String committedLine) throws Exception {
        Path data = run.resolve("data");
        if (afterMs == COMMITTED) {
            awaitLine(run, committedLine);
            p.toHandle().destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (size(data) <= baseline && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(p.isAlive()).as("serve still running when the store began to grow").isTrue();
        Thread.sleep(afterMs);
        p.toHandle().destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            long total = 0;
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                total += Files.size(f);
            }
            return total;
        }
    }

    /** A run folder with the v1 notes and the v1 store. */
    private static Path fresh(String name) throws IOException {
        Path run = Files.createDirectories(tmp.resolve(name));
        copyAll(v1Content, Files.createDirectories(run.resolve("content")));
        copyAll(v1Data, Files.createDirectories(run.resolve("data")));
        return run;
    }

    private static Process serve(Path dir, String... more) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "serve", "--port", "0"));
        cmd.addAll(List.of(more));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    /** Only one process may open a store: a second {@code serve} exits with a clear message. */
    private static void assertSecondServeIsRefused(Path run) throws Exception {
        Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "serve", "--port", "0").directory(run.toFile()).redirectErrorStream(true).start();
        String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isEqualTo(1);
        assertThat(out).contains("data is in use by another process");
    }

    /** Waits until the child's stdout has a line starting with {@code start}. */
    private static void awaitLine(Path run, String start) throws Exception {
        Path out = run.resolve("stdout.txt");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (Files.exists(out) && Files.readAllLines(out, StandardCharsets.UTF_8).stream().anyMatch(l -> l.startsWith(start))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("serve printed no line starting '" + start + "'; stderr: "
                + Files.readString(run.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    /** Opens the store the killed process left (TDB2 recovers), checks it, updates it to v2; returns old/new. */
    private static String check(Path run) throws IOException {
        String outcome;
        try (TdbStore store = AtlasStore.persistent(run.resolve("data"))) {
            Map<String, Model> graphs = ContentSyncTest.graphs(store);
            boolean isOld = same(graphs, v1);
            boolean isNew = same(graphs, v2);
            assertThat(isOld || isNew).as("the store holds the complete old or the complete new graphs: " + graphs.keySet()).isTrue();
            assertThat(store.notes().keySet()).as("bookkeeping in step with the graphs").isEqualTo(graphs.keySet());
            outcome = isNew ? "new" : "old";
            SyncReport r = new ContentSync(run.resolve("content"), store, ProgressSink.NONE).sync(false);
            assertThat(same(ContentSyncTest.graphs(store), v2)).as("updated after the crash: " + r.summary()).isTrue();
        }
        return outcome;
    }

    private static boolean same(Map<String, Model> graphs, Dataset expected) {
        List<String> names = new ArrayList<>();
        expected.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        return graphs.keySet().equals(new java.util.HashSet<>(names))
                && graphs.entrySet().stream().allMatch(e -> e.getValue().isIsomorphicWith(expected.getNamedModel(e.getKey())));
    }

    /** Copies a folder's content, recursively. */
    private static void copyAll(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
