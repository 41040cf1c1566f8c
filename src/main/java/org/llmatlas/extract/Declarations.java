package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.llmatlas.vocab.Atlas;

/**
 * The first pass over all notes: declares every entity a note defines (keyword bullets, family
 * bullets and their members, roadmap topics) so that the second pass resolves names against the
 * whole corpus, whatever order the notes come in.
 */
final class Declarations {
    private static final Pattern FAMILY_TERM = Pattern.compile("(?i)^(.+?)\\s*(?:계열|family|series|시리즈)\\s*(?:[(（]([^()（）]+)[)）])?$");
    private static final Pattern MEMBER = Pattern.compile("^([^()（）]+?)\\s*(?:[(（](.*)[)）])?$", Pattern.DOTALL);
    private static final Pattern BENCHMARK_WORDS = Pattern.compile("(?i)벤치마크|benchmark|평가|문제|dataset|데이터셋");
    static final Pattern BENCHMARK_HEAD = Pattern.compile("(?i)(?:벤치마크|benchmark|평가\\s*(?:방법|도구|데이터셋|세트))(?:임)?\\.?$");
    /** "164개 Python 함수 작성 문제", "8.5K 문제", "500문항 부분집합": a count of problems or questions is a test set. */
    private static final Pattern PROBLEM_COUNT = Pattern.compile("\\d[\\d,.]*\\s*[KkM]?\\s*(?:개\\s*)?(?:[^\\s.]+\\s+){0,4}?(?:문제|문항)");
    /** "… judge로 채점함", "… Bradley-Terry 모델로 점수를 매김": a definition ending on scoring answers or ranking models. */
    private static final Pattern SCORES_ANSWERS = Pattern.compile("(?:채점|(?:점수|순위)를\\s*매김)(?:함|임)?\\.?\\s*$");
    static final Pattern METRIC_HEAD = Pattern.compile("(?i)(?:지표|metric|척도)(?:임)?\\.?$");

    private static final Pattern UNMARKED_FAMILY = Pattern.compile("^(\\p{IsLatin}[^/()（）]*?)\\s*(?:/[^()（）]+)?\\s*(?:[(（]([^()（）]+)[)）])?$");
    private static final Pattern NAME_HEAD_BREAK = Pattern.compile("[\\s/(]");
    private static final Pattern FINAL_DOT = Pattern.compile("\\.$");
    private static final Pattern BARE_VERSION_ANY_CASE = Pattern.compile("(?i)v?\\d+(?:\\.\\d+)*|[A-Z]\\d+(?:\\.\\d+)?");
    private static final Pattern BARE_VERSION = Pattern.compile("v?\\d+(?:\\.\\d+)*|[A-Z]\\d+(?:\\.\\d+)?");
    private static final Pattern RANGE_TAIL = Pattern.compile("[~～]\\d+$");
    private static final Pattern RANGE = Pattern.compile("^(.*?)(\\d+)\\s*[~～]\\s*(\\d+)$");

    private final Lexicon lexicon;

    Declarations(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A family bullet's members with the text in their parentheses. */
    record Member(String name, String detail) {}

    void declare(List<Block> blocks) {
        String section = "";
        boolean skip = false;
        boolean inAnswer = false;
        int modelSection = 0; // the level of the enclosing heading over models, 0 when there is none
        String headingName = null; // the name of the heading just read, until its first paragraph
        int usageDepth = -1; // the depth of the last usage item ("- 사용 모델:") while its list lasts, else -1
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            switch (b.kind()) {
                case HEADING -> {
                    usageDepth = -1;
                    Layout.QuestionHead asked = Layout.headingQuestion(b.raw());
                    if (asked != null) {
                        inAnswer = true; // "### Q8. [Medium] …": a question, not a section
                        declareAsked(asked.text());
                        continue;
                    }
                    section = b.raw();
                    skip = Layout.isSkipSection(Layout.headingLabel(section));
                    inAnswer = false;
                    if (b.level() <= modelSection) {
                        modelSection = 0;
                    }
                    if (Layout.isModelSection(section)) {
                        modelSection = b.level();
                    } else if (!skip) {
                        declareHeadingName(section, b.level() >= 3 && describedBelow(blocks, i + 1), modelSection > 0 ? Atlas.Model : Atlas.Concept);
                    }
                    headingName = skip ? null : Names.stripQualifiers(Layout.headingName(section));
                }
                case PARAGRAPH -> {
                    Layout.QuestionHead q = Layout.question(b.raw());
                    if (q != null) {
                        inAnswer = true;
                        declareAsked(q.text());
                    } else if (!skip && !inAnswer) {
                        declareOpeningSubject(b.raw(), headingName, modelSection > 0 ? Atlas.Model : Atlas.Concept);
                    }
                    headingName = null;
                    declareProseAliases(b.raw(), skip);
                }
                case ITEM -> {
                    if (usageDepth >= b.depth()) {
                        usageDepth = -1;
                    }
                    if (Layout.usageItemType(b.raw()) != null) {
                        usageDepth = b.depth(); // "- 사용 모델:" over its users, read in pass 2: "- Gopher — BF16" names no keyword
                    } else if (!skip && !inAnswer && usageDepth < 0) {
                        declareItem(b.raw(), section);
                        if (i + 1 < blocks.size() && blocks.get(i + 1).kind() == Block.Kind.ITEM && blocks.get(i + 1).depth() > b.depth()) {
                            declareNamedHead(b.raw(), section, modelSection > 0);
                        }
                    }
                    declareProseAliases(b.raw(), skip);
                }
                case TABLE -> {
                    if (!skip) {
                        RelationColumns.declareFamilies(b.raw().split("\n"), lexicon); // "| 모델 | 계열 |": families known to every note
                    }
                }
                default -> { }
            }
        }
        declareAcronymsOfSpelledNames(blocks);
    }

    /** A term spelled out in parentheses after its Korean name: "지식 증류(Knowledge Distillation)와". */
    private static final Pattern SPELLED_OUT = Pattern.compile("(?<=\\p{IsHangul})\\s?\\((\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+){1,3})\\)");

    /**
     * A note that spells a term out once ("지식 증류(Knowledge Distillation)") and writes its acronym elsewhere ("… KD로
     * 사전학습", "Sequence-level KD") names one thing by both, when the acronym is the initials of the words and
     * nothing else has that short name.
     */
    private void declareAcronymsOfSpelledNames(List<Block> blocks) {
        for (Block b : blocks) {
            Matcher m = b.raw().indexOf('(') < 0 ? null : SPELLED_OUT.matcher(b.raw());
            while (m != null && m.find()) {
                String longName = m.group(1);
                StringBuilder acronym = new StringBuilder();
                for (String w : longName.split("[\\s-]")) {
                    acronym.append(w.charAt(0));
                }
                Pattern written = Pattern.compile("(?<![\\p{IsLatin}\\d-])" + acronym + "(?![\\p{IsLatin}\\d])");
                if (lexicon.find(acronym.toString()).isEmpty() && blocks.stream().anyMatch(o -> written.matcher(o.raw()).find())) {
                    lexicon.declare(longName + " (" + acronym + ")", Atlas.Concept, Lexicon.RANK_DEFAULT);
                }
            }
        }
    }

    private void declareItem(String raw, String section) {
        String release = Layout.isDatedRelease(raw) ? Layout.nameHead(raw) : null;
        // "- **Flamingo** (DeepMind, 2022.04) — …" is a model; "- **LLaVA** (…, 2023.04)" stays the family the stem names elsewhere
        if (release != null && Names.isNameLike(release) && lexicon.find(release).filter(e -> e.type().equals(Atlas.ModelFamily)).isEmpty()) {
            lexicon.declare(release, Atlas.Model, Lexicon.RANK_SENTENCE);
            return;
        }
        Layout.Term t = Layout.term(raw);
        if (t != null) {
            declareTerm(t, section);
            return;
        }
        if (raw.indexOf(':') > 1 && raw.indexOf(':') < 9) {
            declareAbbreviations(raw);
        }
        for (String topic : Layout.topicList(raw)) {
            if (!FAMILY_TERM.matcher(topic).matches()) { // "Mixtral Family": the family, found in pass 2
                // "#### 10.1 LLM Benchmarks" over "- MMLU, HellaSwag, WinoGrande": the names listed are benchmarks
                boolean benchmark = Layout.isBenchmarkSection(section) && isBenchmarkName(topic);
                lexicon.declare(topic, benchmark ? Atlas.Benchmark : Atlas.Concept, benchmark ? Lexicon.RANK_SECTION : Lexicon.RANK_DEFAULT);
            }
        }
    }

    /** "ASR: attack success rate (공격 성공률)", "CAI: Constitutional AI": an abbreviation, a colon, what it stands for. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}\\d\\-]{1,7})\\s*[:：]\\s*(\\p{IsLatin}[\\p{IsLatin}\\-]*(?:\\s[\\p{IsLatin}][\\p{IsLatin}\\-]*){1,5})\\s*(?:[(（][^()（）]*[)）])?$");
    private static final Pattern ABBREVIATION_SPLIT = Pattern.compile("\\s+/\\s+");

    /**
     * A glossary of abbreviations ("- RM: reward model / PM: preference model", "- CAI: Constitutional AI"): each names one
     * thing by both, when its letters spell the words out and neither already names something else.
     */
    private void declareAbbreviations(String raw) {
        for (String part : ABBREVIATION_SPLIT.split(raw.strip())) {
            Matcher m = ABBREVIATION.matcher(part);
            if (m.matches() && Lexicon.isAlias(m.group(1), m.group(2)) && lexicon.find(m.group(1)).isEmpty()) {
                lexicon.declare(m.group(2) + " (" + m.group(1) + ")", Atlas.Concept, Lexicon.RANK_DEFAULT);
            }
        }
    }

    /** A heading over a family's models: "## Osprey 계열 (Acme Labs)", "## Gemma family". */
    private static final Pattern FAMILY_WORD = Pattern.compile("(?i)계열|famil");

    /**
     * "- **Osprey-2** (2024.03, 7B)", "- Gemma 2 (2B · 9B): …" over sub-items: a marked name heading a bullet of its own
     * (then only an aside) is a name; a model's under a heading over models or a family, else a concept's.
     */
    private void declareNamedHead(String raw, String section, boolean modelSection) {
        String name = Layout.term(raw) != null ? null : Layout.nameHead(raw);
        if (name == null || !Names.isNameLike(name)) {
            return;
        }
        // under a heading over models or a family the section says what it is ("NV-Embed (NVIDIA, 2024)"; the bullet was
        // also read as a topic list, a concept by default); elsewhere only a marked name ("BGE-M3", "OLMo 2") is one
        if (modelSection || Layout.isFamilySection(section) || FAMILY_WORD.matcher(Layout.headingName(section)).find()) {
            lexicon.declare(name, Atlas.Model, Lexicon.RANK_SECTION);
        } else if (MARKED_NAME.matcher(name).find() && lexicon.find(name).isEmpty()) {
            lexicon.declare(name, Atlas.Concept, Lexicon.RANK_DEFAULT);
        }
    }

    /** "Toolformer는 …", "SWE-bench는 …": a paragraph opening with a name as its topic. */
    private static final Pattern OPENING_SUBJECT = Pattern.compile("^([\\p{IsLatin}][\\p{IsLatin}\\d\\-]*(?: [\\p{Lu}\\d][\\p{IsLatin}\\d\\-]*)?)(?:은|는)\\s");
    /** "… 구성된 벤치마크입니다.", "… 발표한 모델로,": the first sentence says what kind of thing the topic is. */
    private static final Pattern KIND_STATED = Pattern.compile("^[^.\\n]{0,160}?\\s(벤치마크|모델|기법|방법|방식|알고리즘|프레임워크|agent|에이전트)(?:입니다|임|이다|으로|로)[\\s.,]");

    /**
     * A paragraph opening with an unknown name as its topic ("Toolformer는 Meta가 발표한 모델로, …", "WebArena는 … 벤치마크입니다.")
     * names it when it is the name of the heading just above ("## 3. Toolformer"), or when its first sentence says what kind
     * of thing it is (a benchmark, a model, a method): the lecture's way of introducing a name.
     */
    private void declareOpeningSubject(String raw, String headingName, Resource sectionType) {
        Matcher m = OPENING_SUBJECT.matcher(raw);
        if (!m.find() || !Names.isNameLike(m.group(1)) || !Character.isUpperCase(m.group(1).charAt(0)) || lexicon.find(m.group(1)).isPresent()) {
            return;
        }
        Matcher kind = KIND_STATED.matcher(raw);
        if (kind.find()) {
            String k = kind.group(1);
            lexicon.declare(m.group(1), k.equals("벤치마크") ? Atlas.Benchmark : k.equals("모델") ? Atlas.Model : Atlas.Concept, Lexicon.RANK_SENTENCE);
        } else if (m.group(1).equals(headingName)) {
            lexicon.declare(m.group(1), sectionType, Lexicon.RANK_DEFAULT);
        }
    }

    /** "Open X-Embodiment(OXE) 데이터로 학습": a long name and its acronym name one thing, wherever they are written. */
    /** "DeepSeek 계열의 최신 모델", "BERT 계열 모델": a family of models named in running text (not "DDPM 계열 diffusion"). */
    private static final Pattern FAMILY_MENTION = Pattern.compile(
            "(?:^|(?<=[\\s,(]))(\\p{Lu}[\\p{IsLatin}\\d\\-]*)\\s*(?:계열|시리즈)(?:의\\s+(?:[^\\s.]+\\s+){0,2}?|\\s+)모델");

    private void declareProseAliases(String text, boolean skip) {
        if (!skip && (text.contains("계열") || text.contains("시리즈"))) {
            Matcher m = FAMILY_MENTION.matcher(text);
            while (m.find()) {
                // a known technique named so is a kind of architecture ("Transformer 계열"), not a family of models
                if (lexicon.find(m.group(1)).filter(e -> e.type().equals(Atlas.Concept) || e.type().equals(Atlas.Organization)).isEmpty()) {
                    lexicon.declareFamily(m.group(1));
                }
            }
        }
        if (!skip && text.indexOf('(') >= 0) {
            for (String pair : Lexicon.proseAliases(text)) {
                lexicon.declare(pair, Atlas.Concept, Lexicon.RANK_DEFAULT);
            }
        }
    }

    /** "### AWQ", "### GPTQ": capitals only, two to six of them, name a technique as a heading. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    /** A model's name with its version or size: "LLaMA-2", "Mistral 7B", "Qwen2.5", "Mixtral 8x7B" (a capital first, a digit in the last word). */
    static final Pattern VERSIONED_MODEL = Pattern.compile("\\p{Lu}[\\p{IsLatin}\\d.\\-]*(?:\\s[\\p{IsLatin}\\d.\\-]+)?(?<=\\d|\\d[BMKx]|\\d[BM]\\b)");

    /** One word with a digit: "RDT-1B", "GPT-4o", "Octo-Base-1.5". */
    private static final Pattern VERSIONED_NAME = Pattern.compile("\\S*\\d\\S*");
    /** A name: a digit, a Greek letter or an inner capital marks it ("OpenVLA", "π0.5", "RT-2", "Qwen 2"). */
    static final Pattern MARKED_NAME = Pattern.compile("[\\dπ]|\\p{Ll}\\p{Lu}");
    /**
     * "### 2.1. Stable Diffusion", "### 4.2. Sora (OpenAI 2024)": a subsection named by a capitalised name of one to three
     * words, when a paragraph of prose describes it right below (a roadmap's "#### 8.1 Vision Encoder" above a link, a
     * heading over bullets or keyword bullets, names a topic).
     */
    private static final Pattern TITLE_NAME = Pattern.compile("\\p{Lu}[\\p{IsLatin}\\d]*(?:-\\p{IsLatin}+)*(?:\\s\\p{Lu}[\\p{IsLatin}\\d]*(?:-\\p{IsLatin}+)*){0,2}");

    /**
     * A heading that is a name and nothing more ("### 1.1. PagedAttention", "### 4.2. π0.5 (Physical Intelligence)")
     * names a concept, or a model under a heading over models ("## VLA 모델"). Only names a digit, a Greek letter
     * or an inner capital mark as such: "#### 8.1 Vision Encoder" or "### Overview" name a topic in plain words.
     */
    private void declareHeadingName(String heading, boolean described, Resource type) {
        String name = Names.stripQualifiers(Layout.headingName(heading));
        // "### Qwen (QwQ, Qwen3)": a known name with an aside is that name, not a new one
        if (Names.isNameLike(name) && (MARKED_NAME.matcher(name).find() || ACRONYM.matcher(name).matches() || described && titleName(Layout.headingName(heading)))
                && lexicon.find(name).isEmpty()
                && lexicon.find(Lexicon.withoutParenthesis(name)).isEmpty()) {
            lexicon.declare(name, type, Lexicon.RANK_DEFAULT);
        }
    }

    /** The block after a heading is a paragraph of prose, not bullets, a bold line, a link or another heading. */
    private static boolean describedBelow(List<Block> blocks, int next) {
        if (next >= blocks.size()) {
            return false;
        }
        Block b = blocks.get(next);
        String raw = b.raw().strip();
        return b.kind() == Block.Kind.PARAGRAPH && !raw.startsWith("**") && !raw.startsWith("[") && !raw.startsWith("`");
    }

    /**
     * Several capitalised words ("Stable Diffusion"), one with an aside ("Sora (OpenAI 2024)"), or one word no plain word
     * is written like ("SALMONN", "Qwen-Audio"; not "Overview", "Summary").
     */
    private static boolean titleName(String name) {
        String bare = Lexicon.withoutParenthesis(name);
        return TITLE_NAME.matcher(bare).matches() && (bare.indexOf(' ') > 0 || !bare.equals(name) || ONE_WORD_NAME.matcher(bare).matches());
    }

    /** One word no plain word is written like: capitals only ("SALMONN"), or capitalised on both sides of a hyphen ("Qwen-Audio"). */
    private static final Pattern ONE_WORD_NAME = Pattern.compile("\\p{Lu}{3,}|\\p{Lu}\\p{L}*-\\p{Lu}\\p{L}*");

    /** "VLA란 무엇이고 …?", "M-RoPE(Multimodal RoPE)란 무엇이고 …?": what a question asks to define is a concept. */
    private static final Pattern ASKED = Pattern.compile("^([\\p{IsLatin}π\\d][^\\s()（）]*(?:\\s[\\p{IsLatin}\\d][^\\s()（）]*){0,3}?(?:\\s*[(（][^()（）]+[)）])?)\\s*(?:이)?란\\s");

    private void declareAsked(String question) {
        Matcher m = ASKED.matcher(question.replace("`", "").replace("**", ""));
        if (m.find() && !Names.hasHangul(m.group(1)) && Names.isNameLike(Lexicon.withoutParenthesis(m.group(1))) && lexicon.find(m.group(1)).isEmpty()) {
            lexicon.declare(m.group(1), Atlas.Concept, Lexicon.RANK_DEFAULT);
        }
    }

    /**
     * "Gemma family", "Phi 시리즈 (Microsoft)", "LLaMA 계열": a bullet's term marked as a family's, in any section; not "모델 계열"
     * or a lower-case kind ("decoder-only 계열").
     */
    static boolean namesFamily(String name) {
        Matcher m = FAMILY_TERM.matcher(name);
        return m.matches() && Names.isNameLike(m.group(1)) && !Names.hasHangul(m.group(1));
    }

    /** Declares the entities of one keyword bullet and returns them (several for "MATH / AIME" in a benchmark list). */
    List<Entity> declareTerm(Layout.Term term, String section) {
        List<Entity> out = new ArrayList<>();
        String stage = Layout.stageName(term.name());
        Layout.Term t = stage == null ? term : new Layout.Term(stage, term.definition()); // "Stage 1 (Alignment Pre-training)"
        if (Layout.isFamilySection(section) || namesFamily(t.name())) {
            Matcher fm = FAMILY_TERM.matcher(t.name());
            boolean marked = fm.matches();
            if (!marked) {
                fm = UNMARKED_FAMILY.matcher(t.name());
                // "Kite / Kestrel (Nimbus AI): Kite 7B(…), Kestrel 8x7B(…)"; a stem already named as a model stays that model
                // (the first pass made it a family, and its namesake a model: the second pass finds that family)
                fm = fm.matches() && isMemberList(t.definition()) && (lexicon.find(fm.group(1)).filter(e -> e.type().equals(Atlas.Model)).isEmpty()
                        || lexicon.find(fm.group(1) + " 계열").isPresent()) ? fm : null;
            }
            if (fm != null) {
                // "Mistral" named on its own elsewhere (a roadmap topic) is the model the family is named after
                String stem = fm.group(1);
                lexicon.find(stem).filter(e -> e.type().equals(Atlas.Concept)).ifPresent(e -> lexicon.declare(stem, Atlas.Model, Lexicon.RANK_SECTION));
                // "Mistral / Mixtral (Mistral AI)": one family, called by both names
                Entity family = lexicon.declareFamily(marked ? fm.group(1) : Lexicon.withoutParenthesis(t.name()));
                if (fm.group(2) != null) {
                    lexicon.declare(fm.group(2), Atlas.Organization, Lexicon.RANK_SECTION);
                }
                for (Member m : members(t.definition(), fm.group(1))) {
                    Entity model = lexicon.declare(m.name(), Atlas.Model, Lexicon.RANK_SECTION);
                    lexicon.setFamily(model, family);
                    declareDetailAcronyms(m.detail());
                }
                out.add(family);
                return out;
            }
            for (String name : Names.expandSlashes(t.name())) {
                Entity model = lexicon.declare(name, Atlas.Model, Lexicon.RANK_SECTION);
                lexicon.familyOf(name).ifPresent(f -> lexicon.setFamily(model, f));
                out.add(model);
            }
            return out;
        }
        Resource type = typeFromDefinition(t, section);
        // in a benchmark list "MATH / AIME" names two benchmarks, and "EAGLE / Medusa: …(EAGLE) … (Medusa)" two methods its
        // definition tells apart; elsewhere "AnyRes / Dynamic Tiling" may be synonyms, and in "SwiGLU / GeGLU: SwiGLU(x) = …"
        // the second is only a variant
        List<String> parts = Names.expandSlashes(t.name());
        boolean split = parts.size() > 1 && (type.equals(Atlas.Benchmark) || editions(parts)
                || t.name().indexOf('(') < 0 && namesEachPartAlone(t.definition(), parts));
        for (String name : split ? parts : List.of(t.name())) {
            out.add(lexicon.declare(name, type, type.equals(Atlas.Concept) ? Lexicon.RANK_DEFAULT : Lexicon.RANK_SECTION));
        }
        return out;
    }

    /**
     * Whether {@code definition} names each slash {@code part} of a term's name on its own (not in "A / B" again): it tells
     * them apart, so they are several things.
     */
    static boolean namesEachPartAlone(String definition, List<String> parts) {
        for (String part : parts) {
            if (part.length() < 2 || !Names.isNameLike(part) || !namesAlone(definition, part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "AIME 2024 / AIME 2025": names that differ only in their year are yearly editions, two things, never synonyms
     * ("FlashAttention v1/v2/v3" stays the technique its versions share).
     */
    private static boolean editions(List<String> parts) {
        String words = YEAR.matcher(parts.get(0)).replaceAll("#");
        return !words.equals(parts.get(0)) && parts.stream().allMatch(p -> YEAR.matcher(p).replaceAll("#").equals(words));
    }

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    private static boolean namesAlone(String definition, String part) {
        for (int i = definition.indexOf(part); i >= 0; i = definition.indexOf(part, i + 1)) {
            int end = i + part.length();
            if (!isLatinOrDigit(definition, i - 1) && !isLatinOrDigit(definition, end)
                    && neighbour(definition, i - 1, -1) != '/' && neighbour(definition, end, 1) != '/') {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatinOrDigit(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    /** The first character from {@code i} on in direction {@code step} that is not a space, or 0. */
    private static char neighbour(String s, int i, int step) {
        for (int j = i; j >= 0 && j < s.length(); j += step) {
            if (s.charAt(j) != ' ') {
                return s.charAt(j);
            }
        }
        return 0;
    }

    /** One word, capitalised, with a second capital or a digit: "MMLU", "GSM8K", "HumanEval", "LiveCodeBench" (not "Calibration", "LLM-as-a-Judge"). */
    private static final Pattern BENCHMARK_NAME = Pattern.compile("(?=\\p{Lu}.*[\\p{Lu}\\d])[\\p{L}\\d]{2,20}");

    /** A name shaped like a benchmark's, in a section of benchmarks: an acronym or one capitalised compound word. */
    private static boolean isBenchmarkName(String name) {
        return Names.isShortName(name) || BENCHMARK_NAME.matcher(name).matches();
    }

    /** "57개 과목 지식 평가.", "코딩 능력 평가": a definition that is only what is evaluated (said of a benchmark-shaped name). */
    private static final Pattern EVALUATES_ONLY = Pattern.compile("^[^.]{0,40}?\\s(?:능력|성능|지식|이해|추론)?\\s*평가(?:함|임)?\\.?$");

    /** "MMLU: 57개 과목 지식 평가.", "HumanEval / LiveCodeBench: 코딩 능력 평가.": a benchmark-shaped name said to evaluate something. */
    private static boolean evaluatesOnly(String name, String first) {
        return first.contains("평가") && isBenchmarkName(NAME_HEAD_BREAK.split(name)[0]) && EVALUATES_ONLY.matcher(first).matches()
                && !MARKED_WORD.matcher(first).find(); // "RLAIF: AI가 응답을 평가함." is a method that evaluates, not a test set
    }

    /** A word with a subject or object particle: the sentence says who evaluates what. */
    private static final Pattern MARKED_WORD = Pattern.compile("\\S(?:을|를|이|가)\\s");


    private Resource typeFromDefinition(Layout.Term t, String section) {
        String first = Endings.plain(Layout.firstSentence(t.definition()));
        if (isBenchmarkHead(first) || evaluatesOnly(t.name(), first)
                || (first.contains("문제") || first.contains("문항")) && PROBLEM_COUNT.matcher(first).find()
                || (first.contains("채점") || first.contains("매김")) && SCORES_ANSWERS.matcher(first).find()
                // (in a section of benchmarks, said anywhere in the definition: "ChatGPT로 만든 샘플 35K. … 평가")
                || Layout.isBenchmarkSection(section) && isBenchmarkName(NAME_HEAD_BREAK.split(t.name())[0])
                        && BENCHMARK_WORDS.matcher(t.definition()).find()) {
            return Atlas.Benchmark;
        }
        if (isMetricHead(first)) {
            return Atlas.Metric;
        }
        if (VERSIONED_NAME.matcher(t.name()).matches() && endsWithAny(withoutClosing(first), "모델", "model")) {
            return Atlas.Model; // "RDT-1B: diffusion transformer 기반의 bimanual manipulation 모델." (not "Long CoT: …학습된 모델", a kind)
        }
        String bare = Lexicon.withoutParenthesis(t.name());
        if (Layout.isModelListSection(section) && MARKED_NAME.matcher(bare).find() && !lexicon.isVersionOfConcept(bare)) {
            return Atlas.Model; // "## 모델" over "- **Qwen2**: …" (not "- **Sparse MoE**: …", nor "SkimAttention-2" after SkimAttention)
        }
        return Atlas.Concept;
    }

    /** {@link #BENCHMARK_HEAD} found in {@code sentence}, tried only where its head word ends the sentence. */
    static boolean isBenchmarkHead(String sentence) {
        return endsWithAny(withoutClosing(sentence), "벤치마크", "benchmark", "방법", "도구", "데이터셋", "세트")
                && BENCHMARK_HEAD.matcher(sentence).find();
    }

    /** {@link #METRIC_HEAD} found in {@code sentence}, tried only where its head word ends the sentence. */
    static boolean isMetricHead(String sentence) {
        return endsWithAny(withoutClosing(sentence), "지표", "metric", "척도") && METRIC_HEAD.matcher(sentence).find();
    }

    /**
     * A sentence without what {@link #BENCHMARK_HEAD} and {@link #METRIC_HEAD} allow after their head word: a final
     * line terminator, a full stop, "임". Their head word must end what is left.
     */
    private static String withoutClosing(String s) {
        int n = Names.endBeforeFinalTerminator(s);
        if (n >= 1 && s.charAt(n - 1) == '.') {
            n--;
        }
        if (n >= 1 && s.charAt(n - 1) == '임') {
            n--;
        }
        return s.substring(0, n);
    }

    private static boolean endsWithAny(String s, String... words) {
        for (String w : words) {
            if (s.regionMatches(true, s.length() - w.length(), w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** A technique's acronym: "MTP", "MLA", "FP8" (capitals, then perhaps a digit). */
    private static final Pattern DETAIL_ACRONYM = Pattern.compile("\\p{Lu}{2,6}\\d?");

    /**
     * "DeepSeek-V3(671B, auxiliary-loss-free balancing, MTP)": an acronym a member's parentheses list after their first item
     * (which may be its maker: "OLMoE(AI2, …)") names a technique the model uses, even where no note defines it.
     */
    private void declareDetailAcronyms(String detail) {
        List<String> items = splitTopLevel(detail);
        for (int i = 1; i < items.size(); i++) {
            String item = items.get(i).strip();
            if (DETAIL_ACRONYM.matcher(item).matches() && lexicon.find(item).isEmpty()) {
                lexicon.declare(item, Atlas.Concept, Lexicon.RANK_DEFAULT);
            }
        }
    }

    /** A definition opening with two or more {@code Name(details)} members: a family's model list. */
    private static boolean isMemberList(String definition) {
        String first = Layout.firstSentence(definition);
        List<String> items = splitTopLevel(FINAL_DOT.matcher(first).replaceAll(""));
        return items.size() >= 2 && items.stream().allMatch(i -> MEMBER.matcher(i.strip()).matches() && i.contains("(")
                && Names.isNameLike(i.substring(0, i.indexOf('(')).strip()));
    }

    /**
     * The members listed in a family bullet: {@code LLaMA-1(…), LLaMA-2(GQA, …), LLaMA-3.1/3.2/3.3(…)}.
     * A member written as a bare version ("V3", "1.5", "R1") gets the family name in front.
     */
    static List<Member> members(String definition, String familyName) {
        String firstSentence = Layout.firstSentence(definition);
        List<Member> out = new ArrayList<>();
        String core = Names.expandSlashes(familyName).get(0).strip();
        for (String item : splitTopLevel(FINAL_DOT.matcher(firstSentence).replaceAll(""))) {
            Matcher m = MEMBER.matcher(item.strip());
            if (!m.matches()) {
                continue;
            }
            String detail = m.group(2) == null ? "" : m.group(2);
            for (String name : expandRange(Names.expandSlashes(m.group(1).strip()))) {
                String n = name.strip();
                if (!Names.isNameLike(n) && !BARE_VERSION_ANY_CASE.matcher(n).matches()) {
                    continue;
                }
                if (BARE_VERSION.matcher(n).matches() && !Names.key(n).startsWith(Names.stemKey(core))) {
                    n = core + (Character.isDigit(n.charAt(0)) ? " " : "-") + n;
                }
                out.add(new Member(n, detail));
            }
        }
        return out;
    }

    /** "Phi-1~4" → Phi-1, Phi-2, Phi-3, Phi-4. */
    private static List<String> expandRange(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            Matcher r = RANGE.matcher(name.strip());
            int from = r.matches() ? Integer.parseInt(r.group(2)) : 0;
            int to = r.matches() ? Integer.parseInt(r.group(3)) : -1;
            if (to > from && to - from < 10) {
                for (int v = from; v <= to; v++) {
                    out.add(r.group(1) + v);
                }
            } else {
                out.add(RANGE_TAIL.matcher(name).replaceAll(""));
            }
        }
        return out;
    }

    /** Splits at commas that are not inside parentheses. */
    static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
