package org.llmatlas.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a text is UTF-8 mis-decoded with a Windows code page, and which one.
 *
 * <p>Rule (per code page): map every character back to its byte; count runs that form complete
 * well-formed UTF-8 multi-byte sequences ("reversible") and runs that form a lead byte with too
 * few continuation bytes ("truncated"). The text is damaged when there are at least
 * {@value #MIN_REVERSIBLE} reversible runs, the runs explain at least half of the non-ASCII
 * characters, and characters the code page cannot produce are rare. Clean text with accented
 * Latin ("café", "naïve") yields no reversible runs, because an accented letter is almost never
 * followed by the one or two symbol characters that would complete a UTF-8 sequence; clean
 * Korean, emoji or math symbols are not producible by the code page at all. Stateless.
 */
public final class Detector {
    /** Two independent complete sequences: one stray "Ã©" in an article about mojibake is not enough. */
    static final int MIN_REVERSIBLE = 2;
    /**
     * Evenly spread bytes needed before the absence of a byte is itself evidence (see
     * {@link #choose}): with 256 of them each byte value is expected ~4 times.
     */
    static final int MIN_CONTINUATIONS_FOR_ABSENCE = 256;

    /** Evidence gathered for one code page. */
    private record Scan(CodePage cp, int reversible, int truncated, int foreign, int nonAscii,
            int covered, int spreadBytes, int[] byteCounts) {
        boolean damaged() {
            return reversible >= MIN_REVERSIBLE && covered * 2 >= nonAscii
                    && foreign * 10 <= reversible + truncated;
        }
    }

    /** Detects damage in {@code text}; never null, never throws on any input. */
    public Detection detect(String text) {
        List<Scan> scans = new ArrayList<>();
        for (CodePage cp : CodePage.supported()) {
            scans.add(scan(text, cp));
        }
        List<Scan> damaged = scans.stream().filter(Scan::damaged).toList();
        if (damaged.isEmpty()) {
            Scan best = scans.stream().min((a, b) -> Integer.compare(b.reversible, a.reversible))
                    .orElseThrow();
            return toDetection(false, best, List.of(best));
        }
        int minForeign = damaged.stream().mapToInt(Scan::foreign).min().orElseThrow();
        List<Scan> tied = damaged.stream().filter(s -> s.foreign == minForeign).toList();
        return toDetection(true, choose(tied), tied);
    }

    /**
     * Breaks a tie between code pages that explain the text equally well. A code page that
     * defines bytes another one drops (1252 defines 0x8E/0x9E, 1254 drops them) predicts that
     * those bytes show up. The last byte of a CJK or Hangul character (lead 0xE3-0xED) takes all
     * 64 continuation values about evenly, so when there are many such bytes and the predicted
     * ones never appear, that code page is unlikely. Otherwise the first supported one wins.
     */
    private static Scan choose(List<Scan> tied) {
        for (Scan candidate : tied) {
            boolean contradicted = false;
            for (Scan other : tied) {
                if (other != candidate && candidate.spreadBytes >= MIN_CONTINUATIONS_FOR_ABSENCE
                        && neverSeesOwnExtraBytes(candidate, other.cp)) {
                    contradicted = true;
                }
            }
            if (!contradicted) {
                return candidate;
            }
        }
        return tied.get(0);
    }

    private static boolean neverSeesOwnExtraBytes(Scan scan, CodePage other) {
        boolean hasExtra = false;
        for (int b = 0x80; b <= 0xBF; b++) {
            if (!scan.cp.isUndefined(b) && other.isUndefined(b)) {
                hasExtra = true;
                if (scan.byteCounts[b] > 0) {
                    return false;
                }
            }
        }
        return hasExtra;
    }

    private static Detection toDetection(boolean damaged, Scan s, List<Scan> consistent) {
        double coverage = s.nonAscii == 0 ? 0 : (double) s.covered / s.nonAscii;
        return new Detection(damaged, s.cp.name(), s.reversible, s.truncated, s.foreign, coverage,
                consistent.stream().map(c -> c.cp.name()).toList());
    }

    private static Scan scan(String text, CodePage cp) {
        int reversible = 0;
        int truncated = 0;
        int foreign = 0;
        int nonAscii = 0;
        int covered = 0;
        int spreadBytes = 0;
        int[] byteCounts = new int[256];
        int[] seq = new int[4];
        int[] bytes = CodePages.toBytes(text, cp);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i];
            if (b >= 0 && b < 0x80) {
                continue;
            }
            nonAscii++;
            if (b < 0) {
                foreign++;
                continue;
            }
            byteCounts[b]++;
            int need = Utf8.continuations(b);
            if (need < 0) {
                continue;
            }
            seq[0] = b;
            int k = 0;
            while (k < need && i + 1 + k < bytes.length && bytes[i + 1 + k] >= 0
                    && Utf8.isContinuation(bytes[i + 1 + k])) {
                seq[k + 1] = bytes[i + 1 + k];
                byteCounts[seq[k + 1]]++;
                k++;
            }
            if (k == need && Utf8.decode(seq, k + 1) >= 0) {
                reversible++;
            } else if (k > 0 && k < need) {
                truncated++;
            } else {
                continue;
            }
            covered += k + 1;
            nonAscii += k;
            if (k == need && need == 2 && b >= 0xE3 && b <= 0xED) {
                spreadBytes++;
            }
            i += k;
        }
        return new Scan(cp, reversible, truncated, foreign, nonAscii, covered, spreadBytes,
                byteCounts);
    }
}
