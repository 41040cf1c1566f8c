package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.llmatlas.vocab.Atlas;

/** The Markdown shapes of these notes, recognised on a {@link Block}'s raw text. */
final class Layout {
    /** The sentence boundary {@link #sentences} scans for (kept as its specification, and tested against it). */
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[^\\d\\s.][.!?])(?<!(?<![\\p{L}.])(?i:e\\.g|i\\.e|vs|cf)\\.)\\s+|(?<=[.!?][\"')])\\s+"
            + "|(?<=[\\p{IsLatin}][\\- ]?\\d{1,4}[.!?])\\s+|\\n+");
    private static final Pattern TERM = Pattern.compile("^\\*\\*(.+?)\\*\\*\\s*[:：]\\s*(.*)$", Pattern.DOTALL);
    /** {@code **Term:** definition}: the colon inside the bold (no aside). */
    private static final Pattern TERM_COLON_INSIDE = Pattern.compile("^\\*\\*([^*]+?)\\s*[:：]\\*\\*\\s*(.*)$", Pattern.DOTALL);
    /** {@code **Term** — definition}: a dash (em or en, spaced) instead of the colon. */
    private static final Pattern TERM_DASH = Pattern.compile("^\\*\\*([^*]+?)\\*\\*\\s+[—–]\\s+(.*)$", Pattern.DOTALL);
    /**
     * {@code Term — 설명} (or {@code Term = 설명}, {@code Term - 설명}): a cheat-sheet's keyword line, the name plain (a capital or digit in it, an aside in parentheses
     * at most) and a spaced dash before a description in Korean ("TruthfulQA — 817문항 …", "CoVe (Chain-of-Verification) — 초안 → …").
     * Not a roadmap's "Scaling Laws — Chinchilla Scaling", names after the dash.
     */
    private static final Pattern PLAIN_TERM_DASH = Pattern.compile("^([\\p{IsLatin}π][^—–=:*`\\n]{0,58}?)\\s+[—–=-]\\s+(.*\\p{IsHangul}.*)$", Pattern.DOTALL);
    private static final Pattern QUESTION = Pattern.compile(
            "^\\*\\*Q(\\d+)\\.\\s*`?\\[(Easy|Medium|Hard)]`?\\s*(.+?)\\*\\*\\s*$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /** A question written as a heading: "### Q8. [Medium] Chunked prefill은 …?" (the text of the heading). */
    private static final Pattern HEADING_QUESTION = Pattern.compile("^Q(\\d+)\\.\\s*`?\\[(Easy|Medium|Hard)]`?\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOLD_ONLY = Pattern.compile("^\\*\\*([^*]+)\\*\\*\\s*$");
    /**
     * A bullet opening with a name (bold or plain), then at most an aside in parentheses and a colon or dash with
     * more text: "**DeepSeek-V2** (2024.05, 236B)", "Gemma 2 (2B · 9B · 27B)", "OLMo 2 (7B, 13B): OLMo 1의 후속", "BGE-M3 (BAAI)".
     */
    private static final Pattern NAME_HEAD = Pattern.compile(
            "^(?:\\*\\*([^*]{2,60})\\*\\*|([\\p{IsLatin}π][\\p{IsLatin}\\d\\-.]*(?: [\\p{IsLatin}\\d][\\p{IsLatin}\\d\\-.]*){0,3}))"
                    + "\\s*(?:[(（][^()（）]*[)）])?\\s*(?:[:：—–]\\s*.*|\\s[—–]\\s.*)?$", Pattern.DOTALL);
    private static final String USAGE_WORDS = "(?:사용\\s*(?:예시|모델|사례)|적용\\s*(?:모델|사례)|채택\\s*모델|대표\\s*모델|used by|adopted by|models using"
            + "|(?:사용|적용|채택|구현)\\s*(?:시스템|프레임워크|라이브러리|엔진|서비스|제품)|구현체|used in|implementations?)";
    private static final Pattern USAGE_HEAD = Pattern.compile("(?i)^\\*\\*[^*]*" + USAGE_WORDS + "[^*]*\\*\\*\\s*$");
    /** A list item that is a usage head and nothing more, its users in the items below it: "- 사용 모델:", "- 사용 예시:". */
    private static final Pattern USAGE_ITEM = Pattern.compile("(?i)^(?:\\*\\*)?" + USAGE_WORDS + "\\s*[:：]?\\s*(?:\\*\\*)?\\s*[:：]?\\s*$");
    /** A usage list of software rather than models ("사용 시스템:", "구현체:", "Implementations"). */
    private static final Pattern SOFTWARE_USAGE = Pattern.compile("시스템|프레임워크|라이브러리|엔진|서비스|제품|구현체|(?i)implementation");
    private static final Pattern LINK_ONLY = Pattern.compile("^\\[[^\\]]*]\\(([^)]+)\\)\\s*$");
    private static final Pattern FAMILY_SECTION = Pattern.compile("(?i)model famil|representative models|모델\\s*계열|모델\\s*패밀리|^models$");
    /** A section over models: "VLA 모델", "Models", "대표 모델들", "모델 정리", or a family section. */
    private static final Pattern MODEL_SECTION = Pattern.compile(
            "(?i)(?:^|\\s)(?:models?|모델들?)(?:\\s+(?:정리|비교|요약|목록|소개|overview))?$|(?:^|\\s)(?:models?|모델들?)\\s*\\(");
    /** "4.1. ", "2) ", and the slide of slide-by-slide notes: "Slide 6: ", "슬라이드 6 — ". */
    private static final Pattern SECTION_NUMBER = Pattern.compile(
            "^(?:\\d+\\.)+\\d*\\s+|^\\d+\\)\\s+|^(?i:slide|슬라이드)\\s*\\d+(?:\\s*[-~]\\s*\\d+)?\\s*(?:[:.)]|\\s[—–-])\\s*");
    private static final Pattern BENCHMARK_SECTION = Pattern.compile("(?i)benchmark|벤치마크");
    private static final Pattern SKIP_SECTION = Pattern.compile("(?i)^(?:목차|table of contents|contents|materials|toc|참고\\s*자료|references)$");
    private static final Pattern EMOJI = Pattern.compile("[\\p{So}\\p{Cn}\\x{FE0F}\\x{200D}]+");
    private static final Pattern CATEGORY_DASH = Pattern.compile("^([^—–:]+?)\\s+[—–]\\s+(.+)$");
    private static final Pattern PAREN_GROUP = Pattern.compile("^([^(]+?)\\s*\\(([^()]*)\\)$");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern QUESTION_TERM = Pattern.compile("Q\\d+\\..*");
    /** "Stage 1 — SL-CAI", "Stage 2 (Instruction Fine-tuning)", "Step 3: Reward Model", "1단계: SFT". */
    private static final Pattern STAGE = Pattern.compile(
            "(?i)^(?:(?:stage|step|phase)\\s*\\d+|\\d+\\s*단계)\\s*(?:[—–:：-]\\s*(.+)|[(（]\\s*([^()（）]+?)\\s*[)）])$");
    private static final Pattern TOPIC_SPLIT = Pattern.compile("\\s*(?:,|\\s/\\s|\\svs\\.?\\s)\\s*");

    /** "Stage 1에서는 …", "2단계로": a text that speaks of numbered stages. */
    static final Pattern STAGES = Pattern.compile("(?i)\\b(?:stage|step|phase)\\s*\\d|\\d\\s*단계|단계\\s*\\d");

    private Layout() {}

    /** {@link #STAGES} found in {@code text}; tried only where a digit and one of its words occur. */
    static boolean speaksOfStages(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length() && !digit; i++) {
            digit = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        return digit && (text.contains("단계") || hasStageWord(text)) && STAGES.matcher(text).find();
    }

    /** "stage", "step" or "phase" in any ASCII case. */
    private static boolean hasStageWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if (c == 's' && (text.regionMatches(true, i, "stage", 0, 5) || text.regionMatches(true, i, "step", 0, 4))
                    || c == 'p' && text.regionMatches(true, i, "phase", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    record Term(String name, String definition) {}

    record QuestionHead(int number, String difficulty, String text) {}

    /** {@code **Term (Long)**: definition} (also with the colon inside the bold). */
    static Term term(String raw) {
        if (!raw.startsWith("**")) {
            return plainTerm(raw);
        }
        Matcher m = TERM.matcher(raw);
        if (!m.matches()) {
            m = TERM_COLON_INSIDE.matcher(raw);
            if (!m.matches()) {
                m = TERM_DASH.matcher(raw);
                if (!m.matches()) {
                    return null;
                }
            }
        }
        String name = m.group(1).strip();
        if (name.isEmpty() || name.length() > 80 || name.startsWith("Q") && QUESTION_TERM.matcher(name).matches()) {
            return null;
        }
        String definition = m.group(2);
        return new Term(name, (definition.indexOf('\n') < 0 ? definition : LINE_BREAK.matcher(definition).replaceAll(" ")).strip());
    }

    private static final Pattern MARKED_TERM = Pattern.compile("\\d|\\p{Lu}.*\\p{Lu}");

    /** {@link #PLAIN_TERM_DASH}: only tried on a line with a spaced dash after a name-like opening. */
    private static Term plainTerm(String raw) {
        int dash = raw.indexOf(" — ");
        if (dash < 0) {
            dash = raw.indexOf(" – ");
        }
        if (dash < 0) {
            dash = raw.indexOf(" = "); // "QLoRA = 4bit로 양자화한 base model + LoRA"
        }
        if (dash < 0) {
            dash = raw.indexOf(" - "); // "Aardv-9 - DPO를 사용함": a hyphen typed for the dash
        }
        if (dash < 2 || dash > 60 || !Names.startsLatinOrGreek(raw)) {
            return null;
        }
        Matcher m = PLAIN_TERM_DASH.matcher(raw);
        if (!m.matches() || !Names.isNameLike(Lexicon.withoutParenthesis(m.group(1))) || m.group(1).contains(" vs")) {
            return null; // "RLHF vs RLAIF — …" sets two things against each other, it defines neither
        }
        if (raw.charAt(dash + 1) == '=' && !MARKED_TERM.matcher(m.group(1)).find()) {
            return null; // "Hybrid = SSM의 효율 + …" glosses a word; "QLoRA = …" defines a name (a digit or a second capital)
        }
        return new Term(m.group(1).strip(), LINE_BREAK.matcher(m.group(2)).replaceAll(" ").strip());
    }

    private static final Pattern VERSUS = Pattern.compile("\\s+vs\\.?\\s+");

    /**
     * "MT-Bench vs Chatbot Arena — GPT-4 judge가 채점 vs 사람 투표 기반 Elo": two names set against each other, then what each is
     * in the same order: the pairs (name, what is said of it), or an empty list when the line is no such pair.
     */
    static List<Term> pairedVersus(String raw) {
        int dash = raw.indexOf(" — ");
        if (dash < 0 || !raw.contains(" vs") || !Names.startsLatinOrGreek(raw)) {
            return List.of();
        }
        String[] names = VERSUS.split(raw.substring(0, dash).strip());
        String[] said = VERSUS.split(raw.substring(dash + 3).strip());
        if (names.length != 2 || said.length != 2 || !Names.isNameLike(names[0]) || !Names.isNameLike(names[1])) {
            return List.of();
        }
        return List.of(new Term(names[0].strip(), said[0].strip()), new Term(names[1].strip(), said[1].strip()));
    }

    /** The name of a stage written with its ordinal ("SL-CAI" of "Stage 1 — SL-CAI"), or null when the name is no such stage. */
    static String stageName(String name) {
        Matcher m = STAGE.matcher(name.strip());
        return m.matches() ? (m.group(1) != null ? m.group(1) : m.group(2)).strip() : null;
    }

    static QuestionHead question(String raw) {
        if (!raw.startsWith("**") || raw.length() < 3 || (raw.charAt(2) != 'Q' && raw.charAt(2) != 'q')) {
            return null; // "**Q…", case-insensitive
        }
        Matcher m = QUESTION.matcher(raw);
        if (!m.matches()) {
            return null;
        }
        String difficulty = m.group(2).substring(0, 1).toUpperCase() + m.group(2).substring(1).toLowerCase();
        return new QuestionHead(Integer.parseInt(m.group(1)), difficulty, SPACES.matcher(m.group(3)).replaceAll(" ").strip());
    }

    /** A heading that is a question with its difficulty ("Q8. [Medium] …"), or null. */
    static QuestionHead headingQuestion(String heading) {
        String label = headingLabel(heading);
        if (label.isEmpty() || label.charAt(0) != 'Q' && label.charAt(0) != 'q') {
            return null;
        }
        Matcher m = HEADING_QUESTION.matcher(label);
        if (!m.matches()) {
            return null;
        }
        String difficulty = m.group(2).substring(0, 1).toUpperCase() + m.group(2).substring(1).toLowerCase();
        return new QuestionHead(Integer.parseInt(m.group(1)), difficulty, SPACES.matcher(m.group(3)).replaceAll(" ").strip());
    }

    /** The name a bullet opens with when nothing but an aside and a colon or dash follows it ({@link #NAME_HEAD}), or null. */
    static String nameHead(String raw) {
        Matcher m = raw.isEmpty() || raw.charAt(0) != '*' && !Names.startsLatinOrGreek(raw) ? null : NAME_HEAD.matcher(raw);
        return m == null || !m.matches() ? null : (m.group(1) != null ? m.group(1) : m.group(2)).strip();
    }

    /** The aside right after a name head, with a release month in it: "**Octo** (UC Berkeley 외, 2024.05)", "Qwen2-VL (2024-09)". */
    private static final Pattern RELEASE_ASIDE = Pattern.compile(
            "^(?:\\*\\*[^*]{2,60}\\*\\*|[^(（*:：]{2,60}?)\\s*[(（][^()（）]*(?<!\\d)(?:19|20)\\d\\d[.\\-/](?:0?[1-9]|1[0-2])(?!\\d)[^()（）]*[)）]");

    /** A name head whose aside dates a release ({@link #RELEASE_ASIDE}): a timeline's model, whatever the section. */
    static boolean isDatedRelease(String raw) {
        return raw.indexOf('(') + raw.indexOf('（') > -2 && RELEASE_ASIDE.matcher(raw).lookingAt() && nameHead(raw) != null;
    }

    /** The text of a paragraph that is bold and nothing else ("**해결책: GQA**"), or null. */
    static String boldOnly(String raw) {
        if (!raw.startsWith("**")) {
            return null;
        }
        Matcher m = BOLD_ONLY.matcher(raw);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * The type of what a usage head lists ({@code **사용 모델:**} models, {@code **사용 시스템:**} software, a
     * concept), or null when the paragraph is no usage head.
     */
    static Resource usageHeadType(String raw) {
        if (!raw.startsWith("**") || !USAGE_HEAD.matcher(raw).matches()) {
            return null;
        }
        return SOFTWARE_USAGE.matcher(raw).find() ? Atlas.Concept : Atlas.Model;
    }

    /** The type of what a usage item ({@link #USAGE_ITEM}) lists, as {@link #usageHeadType}; null for any other item. */
    static Resource usageItemType(String raw) {
        if (raw.length() > 40 || !Clauses.hasAny(raw, "사용", "적용", "채택", "대표", "구현", "used", "Used", "adopted", "Adopted", "models", "Models", "mplementation")
                || !USAGE_ITEM.matcher(raw).matches()) {
            return null;
        }
        return SOFTWARE_USAGE.matcher(raw).find() ? Atlas.Concept : Atlas.Model;
    }

    /** The target of a paragraph that is a single link ({@code [`x.md`](x.md)}), or null. */
    static String linkOnly(String raw) {
        if (!raw.startsWith("[")) {
            return null;
        }
        Matcher m = LINK_ONLY.matcher(raw);
        return m.matches() ? m.group(1) : null;
    }

    static boolean isLinkList(String raw) {
        return raw.startsWith("[") && raw.contains("](");
    }

    static boolean isFamilySection(String heading) {
        return FAMILY_SECTION.matcher(heading).find();
    }

    /** A heading that only says it lists models: "모델", "주요 모델", "VLA 모델들", "Open Models" (not "보상 모델", a kind). */
    private static final Pattern MODEL_LIST_SECTION = Pattern.compile("(?i)(?:(?:주요|대표|대표적인|오픈소스|공개|최신|LLM|VLM|VLA|언어|멀티모달"
            + "|open|open-source|open-weight|representative|notable|key|main|popular|recent)\\s+)*(?:모델들?|models?)");

    static boolean isModelListSection(String heading) {
        return MODEL_LIST_SECTION.matcher(headingName(heading)).matches();
    }

    static boolean isModelSection(String heading) {
        return isFamilySection(heading) || MODEL_SECTION.matcher(headingName(heading)).find();
    }

    /** A heading's label without its section number: "4.1. OpenVLA", "Slide 9: OpenVLA" → "OpenVLA". */
    static String headingName(String heading) {
        String name = SECTION_NUMBER.matcher(headingLabel(heading)).replaceFirst("").strip();
        return name.endsWith(")") || name.endsWith("）") ? SLIDE_REFERENCE.matcher(name).replaceFirst("") : name;
    }

    /** "Mixed Precision (slide 5~11)", "ZeRO (p. 12)", "FSDP (슬라이드 20-24)": where the lecture shows it, not part of the name. */
    private static final Pattern SLIDE_REFERENCE = Pattern.compile(
            "\\s*[(（]\\s*(?i:slides?|슬라이드|pp?\\.|pages?)\\s*\\d+(?:\\s*[-~～–]\\s*\\d+)?\\s*[)）]$");

    static boolean isBenchmarkSection(String heading) {
        return BENCHMARK_SECTION.matcher(heading).find();
    }

    static boolean isSkipSection(String heading) {
        return SKIP_SECTION.matcher(heading.strip()).matches();
    }

    /** A heading as a label: emoji and Markdown removed. */
    static String headingLabel(String heading) {
        String s = EMOJI.matcher(heading.replace("**", "").replace("`", "")).replaceAll("").strip();
        return s.isEmpty() ? heading.strip() : s;
    }

    /**
     * The topics of a roadmap line ("Self-Attention, Multi-Head Attention, Cross-Attention",
     * "Probability Basics — MLE, Cross-Entropy", "Activation Functions (GELU, SiLU)"), or an empty
     * list when the line is prose rather than a list of topics.
     */
    static List<String> topicList(String raw) {
        List<String> out = new ArrayList<>();
        if (Names.hasHangul(raw) || raw.contains("**") || raw.contains("](") || raw.endsWith(".") || raw.contains(":")
                || raw.contains("→") || raw.contains("->")) {
            return out; // "Kite-1(2024.03) → Kite-2(2025.01)": a lineage, read as a sentence
        }
        String line = raw.replace("`", "").strip();
        Matcher dash = CATEGORY_DASH.matcher(line);
        if (dash.matches()) {
            out.add(dash.group(1).strip());
            line = dash.group(2);
        }
        Matcher group = PAREN_GROUP.matcher(line);
        if (group.matches() && group.group(2).contains(",")) {
            out.add(group.group(1).strip());
            line = group.group(2);
        } else if (group.matches() && group.group(2).contains(" vs")) {
            line = group.group(1); // "(Continuous vs Discrete)" qualifies the topic, it names no topics
        }
        for (String part : TOPIC_SPLIT.split(line)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (SPACES.split(p).length > 6 || !Names.startsLatinOrGreek(p)) {
                return List.of();
            }
            out.add(p);
        }
        return out;
    }

    /**
     * Splits prose into sentences at ". " (not inside numbers like 1.5, nor after "e.g.", "i.e.", "vs.", "cf.") and at line breaks: a run of
     * whitespace ends a sentence after {@code [.!?]} (itself after a character that is not a digit,
     * space or dot) or after {@code [.!?]} and a closing quote or parenthesis, and wherever it holds a
     * line break. Scanned by hand: this runs on every line of prose ({@link #SENTENCE_END} is the same rule).
     */
    static List<String> sentences(String text) {
        return sentences(text, Integer.MAX_VALUE);
    }

    /** The first of {@link #sentences}, or "" when there is none (the rest of the text is not split). */
    static String firstSentence(String text) {
        List<String> first = sentences(text, 1);
        return first.isEmpty() ? "" : first.get(0);
    }

    /** The first {@code max} {@link #sentences} (fewer when the text has fewer). */
    private static List<String> sentences(String text, int max) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            if (!isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            boolean lineBreak = false;
            while (j < n && isSpace(text.charAt(j))) {
                lineBreak |= text.charAt(j) == '\n';
                j++;
            }
            if (lineBreak || endsSentence(text, i)) {
                addSentence(out, text, start, i);
                if (out.size() == max) {
                    return out;
                }
                start = j;
            }
            i = j;
        }
        addSentence(out, text, start, n);
        return out;
    }

    /** The whitespace run at {@code i} follows the end of a sentence. */
    private static boolean endsSentence(String text, int i) {
        if (i < 2) {
            return false;
        }
        char before = text.charAt(i - 2);
        char last = text.charAt(i - 1);
        if (isStop(last)) {
            if (before >= '0' && before <= '9') {
                return afterName(text, i - 2); // "Phi-3, Phi-4. 작은 모델": a name ending in a number, not a decimal ("1.5 ") or a count
            }
            return !isSpace(before) && before != '.' && !(last == '.' && abbreviation(text, i - 1));
        }
        return isStop(before) && (last == '"' || last == '\'' || last == ')');
    }

    /** The digits ending at {@code last} (at most 4) follow a Latin letter, maybe through a hyphen or a space: "Phi-4", "Qwen2", "Llama 3". */
    private static boolean afterName(String text, int last) {
        int j = last;
        while (j >= 0 && last - j < 4 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
            j--;
        }
        if (j < 0 || text.charAt(j) >= '0' && text.charAt(j) <= '9') {
            return false;
        }
        if ((text.charAt(j) == '-' || text.charAt(j) == ' ') && j > 0) {
            j--;
        }
        return Character.UnicodeScript.of(text.charAt(j)) == Character.UnicodeScript.LATIN;
    }

    private static final String[] ABBREVIATIONS = {"e.g", "i.e", "vs", "cf"};

    /** "e.g.", "i.e.", "vs.", "cf." end at the dot at {@code dot}: an abbreviation, not the end of a sentence. */
    private static boolean abbreviation(String text, int dot) {
        for (String a : ABBREVIATIONS) {
            int from = dot - a.length();
            if (from >= 0 && text.regionMatches(true, from, a, 0, a.length())
                    && (from == 0 || !Character.isLetter(text.charAt(from - 1)) && text.charAt(from - 1) != '.')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** Regex {@code \s}: ASCII whitespace. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void addSentence(List<String> out, String text, int from, int to) {
        String s = text.substring(from, to);
        if (!s.isBlank()) {
            out.add(s.strip());
        }
    }
}
