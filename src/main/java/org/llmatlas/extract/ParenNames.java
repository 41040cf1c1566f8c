package org.llmatlas.extract;

import java.util.regex.Matcher;

/**
 * A faster {@link Matcher#find} for patterns whose matches open with a name written right before an
 * opening parenthesis ({@code Q-Former (BLIP-2)}, {@code Stanford Alpaca(GPT-3로 …)}): a name that holds
 * no comma, no parenthesis and no Hangul, then perhaps spaces, then {@code (} or {@code （}. Such a match
 * can only start after the last of those characters before the first opening parenthesis that follows
 * it, so only those starts are tried. The regular expression scanned every letter of the prose.
 */
final class ParenNames {
    private ParenNames() {}

    /**
     * Finds the next match at or after {@code from}, as {@code m.find()} from there would (the pattern
     * has no anchors or lookaround, so a match tried at a region's start is the match tried at that index).
     */
    static boolean find(Matcher m, String s, int from) {
        for (int open = nextOpen(s, from); open >= 0; open = nextOpen(s, open + 1)) {
            for (int i = Math.max(from, lastBreak(s, open) + 1); i < open; i++) {
                m.region(i, s.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int nextOpen(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（') {
                return i;
            }
        }
        return -1;
    }

    /** The last index before {@code open} of a character a name cannot hold, or -1. */
    private static int lastBreak(String s, int open) {
        for (int i = open - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ',' || c == '(' || c == ')' || c == '（' || c == '）'
                    || c >= 0x1100 && !Character.isSurrogate(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
                return i;
            }
        }
        return -1;
    }
}
