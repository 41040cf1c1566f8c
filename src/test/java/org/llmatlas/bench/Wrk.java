package org.llmatlas.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (Debian package {@code wrk}) against a URL and reads its latency percentiles. */
final class Wrk {
    private static final Pattern PERCENTILE = Pattern.compile("(?m)^\\s*(\\d+)%\\s+([\\d.]+)(us|ms|s)\\s*$");

    private Wrk() {}

    static boolean installed() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * The latency percentile in ms over {@code seconds} with {@code connections} concurrent
     * keep-alive clients, or empty when wrk is missing or reported errors.
     */
    static OptionalDouble latency(String url, int connections, int seconds, int percentile) {
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
                return OptionalDouble.empty();
            }
            if (out.contains("Socket errors")) {
                System.out.println("  (wrk: " + out.lines().filter(l -> l.contains("Socket errors")).findFirst().orElse("").strip() + ")");
            }
            Matcher m = PERCENTILE.matcher(out);
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) == percentile) {
                    double v = Double.parseDouble(m.group(2));
                    return OptionalDouble.of(switch (m.group(3)) {
                        case "us" -> v / 1000;
                        case "s" -> v * 1000;
                        default -> v;
                    });
                }
            }
            System.out.println("wrk output not understood:\n" + out);
            return OptionalDouble.empty();
        } catch (IOException e) {
            return OptionalDouble.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalDouble.empty();
        }
    }
}
