package org.llmatlas.bench;

/** Prints one benchmark figure per line: value, its baseline from the same run, the ratio and the target. */
final class Report {
    private Report() {}

    static void header(String title) {
        System.out.println();
        System.out.println("## " + title);
    }

    /** A figure over its baseline, with the target ratio it must not exceed. */
    static void figure(String corpus, String what, double value, String unit, String baselineName, double baseline, double target) {
        double ratio = value / baseline;
        System.out.printf("%-10s %-34s %10.3f %s   %-30s %10.3f %s   ratio %6.2f  (target <= %s) %s%n",
                corpus, what, value, unit, baselineName, baseline, unit, ratio, fmt(target), ratio <= target ? "ok" : "MISSED");
    }

    /** An absolute figure with its limit. */
    static void absolute(String corpus, String what, double value, String unit, double limit, String note) {
        System.out.printf("%-10s %-34s %10.1f %s   (target <= %s %s) %s   %s%n",
                corpus, what, value, unit, fmt(limit), unit, value <= limit ? "ok" : "MISSED", note);
    }

    static void note(String corpus, String text) {
        System.out.printf("%-10s %s%n", corpus, text);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
