package org.llmatlas.repair;

import java.util.Collection;

/**
 * Character n-gram language model (order {@value #ORDER}) with Witten-Bell interpolation.
 *
 * <p>N-grams are stored under 64-bit hashes of their code points, so the model works on full
 * Unicode (emoji included) without a vocabulary table; at ~10^6 n-grams a hash collision is
 * vanishingly unlikely and would only blur one probability. Below the unigram level the model
 * falls back to a {@link SyllablePrior}, which keeps unseen-but-real Hangul syllables apart from
 * unseen junk. Immutable after construction; safe for concurrent reads.
 */
final class CharNgramModel {
    static final int ORDER = 5;
    /** Boundary symbol for positions before the start of a text. */
    static final int BOUNDARY = -1;

    private final LongIntMap[] ngrams = new LongIntMap[ORDER + 1];
    /** Context (n-1 chars) -> total count of n-grams extending it. */
    private final LongIntMap[] contexts = new LongIntMap[ORDER + 1];
    /** Context (n-1 chars) -> number of distinct characters following it. */
    private final LongIntMap[] followers = new LongIntMap[ORDER + 1];
    private final SyllablePrior prior;

    CharNgramModel(Collection<String> texts, SyllablePrior prior) {
        this.prior = prior;
        int size = 1024;
        for (String t : texts) {
            size += t.length();
        }
        for (int n = 1; n <= ORDER; n++) {
            ngrams[n] = new LongIntMap(size);
            contexts[n] = new LongIntMap(size / 2);
            followers[n] = new LongIntMap(size / 2);
        }
        for (String t : texts) {
            add(t.codePoints().toArray());
        }
    }

    private void add(int[] cps) {
        for (int j = 0; j < cps.length; j++) {
            for (int n = 1; n <= ORDER; n++) {
                long ctx = contextKey(cps, j, n);
                long key = extend(ctx, cps[j]);
                if (ngrams[n].add(key, 1) == 1) {
                    followers[n].add(ctx, 1);
                }
                contexts[n].add(ctx, 1);
            }
        }
    }

    /** Number of times code point {@code c} occurred in the training texts. */
    int count(int c) {
        return ngrams[1].get(extend(contextKey(null, 0, 1), c));
    }

    /**
     * Natural-log probability of {@code s[j]} given the up to {@code ORDER-1} preceding code points
     * of {@code s} (positions before 0 read as a text boundary).
     */
    double logProb(int[] s, int j) {
        double p = prior.probability(s[j]);
        for (int n = 1; n <= ORDER; n++) {
            long ctx = contextKey(s, j, n);
            int c = contexts[n].get(ctx);
            if (c == 0) {
                break; // longer contexts extend this one, so they are unseen too
            }
            int t = followers[n].get(ctx);
            int hits = ngrams[n].get(extend(ctx, s[j]));
            p = (hits + t * p) / (c + t);
        }
        return Math.log(p);
    }

    /** Hash of the n-1 code points preceding position j, tagged with the order n. */
    private static long contextKey(int[] s, int j, int n) {
        long h = LongIntMap.mix(0x9E3779B97F4A7C15L * n);
        for (int i = j - n + 1; i < j; i++) {
            h = LongIntMap.mix(h ^ ((i < 0 ? BOUNDARY : s[i]) + 0x1234567L));
        }
        return h;
    }

    private static long extend(long ctx, int c) {
        return LongIntMap.mix(ctx * 31 + c + 0x5DEECE66DL);
    }
}
