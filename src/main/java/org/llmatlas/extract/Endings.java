package org.llmatlas.extract;

/**
 * The formal polite style (합니다체) in the plain nominal endings the notes mostly write (함, 됨, 임),
 * so that one set of rules reads both: {@code 사용합니다} → {@code 사용함}, {@code 도입되었습니다} →
 * {@code 도입되었음}, {@code 표준입니다} → {@code 표준임}, {@code 높입니다} → {@code 높임}. The
 * polite ending is the stem's syllable closed by ㅂ (or 습 after a closed stem) and 니다; the nominal
 * ending closes the same syllable by ㅁ (or is 음). Only the text rules read is changed; quotes and
 * definitions keep the note's words.
 */
final class Endings {
    private static final int SYLLABLES = 0xAC00;
    private static final int FINALS = 28;
    private static final int FINAL_B = 17; // ㅂ
    private static final int FINAL_M = 16; // ㅁ

    private Endings() {}

    static String plain(String s) {
        int at = s.indexOf("니다");
        if (at < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int from = 0;
        for (; at >= 0; at = s.indexOf("니다", at + 2)) {
            boolean wordEnd = at + 2 == s.length() || !isSyllable(s.charAt(at + 2));
            if (at == 0 || !wordEnd) {
                continue;
            }
            char stem = s.charAt(at - 1);
            if (stem == '습' && at >= 2 && isSyllable(s.charAt(at - 2))) {
                b.append(s, from, at - 1).append('음'); // 있습니다 → 있음, 했습니다 → 했음
            } else if (isSyllable(stem) && (stem - SYLLABLES) % FINALS == FINAL_B) {
                b.append(s, from, at - 1).append((char) (stem - FINAL_B + FINAL_M)); // 합니다 → 함
            } else {
                continue;
            }
            from = at + 2;
        }
        return from == 0 ? s : b.append(s, from, s.length()).toString();
    }

    /** True when the syllable closes with ㅁ, as a verb turned into a note's nominal ending does ("함", "됨", "침", "통합함"). */
    static boolean closesWithMieum(char c) {
        return isSyllable(c) && (c - SYLLABLES) % FINALS == FINAL_M;
    }

    private static boolean isSyllable(char c) {
        return c >= SYLLABLES && c <= 0xD7A3;
    }
}
