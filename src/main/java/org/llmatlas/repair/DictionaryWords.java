package org.llmatlas.repair;

import java.io.IOException;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.TokenInfoFST;
import org.apache.lucene.util.fst.FST;

/**
 * Korean dictionary look-up through Lucene Nori's surface-form FST (mecab-ko-dic).
 *
 * <p>{@link #longestCovering} tells how long the longest dictionary word is that spans a given
 * syllable of a Hangul run; a candidate that makes the syllable part of a longer real word
 * ("출발점" rather than "출발적") is more credible. Thread-safe: every call uses its own reader.
 */
final class DictionaryWords {
    /** Longest word considered; longer dictionary entries are rare and the walk stays cheap. */
    private static final int MAX_WORD = 6;
    private static final DictionaryWords NONE = new DictionaryWords(null);

    private final TokenInfoFST fst;

    private DictionaryWords(TokenInfoFST fst) {
        this.fst = fst;
    }

    /** No dictionary: {@link #longestCovering} always returns 0. */
    static DictionaryWords none() {
        return NONE;
    }

    /** Nori's dictionary, or {@link #none()} if it cannot be loaded. */
    static DictionaryWords nori() {
        return Holder.NORI;
    }

    /**
     * Length (in syllables, at least 2) of the longest dictionary word inside the Hangul run
     * around {@code text[p]} that contains position {@code p}; 0 when there is none.
     */
    int longestCovering(int[] text, int p) {
        if (fst == null || !Lexicon.isHangul(text[p])) {
            return 0;
        }
        int a = p;
        while (a > 0 && p - a < MAX_WORD - 1 && Lexicon.isHangul(text[a - 1])) {
            a--;
        }
        int best = 0;
        try {
            FST.BytesReader reader = fst.getBytesReader();
            FST.Arc<Long> arc = new FST.Arc<>();
            for (int s = a; s <= p; s++) {
                fst.getFirstArc(arc);
                for (int i = s; i < text.length && i - s < MAX_WORD && Lexicon.isHangul(text[i]); i++) {
                    if (fst.findTargetArc(text[i], arc, arc, i == s, reader) == null) {
                        break;
                    }
                    int len = i - s + 1;
                    if (arc.isFinal() && i >= p && len >= 2 && len > best) {
                        best = len;
                    }
                }
            }
        } catch (IOException e) {
            return 0; // the FST lives in memory; an I/O error here would be a Lucene bug
        }
        return best;
    }

    private static final class Holder {
        static final DictionaryWords NORI = load();

        private static DictionaryWords load() {
            try {
                return new DictionaryWords(TokenInfoDictionary.getInstance().getFST());
            } catch (RuntimeException e) {
                return NONE;
            }
        }
    }
}
