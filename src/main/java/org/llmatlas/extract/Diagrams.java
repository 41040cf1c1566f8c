package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the two shapes of a plain-text diagram (a fenced block without a language) that state relations
 * the way prose does. Everything else in a diagram (pseudo-code, tables of figures, boxes) is left unread:
 * a line with box-drawing characters or a colon is no name.
 * <ul>
 *   <li>A column of names joined by arrow-only lines, read as the arrow chain it draws:
 *   <pre>
 *   Sinusoidal (고정 수식)
 *     ↓
 *   RoPE (회전 변환) ← 현대 표준!      →  "Sinusoidal → RoPE"
 *   </pre></li>
 *   <li>A list of parts under a components label ({@code Components (4개):}, {@code 구성 요소:}):
 *   {@code 1. Policy Model (LLM): 텍스트 생성} names the part "Policy Model".</li>
 * </ul>
 */
final class Diagrams {
    /** A chain drawn down the page: the first name's line and the chain written as a sentence ("A → B → C"). */
    record Chain(int line, String sentence) {}

    /** A part named on a line of a components list. */
    record Part(int line, String name) {}

    /** A line of arrows and bars only: "↓", "  │", "⬇". */
    private static final Pattern CONNECTOR = Pattern.compile("[↓⬇⇓▼|│]+");
    /** A remark after the name: "← 현대 표준!", "# comment". */
    private static final Pattern REMARK = Pattern.compile("\\s*(?:←|<-|#).*$");
    /** A parenthesis closing the line: "(고정 수식)", "(attention에 직접)". */
    private static final Pattern ASIDE = Pattern.compile("\\s*[(（][^()（）]*[)）]\\s*$");
    /** One to four words, the first Latin, with at most a slash group: "T5 Bias / ALiBi", "RoPE", "Flash Attention 2". */
    private static final Pattern NAME_LINE = Pattern.compile(
            "[\\p{IsLatin}][\\p{IsLatin}\\d.\\-]*(?:\\s*/\\s*[\\p{IsLatin}\\d][\\p{IsLatin}\\d.\\-]*|\\s[\\p{IsLatin}\\d][\\p{IsLatin}\\d.\\-]*){0,3}");
    /** "Components (4개):", "Components:", "구성 요소:", "구성:". */
    private static final Pattern COMPONENTS_LABEL = Pattern.compile(
            "(?i)(?:components?|구성\\s*요소|구성)\\s*(?:[(（][^()（）]*[)）])?\\s*[:：]");
    /** "1. Policy Model (LLM): 텍스트 생성", "- Reward Model": an item and its text. */
    private static final Pattern ITEM = Pattern.compile("\\s*(?:\\d+[.)]|[-*•])\\s+(.+)");
    /** Where an item's name ends: a parenthesis, a colon, a dash of explanation, or Korean text. */
    private static final Pattern NAME_END = Pattern.compile("\\s*(?:[(（:：]|\\s[-—–]\\s|\\p{IsHangul}).*$");

    /** A table of results: the names in its header's parenthesis, and the labels of its "label: value" rows. */
    record Results(int line, List<String> names, List<Row> rows) {}

    /** A "label: value" row of a results table. */
    record Row(int line, String label, String value) {}

    /** "실험 결과 (MATH benchmark):", "성능 (MMLU, GSM8K)", "Results (HumanEval):": results on what the parenthesis names. */
    private static final Pattern RESULTS_HEAD = Pattern.compile(
            "(?i)(?:실험\\s*|평가\\s*|벤치마크\\s*)?결과|성능|(?:benchmark\\s+|evaluation\\s+)?results?");
    private static final Pattern RESULTS_LINE = Pattern.compile(
            "\\s*(?:" + RESULTS_HEAD.pattern() + ")\\s*[(（]([^()（）]+)[)）]\\s*[:：]?\\s*");
    /** "Zephyr-7B (DPO): 7.34", "Speedup: 2.4배": a row's label before its colon, and a value after it. */
    private static final Pattern ROW = Pattern.compile("\\s*(?:[-*•]\\s+)?([\\p{IsLatin}][^:：]{0,40}?)\\s*[:：]\\s*(\\S.*)");

    /** "1. Draft Model: …", "Step 2: Reward Model 학습", "Stage 1 — SFT": a numbered step and its text. */
    private static final Pattern STEP = Pattern.compile("(?i)\\s*(?:(?:step|stage|단계)\\s*\\d+\\s*[:.)：—–-]|\\d+[.)])\\s*(\\S.*)");
    /** "- Base: Mistral 7B 구조", "- Vision encoder: Frozen (CLIP)": a role of Latin words and what fills it. */
    private static final Pattern ROLE_LINE = Pattern.compile("\\s*(?:[-*•]\\s+)?(\\p{IsLatin}[\\p{IsLatin} ]{0,24}?)\\s*[:：]\\s*(\\S.*)");

    /** A role line of a diagram: the role and its value. */
    record Role(int line, String role, String value) {}

    /** "(Bi-encoder)", "(Cross-encoder)": a parenthesis holding a name in Latin letters (not "(검색)", "(128 experts)"). */
    private static final Pattern LATIN_ASIDE = Pattern.compile("[(（](\\p{IsLatin}[\\p{IsLatin}\\d .\\-]{0,40})[)）]");

    /** "1. MT-Bench", "2. AlpacaEval 2:", "- MMLU: 57개 과목": an item naming something, with its own text after a colon or none. */
    private static final Pattern NAMED_ITEM = Pattern.compile("\\s*(?:\\d+[.)]|[-*•])\\s+([\\p{IsLatin}][\\p{IsLatin}\\d .\\-]{0,30}?)\\s*(?:[:：]\\s*(\\S.*))?");
    /** "   - GPT-4가 judge로 채점": a more indented item under it. */
    private static final Pattern SUB_ITEM = Pattern.compile("(\\s+)(?:[-*•]|\\d+[.)])\\s+(\\S.*)");

    /** What a diagram says about a named item: the text after its colon and the items indented under it. */
    record Described(int line, String name, String text) {}

    private Diagrams() {}

    /** The named items of a diagram with what is said of each ("1. MT-Bench" / "   - GPT-4가 judge로 …"). */
    static List<Described> described(String content, int firstLine) {
        String[] lines = content.split("\n", -1);
        List<Described> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher named = NAMED_ITEM.matcher(lines[i]);
            if (!named.matches()) {
                continue;
            }
            String name = named.group(1).strip();
            if (named.group(2) != null) {
                out.add(new Described(firstLine + i, name, named.group(2)));
            }
            int indent = lines[i].length() - lines[i].stripLeading().length();
            for (int j = i + 1; j < lines.length; j++) {
                Matcher sub = SUB_ITEM.matcher(lines[j]);
                if (!sub.matches() || sub.group(1).length() <= indent) {
                    break;
                }
                out.add(new Described(firstLine + j, name, sub.group(2)));
            }
        }
        return out;
    }

    /** The names a diagram's lines hold in parentheses: "- Candidate Retrieval (Bi-encoder)" → Bi-encoder. */
    static List<Part> asides(String content, int firstLine) {
        String[] lines = content.split("\n", -1);
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf('(') < 0 && lines[i].indexOf('（') < 0) {
                continue;
            }
            Matcher m = LATIN_ASIDE.matcher(lines[i]);
            while (m.find()) {
                out.add(new Part(firstLine + i, m.group(1).strip()));
            }
        }
        return out;
    }

    /**
     * The steps of a diagram that is a column of numbered steps joined by arrows from its first line ("1. Draft Model: …" /
     * "↓" / "2. Target Model: …"): the name each step opens with (before a colon, a parenthesis or Korean text). A diagram
     * that opens otherwise ("User: …", then "Agent Flow:") is a flow of actors, not the stages of one thing; a step not
     * reached by an arrow ends the column.
     */
    static List<Part> steps(String content, int firstLine) {
        String[] lines = content.split("\n", -1);
        List<Part> out = new ArrayList<>();
        boolean joined = true; // an arrow since the last step (the first needs none)
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (CONNECTOR.matcher(line).matches()) {
                joined = true;
                continue;
            }
            Matcher step = out.isEmpty() || joined ? STEP.matcher(lines[i]) : null;
            if (step != null && step.matches()) {
                out.add(new Part(firstLine + i, NAME_END.matcher(step.group(1)).replaceFirst("").strip()));
                joined = false;
            } else if (out.isEmpty()) {
                return List.of(); // the diagram does not open on a step
            } else if (!lines[i].startsWith(" ") && !lines[i].startsWith("\t") && !joined) {
                break; // an unindented line that is no step: the column has ended
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** The role lines of a diagram: "- Routing: Top-2", "Attention: GQA + Sliding Window Attention". */
    static List<Role> roles(String content, int firstLine) {
        String[] lines = content.split("\n", -1);
        List<Role> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf(':') < 0 && lines[i].indexOf('：') < 0) {
                continue;
            }
            Matcher m = ROLE_LINE.matcher(lines[i]);
            if (m.matches()) {
                out.add(new Role(firstLine + i, m.group(1).strip(), m.group(2).strip()));
            }
        }
        return out;
    }

    /**
     * The results tables of a diagram: under a header line naming what was measured ("실험 결과 (MATH benchmark):"), its rows
     * up to the next blank line; or the whole diagram when the bold label over it (on {@code labelLine}; may be null) is such a header.
     */
    static List<Results> results(String content, int firstLine, String label, int labelLine) {
        List<Results> out = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        Matcher head = label == null ? null : RESULTS_LINE.matcher(label);
        if (head != null && head.matches()) {
            out.add(new Results(labelLine, names(head.group(1)), rows(lines, 0, firstLine)));
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf('(') < 0 && lines[i].indexOf('（') < 0) {
                continue; // a header names what was measured in parentheses
            }
            Matcher m = RESULTS_LINE.matcher(lines[i]);
            if (m.matches()) {
                out.add(new Results(firstLine + i, names(m.group(1)), rows(lines, i + 1, firstLine)));
            }
        }
        return out;
    }

    private static List<String> names(String listed) {
        List<String> out = new ArrayList<>();
        for (String n : listed.split("\\s*[,，、]\\s*")) {
            if (!n.isBlank()) {
                out.add(n.strip());
            }
        }
        return out;
    }

    /** The labels of the "label: value" rows from {@code from} to the next blank line. */
    private static List<Row> rows(String[] lines, int from, int firstLine) {
        List<Row> out = new ArrayList<>();
        for (int j = from; j < lines.length && !lines[j].isBlank(); j++) {
            Matcher row = ROW.matcher(lines[j]);
            if (row.matches()) {
                out.add(new Row(firstLine + j, row.group(1).strip(), row.group(2).strip()));
            }
        }
        return out;
    }

    /** The chains drawn down the page in a diagram whose first line is {@code firstLine}. */
    static List<Chain> chains(String content, int firstLine) {
        List<Chain> out = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        List<String> names = new ArrayList<>();
        int start = 0;
        boolean joined = false; // a connector since the last name
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!names.isEmpty() && CONNECTOR.matcher(line).matches()) {
                joined = true;
                continue;
            }
            String name = ASIDE.matcher(REMARK.matcher(line).replaceFirst("")).replaceFirst("").strip();
            boolean isName = !name.isEmpty() && NAME_LINE.matcher(name).matches();
            if (isName && joined) {
                names.add(name);
                joined = false;
                continue;
            }
            chainEnds(names, firstLine + start, out); // a name right after another, without a connector, starts a new column
            joined = false;
            if (isName) {
                names.add(name);
                start = i;
            }
        }
        chainEnds(names, firstLine + start, out);
        return out;
    }

    private static void chainEnds(List<String> names, int line, List<Chain> out) {
        if (names.size() >= 2) {
            out.add(new Chain(line, String.join(" → ", names)));
        }
        names.clear();
    }

    /** The parts listed under each components label of a diagram. */
    static List<Part> components(String content, int firstLine) {
        List<Part> out = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!COMPONENTS_LABEL.matcher(lines[i].strip()).matches()) {
                continue;
            }
            for (int j = i + 1; j < lines.length; j++) {
                Matcher item = ITEM.matcher(lines[j]);
                if (!item.matches()) {
                    break;
                }
                String name = NAME_END.matcher(item.group(1)).replaceFirst("").strip();
                if (!name.isEmpty()) {
                    out.add(new Part(firstLine + j, name));
                }
            }
        }
        return out;
    }
}
