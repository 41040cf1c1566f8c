package org.llmatlas.bench;

import java.util.Arrays;

/** Wall-clock sampling for the benchmarks: medians and interleaved paired runs. */
final class Timing {
    private Timing() {}

    /** Median wall time in ms of {@code runs} runs after {@code warmup} warm-up runs. */
    static double median(int warmup, int runs, Runnable r) {
        for (int i = 0; i < warmup; i++) {
            r.run();
        }
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            t[i] = time(r);
        }
        return percentile(t, 50);
    }

    /**
     * Runs {@code a} and {@code b} alternately, {@code runs} times each after {@code warmup} warm-up runs,
     * so that load from other processes on a shared machine falls on both alike.
     *
     * @return the sorted samples of a and of b, in ms
     */
    static double[][] interleaved(int warmup, int runs, Runnable a, Runnable b) {
        for (int i = 0; i < warmup; i++) {
            a.run();
            b.run();
        }
        double[] ta = new double[runs];
        double[] tb = new double[runs];
        for (int i = 0; i < runs; i++) {
            ta[i] = time(a);
            tb[i] = time(b);
        }
        Arrays.sort(ta);
        Arrays.sort(tb);
        return new double[][] {ta, tb};
    }

    static double time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The p-th percentile (nearest rank) of the samples. */
    static double percentile(double[] samples, double p) {
        double[] s = samples.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }
}
