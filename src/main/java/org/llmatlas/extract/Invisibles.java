package org.llmatlas.extract;

import java.util.List;

/**
 * Characters that look like nothing or like a space but would split or corrupt a name: zero-width
 * characters (U+200B..U+200D, U+2060, a BOM inside the text, the soft hyphen U+00AD) are removed;
 * non-breaking and fixed-width spaces (U+00A0, U+2007, U+202F) become a plain space. Line breaks
 * are untouched, so line numbers stay true. Each kind is reported once, with its first line.
 */
final class Invisibles {
    private Invisibles() {}

    static String clean(String text, List<String> problems) {
        StringBuilder out = null;
        int removed = 0;
        int spaces = 0;
        int firstRemoved = -1;
        int firstSpace = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean zeroWidth = c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
            boolean space = c == '\u00A0' || c == '\u2007' || c == '\u202F';
            if (!zeroWidth && !space) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (zeroWidth) {
                firstRemoved = removed++ == 0 ? i : firstRemoved;
            } else {
                firstSpace = spaces++ == 0 ? i : firstSpace;
                out.append(' ');
            }
        }
        if (removed > 0) {
            problems.add(NoteLoader.lineOf(text, firstRemoved) + ": " + removed + " zero-width characters removed");
        }
        if (spaces > 0) {
            problems.add(NoteLoader.lineOf(text, firstSpace) + ": " + spaces + " non-breaking spaces made plain");
        }
        return out == null ? text : out.toString();
    }
}
