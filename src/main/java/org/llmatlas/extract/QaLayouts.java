package org.llmatlas.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other ways Q&A lists write an item, read as the seeds' {@code **Qn. `[Medium]` question**}: the difficulty
 * before or after the question ({@code **Q. 질문? `[Medium]`**}, {@code ### Q9. 질문? — [Hard]},
 * {@code ### [Medium] Q7. 질문?}, {@code **[Easy] Q1. 질문?**}, {@code (Medium)}), no number ({@code **Q. [Easy] …**}: the next after the last),
 * the answer on the question's next line ({@code A: …}, {@code A. …}; also under a plain {@code Q5. (Medium) 질문?}), and a list of {@code - Q: …} / {@code - A: …} items. A
 * question needs its difficulty (every question has one: "[Hard]", "(Medium)", stars "★★★", Korean "(난이도: 하)"); a line
 * without one is left as it is; a bold question may carry it after the bold ({@code **Q: 질문?** `[Easy]`}). Every pattern is
 * tried only on a text that opens with "Q", "**Q" or a difficulty, so other blocks cost one character test.
 */
final class QaLayouts {
    private static final String LEVEL = "(Easy|Medium|Hard)";
    /** A difficulty: "[Medium]", "`[Medium]`", "(Medium)". */
    private static final String DIFFICULTY = "`?[\\[(]" + LEVEL + "[\\])]`?";
    /** "Q", "Q7", "Q7." , "Q:", "Q7)": the question marker and its number, if any. */
    private static final String MARKER = "Q(\\d*)(?:[.:：)]|(?=\\s))";
    /** Marker and difficulty in either order, then the question; or the question, then its difficulty (after a dash). */
    private static final Pattern HEAD = Pattern.compile(
            "(?:" + MARKER + "\\s*" + DIFFICULTY + "|" + DIFFICULTY + "\\s*" + MARKER + ")\\s*(.+?)"
                    + "|" + MARKER + "\\s*(.+?)\\s*(?:[—–-]\\s*)?" + DIFFICULTY,
            Pattern.CASE_INSENSITIVE);
    /** The first line of a paragraph in bold, the question: "**Q. [Easy] Scaling law란?**". */
    private static final Pattern BOLD_LINE = Pattern.compile("\\*\\*((?:Q|`?[\\[(])[^*\\n]+)\\*\\*\\s*");
    /** "A:", "답:", "→ 답:", "Answer:", "A." before an answer. */
    private static final Pattern ANSWER_LABEL = Pattern.compile(
            "^(?:→\\s*)?(?:\\*\\*)?(?:(?:답|A|Answer)\\s*[:：]|(?:답|A)\\.(?=\\s|$))(?:\\*\\*)?\\s*", Pattern.CASE_INSENSITIVE);

    /** "★★", "★☆☆": a difficulty written as stars (one easy, two medium, three or more hard). */
    private static final Pattern STARS = Pattern.compile("(★+)☆*");
    /** "(난이도: 상)", "[난이도 중]", "난이도: 어려움": a difficulty written in Korean. */
    private static final Pattern KOREAN_LEVEL = Pattern.compile(
            "[\\[(]?\\s*난이도\\s*[:：]?\\s*(하|중|상|쉬움|보통|어려움)\\s*[\\])]?");

    /** A question head read from one line of text. */
    record Head(int number, String difficulty, String text) {
        /** The seeds' shape, which {@link Layout#question} reads. */
        String canonical() {
            return "**Q" + number + ". `[" + difficulty + "]` " + text + "**";
        }
    }

    /** The number of the last question read: an item without one is the next. */
    private int last;

    /** The question a line holds ("Q7. [Medium] …", "[Medium] Q7. …", "Q. … — [Hard]", "Q: … (Medium)"), or null. */
    Head head(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.charAt(0) != 'Q' && s.charAt(0) != 'q' && s.charAt(0) != '[' && s.charAt(0) != '`' && s.charAt(0) != '(') {
            return null;
        }
        Matcher m = HEAD.matcher(s.indexOf('★') < 0 && !s.contains("난이도") ? s : levels(s));
        if (!m.matches()) {
            return null;
        }
        String number = first(m, 1, 4, 6);
        String level = first(m, 2, 3, 8);
        String text = first(m, 5, 5, 7);
        if (text == null || text.isBlank()) {
            return null;
        }
        return new Head(number(number), level.substring(0, 1).toUpperCase() + level.substring(1).toLowerCase(), text.strip());
    }

    /** The line with its stars and Korean difficulty ("★★★", "(난이도: 하)") written as "[Hard]", "[Easy]". */
    static String levels(String line) {
        String s = STARS.matcher(line).replaceAll(r -> "[" + (r.group(1).length() == 1 ? "Easy" : r.group(1).length() == 2 ? "Medium" : "Hard") + "]");
        return KOREAN_LEVEL.matcher(s).replaceAll(r -> switch (r.group(1)) {
            case "하", "쉬움" -> "[Easy]";
            case "중", "보통" -> "[Medium]";
            default -> "[Hard]";
        });
    }

    /** A question in the seeds' own shape, seen as it is: later questions without a number follow it. */
    void seen(Layout.QuestionHead q) {
        last = Math.max(last, q.number());
    }

    /**
     * A paragraph opening with a bold question line ("**Q. [Easy] …**", "**Q10. `[Medium]` …**" then "A: …"): the
     * question and the answer's first paragraph (null when the paragraph is the question alone); null when it is no such
     * paragraph, or already the seeds' one-line shape.
     */
    String[] boldQuestion(String raw) {
        if (!raw.startsWith("**Q") && !raw.startsWith("**q") && !raw.startsWith("**[") && !raw.startsWith("**`[")
                && !raw.startsWith("**(")) {
            return null;
        }
        Matcher m = BOLD_LINE.matcher(raw);
        if (!m.lookingAt()) {
            return null;
        }
        String rest = raw.substring(m.end()).strip();
        Layout.QuestionHead seeds = Layout.question(raw);
        if (seeds != null) {
            seen(seeds);
            return null; // "**Q3. `[Medium]` …**": the seeds' shape
        }
        Head h = head(m.group(1));
        if (h == null && !rest.isEmpty()) {
            // "**Q: 질문?** `[Medium]`" then "**A:** …": the difficulty written after the bold question
            int br = rest.indexOf('\n');
            h = head(m.group(1) + " " + (br < 0 ? rest : rest.substring(0, br)));
            rest = h == null ? rest : br < 0 ? "" : rest.substring(br + 1).strip();
        }
        return h == null ? null : new String[] {h.canonical(), rest.isEmpty() ? null : answer(rest)};
    }

    /** A list item "Q: [Medium] …?" (maybe "A: …" on its next line), as {@link #boldQuestion} gives; null when it is none. */
    String[] listQuestion(String raw) {
        String s = raw.startsWith("**Q") ? raw.replaceFirst("^\\*\\*(Q\\d*\\s*[.:：)]?)\\*\\*", "$1") : raw;
        if (s.isEmpty() || s.charAt(0) != 'Q' && s.charAt(0) != 'q') {
            return null;
        }
        int br = s.indexOf('\n');
        Head h = head(br < 0 ? s : s.substring(0, br));
        if (h == null) {
            return null;
        }
        return new String[] {h.canonical(), br < 0 ? null : answer(s.substring(br + 1).strip())};
    }

    /** "A: …" as a list item after a question item: the answer's text, else null. */
    static String answerItem(String raw) {
        Matcher m = ANSWER_LABEL.matcher(raw);
        return m.lookingAt() && (raw.charAt(0) != '→' || raw.length() > m.end()) ? raw.substring(m.end()) : null;
    }

    /** A heading that is a question in another order ("[Medium] Q7. …", "Q8. …? [Easy]"), as "Q7. [Medium] …"; else null. */
    String heading(String text) {
        if (Layout.headingQuestion(text) != null) {
            seen(Layout.headingQuestion(text));
            return null;
        }
        Head h = head(Layout.headingLabel(text));
        return h == null ? null : "Q" + h.number() + ". [" + h.difficulty() + "] " + h.text();
    }

    /** The columns of a table of questions: the question, its difficulty, and the answer (if any). */
    private static final Pattern QUESTION_COLUMN = Pattern.compile("(?i)질문|question|^Q$");
    private static final Pattern DIFFICULTY_COLUMN = Pattern.compile("(?i)난이도|difficulty|level");
    private static final Pattern ANSWER_COLUMN = Pattern.compile("(?i)답|answer");
    private static final Pattern LEVEL_CELL = Pattern.compile("(?i)`?\\[?" + LEVEL + "]?`?");
    private static final Pattern NUMBERED = Pattern.compile("^Q(\\d+)[.:)]?\\s*(.+)$");

    /**
     * A table of questions ("| 질문 | 난이도 | 핵심 답 |" over "| Q11. Ring Attention이란? | Hard | … |"): per row, its line's
     * offset in the table, the question in the seeds' shape and its answer (or null); empty when the table is no such table.
     */
    java.util.List<String[]> tableQuestions(String table) {
        String[] rows = table.split("\n");
        java.util.List<String[]> out = new java.util.ArrayList<>();
        if (rows.length < 3) {
            return out;
        }
        String[] header = cells(rows[0]);
        int question = column(header, QUESTION_COLUMN);
        int level = column(header, DIFFICULTY_COLUMN);
        int answer = column(header, ANSWER_COLUMN);
        if (question < 0 || level < 0) {
            return out;
        }
        for (int r = 2; r < rows.length; r++) {
            String[] c = cells(rows[r]);
            Matcher l = level < c.length ? LEVEL_CELL.matcher(c[level]) : null;
            if (question >= c.length || c[question].isEmpty() || l == null || !l.matches()) {
                continue;
            }
            Matcher n = NUMBERED.matcher(c[question]);
            String text = n.matches() ? n.group(2) : c[question];
            String difficulty = l.group(1).substring(0, 1).toUpperCase() + l.group(1).substring(1).toLowerCase();
            Head h = new Head(number(n.matches() ? n.group(1) : null), difficulty, text.strip());
            out.add(new String[] {Integer.toString(r), h.canonical(), answer >= 0 && answer < c.length && !c[answer].isEmpty() ? c[answer] : null});
        }
        return out;
    }

    private static String[] cells(String row) {
        String s = row.strip();
        s = s.startsWith("|") ? s.substring(1) : s;
        s = s.endsWith("|") ? s.substring(0, s.length() - 1) : s;
        String[] c = s.split("\\|", -1);
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i].strip();
        }
        return c;
    }

    private static int column(String[] header, Pattern p) {
        for (int i = 0; i < header.length; i++) {
            if (p.matcher(header[i]).find()) {
                return i;
            }
        }
        return -1;
    }

    private int number(String written) {
        int n = written == null || written.isEmpty() ? last + 1 : Integer.parseInt(written);
        last = Math.max(last, n);
        return n;
    }

    private static String answer(String text) {
        Matcher m = ANSWER_LABEL.matcher(text);
        return m.lookingAt() ? text.substring(m.end()) : text;
    }

    private static String first(Matcher m, int... groups) {
        for (int g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }
}
