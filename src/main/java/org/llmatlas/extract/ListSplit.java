package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a list slot where {@link #PATTERN} does, as {@code PATTERN.split(s)} would, by one scan: the
 * pattern tried every position of every slot (lists are split for most rules of most sentences).
 */
final class ListSplit {
    /** Commas, "및", "and", "또는", "or" between spaces, "와/과" glued to a name; with the spaces around. */
    static final Pattern PATTERN = Pattern.compile("\\s*(?:,|，|、|\\s및\\s|\\sand\\s|\\s또는\\s|\\sor\\s|(?<=[\\p{IsLatin}\\d)])(?:와|과)\\s)\\s*");
    private static final String[] WORDS = {"및", "and", "또는", "or"};

    private ListSplit() {}

    /** {@code PATTERN.split(s)}. */
    static String[] split(String s) {
        List<String> out = new ArrayList<>();
        int index = 0;
        int from = 0;
        int[] match = new int[2];
        while (find(s, from, match)) {
            out.add(s.substring(index, match[0])); // a match is never empty, so a leading one gives ""
            index = match[1];
            from = match[1];
        }
        if (index == 0) {
            return new String[] {s};
        }
        out.add(s.substring(index));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size).toArray(String[]::new);
    }

    /**
     * The leftmost match at or after {@code from}, into {@code match} (start, end). At a start the spaces are taken
     * greedily and given back one by one, as the pattern does: a comma after all of them, a word between the last of
     * them and one more space, or "와/과" right after a Latin letter, a digit or ')' with no space before it.
     */
    private static boolean find(String s, int from, int[] match) {
        for (int i = from; i < s.length(); i++) {
            int run = i;
            while (run < s.length() && isSpace(s.charAt(run))) {
                run++;
            }
            int end = separatorEnd(s, i, run);
            if (end >= 0) {
                while (end < s.length() && isSpace(s.charAt(end))) {
                    end++;
                }
                match[0] = i;
                match[1] = end;
                return true;
            }
        }
        return false;
    }

    /** Where the separator after the spaces {@code [i, run)} ends, or -1 when there is none. */
    private static int separatorEnd(String s, int i, int run) {
        if (run < s.length()) {
            char c = s.charAt(run);
            if (c == ',' || c == '，' || c == '、') {
                return run + 1;
            }
            if ((c == '와' || c == '과') && run == i && run > 0 && glues(s.codePointBefore(run)) && run + 1 < s.length() && isSpace(s.charAt(run + 1))) {
                return run + 2;
            }
        }
        if (run > i) {
            int at = run; // the last space given back: the word starts right after the run
            for (String w : WORDS) {
                if (s.startsWith(w, at) && at + w.length() < s.length() && isSpace(s.charAt(at + w.length()))) {
                    return at + w.length() + 1;
                }
            }
        }
        return -1;
    }

    private static boolean glues(int c) {
        return c >= '0' && c <= '9' || c == ')' || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** {@code \s}: [ \t\n\x0B\f\r]. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
