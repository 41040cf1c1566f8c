package org.llmatlas.repair;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Korean word list from the clean notes: every maximal run of Hangul syllables (an eojeol
 * without its punctuation). A candidate that completes a known word is much more credible than
 * one that merely forms likely character n-grams. Immutable.
 */
final class Lexicon {
    private final Set<String> words = new HashSet<>();

    Lexicon(Collection<String> texts) {
        for (String t : texts) {
            int[] cps = t.codePoints().toArray();
            int start = -1;
            for (int i = 0; i <= cps.length; i++) {
                boolean hangul = i < cps.length && isHangul(cps[i]);
                if (hangul && start < 0) {
                    start = i;
                } else if (!hangul && start >= 0) {
                    words.add(new String(cps, start, i - start));
                    start = -1;
                }
            }
        }
    }

    static boolean isHangul(int c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    int size() {
        return words.size();
    }

    /**
     * Whether the Hangul run around {@code text[p]}, or a prefix of it of at least two syllables
     * that covers {@code p} (a stem before its particle), is a known word.
     */
    boolean covers(int[] text, int p) {
        if (!isHangul(text[p])) {
            return false;
        }
        int a = p;
        while (a > 0 && isHangul(text[a - 1])) {
            a--;
        }
        int b = p + 1;
        while (b < text.length && isHangul(text[b])) {
            b++;
        }
        for (int end = b; end > p && end - a >= 2; end--) {
            if (words.contains(new String(text, a, end - a))) {
                return true;
            }
        }
        return false;
    }
}
