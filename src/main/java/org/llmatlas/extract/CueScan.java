package org.llmatlas.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A faster {@link Matcher#find} for a pattern whose matches hold a cue character ({@code (} after a name,
 * {@code 로} after the means of "X로 학습") that nothing between the match's start and the cue can be, and
 * only certain characters there: a match can then only start in the span right before each cue that
 * holds nothing else, so only those starts are tried (the regular expression tried every letter of the prose).
 */
final class CueScan {
    /** What a character may be, judged by position (a surrogate half is no Hangul). */
    private interface CharTest {
        boolean test(char c);
    }

    /** "Q-Former (BLIP-2)", "Stanford Alpaca(GPT-3로 …)": a name (no comma, parenthesis or Hangul), spaces, then the parenthesis. */
    static final CueScan NAME_THEN_PARENTHESIS = new CueScan(c -> c == '(' || c == '（',
            c -> c != ',' && c != '(' && c != ')' && c != '（' && c != '）' && !isHangul(c));

    private final CharTest cue;
    private final CharTest between;

    private CueScan(CharTest cue, CharTest between) {
        this.cue = cue;
        this.between = between;
    }

    /**
     * The scan for {@code pattern} whose cue is the first {@code cue} character of a match, the characters before it
     * being none of {@code breaks} and no Hangul but what the pattern's source spells before {@code cueMarker} (its
     * separators and nouns, and the marker's other letters); null when the source has no such marker or spells the cue before it (the scan would not hold).
     */
    static CueScan before(Pattern pattern, char cue, String cueMarker, String breaks) {
        String source = pattern.pattern();
        int at = source.indexOf(cueMarker);
        if (at < 0 || source.substring(0, at).indexOf(cue) >= 0) {
            return null;
        }
        String spelled = source.substring(0, at) + cueMarker.replace(String.valueOf(cue), ""); // "으" of "으로" too
        return new CueScan(c -> c == cue, c -> breaks.indexOf(c) < 0 && (!isHangul(c) || spelled.indexOf(c) >= 0));
    }

    /**
     * Finds the next match at or after {@code from}, as {@code m.find()} from there would: the pattern's lookbehind
     * sees through the region and its anchors do not move, so a match tried at a region's start is the one tried there.
     */
    boolean find(Matcher m, String s, int from) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int low = from;
        for (int c = next(s, from); c >= 0; c = next(s, c + 1)) {
            int start = c;
            while (start > low && between.test(s.charAt(start - 1))) {
                start--;
            }
            for (int i = start; i < c; i++) {
                m.region(i, s.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
            low = c + 1; // a match starting before this cue has this cue in it
        }
        return false;
    }

    private int next(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (cue.test(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHangul(char c) {
        return c >= 0x1100 && !Character.isSurrogate(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }
}
