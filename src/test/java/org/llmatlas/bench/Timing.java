package org.llmatlas.bench;

import java.lang.management.ManagementFactory;
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
        double[][] t = interleavedWithCpu(warmup, runs, a, b);
        return new double[][] {t[0], t[1]};
    }

    /**
     * As {@link #interleaved}, also returning the CPU time of this thread for each run (less sensitive to
     * other processes' load than wall time; GC threads' work is not in it).
     *
     * @return the sorted wall samples of a and of b, then the sorted CPU samples of a and of b, in ms
     */
    static double[][] interleavedWithCpu(int warmup, int runs, Runnable a, Runnable b) {
        for (int i = 0; i < warmup; i++) {
            a.run();
            b.run();
        }
        double[][] t = new double[4][runs];
        for (int i = 0; i < runs; i++) {
            long cpu = cpuNanos();
            t[0][i] = time(a);
            t[2][i] = (cpuNanos() - cpu) / 1e6;
            cpu = cpuNanos();
            t[1][i] = time(b);
            t[3][i] = (cpuNanos() - cpu) / 1e6;
        }
        for (double[] samples : t) {
            Arrays.sort(samples);
        }
        return t;
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
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
