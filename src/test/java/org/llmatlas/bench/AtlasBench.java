package org.llmatlas.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.llmatlas.extract.Extractor;
import org.llmatlas.extract.LoadedNote;
import org.llmatlas.extract.NoteLoader;
import org.llmatlas.web.TestAtlas;

/**
 * The benchmarks of issues #5 and #8 (run: {@code bench/run}; method in {@code docs/benchmarks.md}).
 * Every figure is printed with its baseline measured in the same run, and the ratio's target:
 * on the seed notes and on synthetic corpora of 100 and 1,000 notes ({@link SyntheticCorpus}).
 *
 * <p>Arguments: {@code [--quick]} (seeds and 100 notes only) {@code [--only extraction]} (the extraction
 * figures only) {@code [--store-only]} (only the heap, update and cold-start figures) {@code [--work DIR]}
 * (where the synthetic corpora are written; default {@code target/bench}).
 */
public final class AtlasBench {
    private AtlasBench() {}

    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        boolean quick = a.contains("--quick");
        boolean storeOnly = a.contains("--store-only"); // the store figures only: heap, updates, cold start
        Path work = a.contains("--work") ? Path.of(a.get(a.indexOf("--work") + 1)) : Path.of("target/bench");
        Report.header("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");

        Path seeds = Path.of("content");
        Path n100 = corpus(work, 100);
        Path n1000 = quick ? null : corpus(work, 1000);

        if (!storeOnly) {
            Report.header("extraction ÷ Flexmark parse only (target <= 3); 1,000 notes ÷ 100 notes (target <= 11)");
            extraction("seeds", seeds, 5, 20);
            double t100 = extraction("100 notes", n100, 2, 5);
            if (n1000 != null) {
                double t1000 = extraction("1000 notes", n1000, 0, 1);
                Report.figure("1000/100", "extraction time", t1000, "ms", "extraction of 100 notes", t100, 11);
            }
            if (a.contains("--only") && a.get(a.indexOf("--only") + 1).equals("extraction")) {
                System.exit(0);
            }

            Report.header("API over HTTP ÷ the same SPARQL in process (target <= 2 at p50); p99 at 32 clients ÷ 1-client p50 (target <= 10)");
            ApiLatency.run("seeds", TestAtlas.real(), "GQA");
            if (n1000 != null) {
                ApiLatency.run("100 notes", TestAtlas.of(n100), SyntheticCorpus.acronym(50, 0));
            }
        }
        int bigNotes = n1000 != null ? 1000 : 100;
        String big = bigNotes + " notes";
        Report.header("heap after loading (target <= 1 GB); incremental update of one note ÷ full build (target <= 5%)");
        Scale.Built built = Scale.run(big, n1000 != null ? n1000 : n100, work);
        if (!storeOnly) {
            Report.header("API over HTTP, " + big + " in a TDB2 store (as serve runs)");
            ApiLatency.run(big, built.atlas(), SyntheticCorpus.acronym(bigNotes / 2, 0));
        }
        built.store().close();

        Report.header("cold start from the jar to the first answer ÷ bare Javalin start (target <= 3)");
        Path seedStore = work.resolve("store-seeds");
        Scale.delete(seedStore);
        List<String> seedArgs = List.of("--data", seedStore.toString());
        ColdStart.run("seeds", seedArgs, "existing store", "which models use GQA");
        ColdStart.run("seeds", List.of("--memory"), "--memory", "which models use GQA");
        ColdStart.run(big, List.of("--content", built.content().toString(), "--data", built.data().toString()), "existing store",
                "which models use " + SyntheticCorpus.acronym(bigNotes / 2, 0));
        System.exit(0);
    }

    private static Path corpus(Path work, int notes) {
        Path dir = work.resolve("synthetic-" + notes);
        if (!Files.isRegularFile(dir.resolve(String.format("synthetic-%04d.md", notes - 1)))) {
            SyntheticCorpus.write(dir, notes);
        }
        return dir;
    }

    /** Prints extraction ÷ parse-only for a folder; returns the median extraction time in ms. */
    private static double extraction(String corpus, Path dir, int warmup, int runs) {
        List<LoadedNote> notes = new NoteLoader().loadDirectory(dir).notes();
        long bytes = notes.stream().mapToLong(n -> n.note().text().getBytes(StandardCharsets.UTF_8).length).sum();
        Extractor extractor = new Extractor();
        double[][] t = Timing.interleavedWithCpu(warmup, runs,
                () -> extractor.extract(notes), () -> notes.forEach(n -> extractor.parseOnly(n.note().text())));
        double extract = Timing.percentile(t[0], 50);
        Report.figure(corpus, "extraction (" + notes.size() + " notes, " + bytes / 1024 + " KB)", extract, "ms",
                "Flexmark parse only", Timing.percentile(t[1], 50), 3);
        double cpu = Timing.percentile(t[2], 50);
        double parseCpu = Timing.percentile(t[3], 50);
        Report.note(corpus, String.format("  in CPU time of this thread (GC threads not counted): %.0f ms ÷ %.1f ms = %.2f",
                cpu, parseCpu, cpu / parseCpu));
        return extract;
    }
}
