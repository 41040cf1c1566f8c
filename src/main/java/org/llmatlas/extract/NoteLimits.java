package org.llmatlas.extract;

/**
 * What a note may be before it is parsed, so that one hostile file cannot exhaust memory, the
 * stack or the clock. Flexmark recurses once per nesting level and its thematic-break pattern once
 * per marker character (a line of 100,000 dashes overflows the stack); ordered-list markers on one
 * line take quadratic time. Such notes are refused with the line, never parsed.
 *
 * @param maxBytes  larger files are not read (only their size is looked at)
 * @param maxDepth  deepest container nesting on a line: list and quote markers plus indentation / 2
 * @param maxMarkerRun longest run of {@code - * _} (and blanks) at the start of a line
 */
public record NoteLimits(long maxBytes, int maxDepth, int maxMarkerRun) {
    public static final NoteLimits DEFAULT = new NoteLimits(16L * 1024 * 1024, 64, 256);

    public NoteLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxMarkerRun < 3) {
            throw new IllegalArgumentException("limits must be positive (marker run at least 3)");
        }
    }

    /** The first limit the text breaks, as {@code "line: message"}, or null when it is within them. */
    public String check(String text) {
        boolean fenced = false;
        int line = 0;
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            line++;
            String l = text.substring(start, end);
            String stripped = l.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced) {
                int run = markerRun(l);
                if (run > maxMarkerRun) {
                    return line + ": refused: a run of " + run + " list or rule markers (limit " + maxMarkerRun + ")";
                }
                int depth = depth(l);
                if (depth > maxDepth) {
                    return line + ": refused: nested " + depth + " levels deep (limit " + maxDepth + ")";
                }
            }
            start = end + 1;
        }
        return null;
    }

    private static int markerRun(String l) {
        int i = 0;
        while (i < l.length() && " \t-*_".indexOf(l.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** List and quote markers at the start of the line plus indentation columns / 2: an upper bound of the nesting. */
    static int depth(String l) {
        int markers = 0;
        int blank = 0;
        int i = 0;
        while (i < l.length()) {
            char c = l.charAt(i);
            if (c == ' ' || c == '\t') {
                blank += c == '\t' ? 4 : 1;
                i++;
            } else if (c == '>') {
                markers++;
                i = skipOne(l, i + 1);
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < l.length() && l.charAt(i + 1) == ' ') {
                markers++;
                i += 2;
            } else {
                int d = i;
                while (d < l.length() && d - i < 9 && Character.isDigit(l.charAt(d))) {
                    d++;
                }
                if (d == i || d + 1 >= l.length() || (l.charAt(d) != '.' && l.charAt(d) != ')') || l.charAt(d + 1) != ' ') {
                    break;
                }
                markers++;
                i = d + 2;
            }
        }
        return markers + blank / 2;
    }

    private static int skipOne(String l, int i) {
        return i < l.length() && l.charAt(i) == ' ' ? i + 1 : i;
    }
}
