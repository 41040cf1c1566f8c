package org.llmatlas.repair;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (not a test): times training on the clean notes and repairing the ~56 KB damaged
 * lecture note, plus a simulated ~60 KB damaged note, after warm-up; prints medians in ms.
 * Run from the project root: {@code java -cp target/classes:target/test-classes:<deps>
 * org.llmatlas.repair.RepairBench}.
 */
public final class RepairBench {
    private static final int WARMUP = 5;
    private static final int RUNS = 15;

    private RepairBench() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of("content");
        List<String> clean = new ArrayList<>();
        for (String name : Notes.CLEAN) {
            clean.add(Files.readString(content.resolve(name), StandardCharsets.UTF_8));
        }
        String real = Files.readString(content.resolve(Notes.DAMAGED), StandardCharsets.UTF_8);
        // ~60 KB of damage: the biggest note, simulated with windows-1254.
        String simulated = Damage.simulate(clean.get(1), Charset.forName("windows-1254"));
        List<String> others = List.of(clean.get(0), clean.get(2), clean.get(3));

        long t0 = System.nanoTime();
        Repairer.trainedOn(clean).repair(real); // first use loads the Nori dictionary
        System.out.printf(Locale.ROOT, "first use incl. Nori dictionary load: %.0f ms%n",
                (System.nanoTime() - t0) / 1e6);

        int trainedChars = clean.stream().mapToInt(String::length).sum();
        double[] train = new double[RUNS];
        double[] repairReal = new double[RUNS];
        double[] repairSim = new double[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            long a = System.nanoTime();
            Repairer r = Repairer.trainedOn(clean);
            long b = System.nanoTime();
            r.repair(real);
            long c = System.nanoTime();
            Repairer.trainedOn(others).repair(simulated);
            long d = System.nanoTime();
            if (i >= 0) {
                train[i] = (b - a) / 1e6;
                repairReal[i] = (c - b) / 1e6;
                repairSim[i] = (d - c) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "training on %d chars (%d KB UTF-8): median %.1f ms%n",
                trainedChars, clean.stream().mapToInt(s -> s.getBytes(StandardCharsets.UTF_8).length)
                        .sum() / 1024, median(train));
        System.out.printf(Locale.ROOT, "repair real note (%d KB): median %.1f ms%n",
                real.getBytes(StandardCharsets.UTF_8).length / 1024, median(repairReal));
        System.out.printf(Locale.ROOT, "train(3 notes)+repair simulated note (%d KB): median %.1f ms%n",
                simulated.getBytes(StandardCharsets.UTF_8).length / 1024, median(repairSim));
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
