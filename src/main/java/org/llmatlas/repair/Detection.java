package org.llmatlas.repair;

import java.util.List;

/**
 * Verdict of {@link Detector} on one document.
 *
 * @param damaged whether the text reads as UTF-8 mis-decoded with {@code codePage}
 * @param codePage charset name of the most likely code page (e.g. "windows-1254"); for clean
 *     text the best-scoring candidate anyway, for information only
 * @param reversibleSequences code-page character runs that map back to complete, well-formed
 *     UTF-8 multi-byte sequences (e.g. "ê°•" to 강) - the main evidence of damage
 * @param truncatedSequences runs that map back to a UTF-8 lead byte followed by too few
 *     continuation bytes, i.e. sequences that lost bytes
 * @param implausibleChars non-ASCII characters the code page cannot produce (Hangul, emoji,
 *     arrows...), which a mis-decoded text cannot contain - evidence against damage
 * @param coverage share of the non-ASCII characters that belong to such runs (0..1)
 * @param consistentCodePages every code page that explains the text equally well; the lost-byte
 *     candidates of all of them are considered during repair
 */
public record Detection(boolean damaged, String codePage, int reversibleSequences,
        int truncatedSequences, int implausibleChars, double coverage,
        List<String> consistentCodePages) {

    public Detection {
        consistentCodePages = List.copyOf(consistentCodePages);
    }

    /** One-line human-readable evidence summary. */
    public String evidence() {
        return String.format(java.util.Locale.ROOT,
                "%s as %s: %d reversible + %d truncated UTF-8 sequences, %d implausible chars,"
                        + " %.1f%% of non-ASCII chars explained",
                damaged ? "damaged" : "clean", codePage, reversibleSequences, truncatedSequences,
                implausibleChars, coverage * 100);
    }
}
