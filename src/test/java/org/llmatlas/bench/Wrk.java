package org.llmatlas.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (Debian package {@code wrk}) against a URL and reads its latency percentiles. */
final class Wrk {
    private static final Pattern RPS = Pattern.compile("(?m)^Requests/sec:\\s+([\\d.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("(?m)^\\s*(\\d+)%\\s+([\\d.]+)(us|ms|s)\\s*$");

    private Wrk() {}

    static boolean installed() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** What one wrk run measured: latency percentiles (ms) and throughput (requests per second). */
    record Result(double p50, double p99, double requestsPerSecond) {}

    /** One wrk run, or empty when wrk is missing, reported error responses or printed something not understood. */
    static Optional<Result> run(String url, int connections, int seconds) {
        int threads = Math.min(2, connections);
        try {
            Process p = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency", url)
                    .redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            p.waitFor();
            if (out.contains("Non-2xx")) {
                System.out.println("wrk saw error responses:\n" + out);
                return Optional.empty();
            }
            if (out.contains("Socket errors")) {
                System.out.println("  (wrk: " + out.lines().filter(l -> l.contains("Socket errors")).findFirst().orElse("").strip() + ")");
            }
            Map<Integer, Double> percentiles = new HashMap<>();
            Matcher m = PERCENTILE.matcher(out);
            while (m.find()) {
                double v = Double.parseDouble(m.group(2));
                percentiles.put(Integer.parseInt(m.group(1)), switch (m.group(3)) {
                    case "us" -> v / 1000;
                    case "s" -> v * 1000;
                    default -> v;
                });
            }
            Matcher rps = RPS.matcher(out);
            if (!percentiles.containsKey(50) || !percentiles.containsKey(99) || !rps.find()) {
                System.out.println("wrk output not understood:\n" + out);
                return Optional.empty();
            }
            return Optional.of(new Result(percentiles.get(50), percentiles.get(99), Double.parseDouble(rps.group(1))));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
