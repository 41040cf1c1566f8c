package org.llmatlas.extract;

import static org.llmatlas.extract.DocumentExtractor.stripMarkdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.apache.jena.rdf.model.Resource;
import org.llmatlas.vocab.Atlas;

/**
 * Lines and list items whose label says what they name: a role ("- Vision encoder: SigLIP" → the model uses
 * SigLIP), users ("채택 모델: Zephyr, Tulu 3"), a usage list item ("LLaVA: Q-Former"), a name the line is about
 * ("SentencePiece: …"), and the term of an answer ("**RT-2 (2023)**: …").
 */
final class LabelledLines {
    private static final java.util.regex.Pattern CONTRAST_LABEL = java.util.regex.Pattern.compile("(?:와|과)의?\\s*(?:차이|비교)|대비|\\bvs\\.?\\s");

    private static final java.util.regex.Pattern HAS_DIGIT = java.util.regex.Pattern.compile(".*\\d.*");

    /** A line labelled as the users of what it is about: "채택 모델: …", "사용 모델: …", "지원: …", "제안: …", "Used by: …". */
    private static final java.util.regex.Pattern USERS_LABEL = java.util.regex.Pattern.compile(
            "^\\s*(?:[-*]\\s+)?[(（]?\\s*(?:(?:채택|사용|적용|대표|주요|도입)\\s*(?:모델|사례|예시|처|구현)|사용처|예시?|사례|지원|제안|구현"
            + "|(?i:used by|adopted by|supported by|proposed by|examples?|e\\.g\\.))\\s*(?:[:：—–]|(?<=\\.)(?=\\s))\\s*(\\S.*)$");
    /** A label of examples ("예시:", "예:", "e.g."): what it lists may be kinds of the subject, so only models are its users. */
    private static final java.util.regex.Pattern EXAMPLES_ONLY = java.util.regex.Pattern.compile("^\\s*(?:[-*]\\s+)?[(（]?\\s*(?:예시?|사례|(?i:examples?|e\\.g\\.))\\s*(?:[:：—–]|\\s)");
    /** A line labelled as how its subject is evaluated: "평가: ImageNet zero-shot 정확도로 측정함", "Benchmarks: MMMU, MathVista". */
    private static final java.util.regex.Pattern EVALUATION_LABEL = java.util.regex.Pattern.compile(
            "(?:^|(?<=[.]\\s)(?=평가[는은]))\\s*(?:[-*]\\s+)?(?:평가|벤치마크|(?i:evaluation|benchmarks?))\\s*(?:[:：]|(?<=평가)[는은]\\s)\\s*(?:(?:보통|주로|대개|흔히)\\s+)?(\\S.*)$");
    /** The names an evaluation line opens with: Latin words up to the first Korean word or parenthesis ("ImageNet zero-shot 정확도로"). */
    private static final java.util.regex.Pattern OPENING_NAMES = java.util.regex.Pattern.compile(
            "[\\p{IsLatin}][^\\p{IsHangul}(（]*?(?=\\s*(?:[\\p{IsHangul}(（]|$))");
    /** Lower-case words closing the opening names ("zero-shot", "val"): a setting, not a name. */
    private static final java.util.regex.Pattern TRAILING_LOWER = java.util.regex.Pattern.compile("(?:\\s+\\p{Ll}[\\p{Ll}\\-\\d]*)+$");
    /** A label that names a role in a model: "Language backbone", "Vision", "Action", "구조", "학습 데이터". */
    static final java.util.regex.Pattern ROLE_LABEL = java.util.regex.Pattern.compile(
            "(?i)backbone|encoder|decoder|vision|language|^llm$|^vlm$|action|head|tokenizer|projector|connector|policy|architecture|구조|데이터|백본|인코더|디코더|모듈");

    /** "Transformer decoder", "diffusion head": a component named by what it is, a name of its own. */
    private static final java.util.regex.Pattern COMPONENT_HEAD = java.util.regex.Pattern.compile("(?i)\\s(?:decoder|encoder|head|module|expert)$");
    /** A label that states a use: "MLA 도입", "GQA 사용", "FP8 적용". */
    private static final java.util.regex.Pattern USE_LABEL = java.util.regex.Pattern.compile("[\\p{IsLatin}\\d)]\\s+(?:도입|채택|사용|적용)$");
    private static final java.util.regex.Pattern LINE_LABEL = java.util.regex.Pattern.compile("^\\s*(?:[-*]\\s+)?((?:[^:：.]|\\.(?=\\d)){1,60}?)\\s*[:：]\\s+\\S");

    /** One word with capitals and a version ("RT-1-X", "Helix-2", "Pika-V2.5"), the whole of a heading or label. */
    /** "s1", "o3-mini", "Kimi k1.5": a version led by a lower-case letter, alone or after a capitalised name. */
    private static final java.util.regex.Pattern LOWER_VERSIONED = java.util.regex.Pattern.compile("(?:\\p{Lu}\\p{Ll}+\\s)?\\p{Ll}\\d+(?:\\.\\d+)?(?:-\\p{Ll}+)?");
    static final java.util.regex.Pattern VERSIONED_HEADING = java.util.regex.Pattern.compile("\\p{Lu}[\\p{IsLatin}]*(?:-\\p{IsLatin}*)?\\d[\\p{IsLatin}\\d.\\-]*");

    private final Note note;
    private final Lexicon lexicon;
    private final MentionFinder mentions;
    private final SlotNames slots;
    private final NoteRecorder recorder;

    LabelledLines(Note note, Lexicon lexicon, MentionFinder mentions, SlotNames slots, NoteRecorder recorder) {
        this.note = note;
        this.lexicon = lexicon;
        this.mentions = mentions;
        this.slots = slots;
        this.recorder = recorder;
    }

    /** An aside in Korean: "(104B 실험 때 fp16으로 발산해서 바꿈)", a remark, not a name like "(3D parallelism)". */
    private static final java.util.regex.Pattern KOREAN_ASIDE = java.util.regex.Pattern.compile("\\s*[(（][^()（）]*\\p{IsHangul}[^()（）]*[)）]");
    private static final java.util.regex.Pattern ASIDE = java.util.regex.Pattern.compile("\\s*[(（][^()（）]*[,:：][^()（）]*[)）]");

    /** An item under "사용 예시:" / "사용 모델:": {@code Model: technique} or a bare model using the focus. */
    void usage(Block b, List<Entity> focus, Resource type) {
        // "FLUX.1 (Black Forest Labs, 12B)", "Stable Diffusion 3 (text encoder 3개: …)": an aside is no item nor label
        String raw = ASIDE.matcher(stripMarkdown(b.raw())).replaceAll("");
        int colon = raw.indexOf(':');
        int dash = colon > 0 ? -1 : Math.max(raw.indexOf(" — "), raw.indexOf(" – ")); // "OPT-175B — FP16 + loss scaling"
        int cut = colon > 0 ? colon : dash;
        String subject = cut > 0 ? raw.substring(0, cut) : raw;
        // "BLOOM — BF16 (104B 실험 때 fp16으로 발산해서 바꿈)": what the parentheses tell of the past is no use
        String rest = cut > 0 ? KOREAN_ASIDE.matcher(raw.substring(cut + (colon > 0 ? 1 : 3))).replaceAll("") : "";
        List<Entity> models = new ArrayList<>();
        for (String name : slots.splitList(Names.stripQualifiers(subject.strip()))) {
            // "Stable Diffusion 3" while only "Stable Diffusion" is known: the version names a model of its own
            slots.versionedName(name).or(() -> slots.resolveOrDeclare(name, type, b.line())).ifPresent(models::add);
        }
        if (models.isEmpty()) {
            return;
        }
        List<Entity> used = mentions.find(rest).stream().map(Mention::entity).filter(x -> !x.isModelLike()).toList();
        if (used.isEmpty() && !rest.isBlank()) {
            used = slots.resolve(rest, Atlas.Concept, b.line()).filter(x -> !x.isModelLike()).stream().toList();
        }
        if (used.isEmpty() && rest.isBlank()) {
            used = focus;
        }
        for (Entity model : models) {
            for (Entity u : used) {
                recorder.relation(new Relation(model, Atlas.uses, u, Emitter.STATED, "usage-list"), b.line(), note.line(b.line()));
            }
        }
    }

    private static final java.util.regex.Pattern ONE_LATIN_WORD = java.util.regex.Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\-]{2,}");
    /** "selective activation recomputation": two to four English words in lower case. */
    private static final java.util.regex.Pattern LOWER_TERM = java.util.regex.Pattern.compile("\\p{Ll}[\\p{Ll}\\-]+(?: \\p{Ll}[\\p{Ll}\\-]+){1,3}");
    /** "Position Interpolation", "NTK-aware Scaling": two or three capitalised words, a technique's name. */
    private static final java.util.regex.Pattern TITLE_WORDS = java.util.regex.Pattern.compile("\\p{Lu}[\\p{IsLatin}\\-]+(?:\\s\\p{Lu}[\\p{IsLatin}\\-]+){1,2}");

    /**
     * The entity a term of an answer names: "**LLaVA 1.0**: …", "**RT-2 (2023)**: …" (a proper name with a
     * digit is a model the answer describes), "**YaRN**: …" (a single word with two capitals, a technique),
     * "**Position Interpolation**: …" (two or three capitalised words, a technique; not "**PaliGemma VLM**", a known name qualified).
     */
    Entity answerTerm(String name) {
        if (!Names.startsLatinOrGreek(name) && !lexicon.isCurated(name) || UseRules.isStep(name)) {
            return null; // "**문제점:** …", "**대안:** …", "**Step 1**: …": a label of the answer, not a term
        }
        return lexicon.find(name).or(() -> !Names.isNameLike(name) ? Optional.empty()
                : HAS_DIGIT.matcher(name).matches() ? Optional.of(lexicon.declare(name, lexicon.isVersionOfConcept(name) ? Atlas.Concept : Atlas.Model, Lexicon.RANK_SENTENCE))
                : (ONE_LATIN_WORD.matcher(name).matches() || TITLE_WORDS.matcher(name).matches() && lexicon.find(name.split("\\s")[0]).isEmpty())
                        && UseRules.PROPER_SHAPE.matcher(name).find()
                ? Optional.of(lexicon.declare(name, Atlas.Concept, Lexicon.RANK_SENTENCE)) : Optional.empty()).orElse(null);
    }

    /**
     * "- Language backbone: Llama 2 7B", "- Vision: SigLIP, DINOv2 feature를 concat", "- 구조: EfficientNet → TokenLearner":
     * a line of a model's description labelled with a role names what the model uses (and, after "구성 요소는 아래와 같음",
     * its parts). Only role labels count ("문제점: KV cache …" names no part), and only names the value opens with.
     */
    void roleLabelled(String line, Entity model, Entity listWhole, int lineNo) {
        Matcher m = LINE_LABEL.matcher(line);
        if (m.find() && ROLE_LABEL.matcher(m.group(1)).find() && !Names.hasHangul(KOREAN_ROLE_WORDS.matcher(m.group(1)).replaceAll(""))) {
            // "구조: EfficientNet → TokenLearner → Transformer decoder": the parts of the model
            boolean parts = model.equals(listWhole) || COMPOSITION_LABEL.matcher(m.group(1)).find();
            rolesServed(line.substring(m.end() - 1), model, parts, lineNo);
        }
    }

    /** A label saying what a model introduced or is built with: "새로 도입한 것", "주요 기법", "구조는 Qwen2와 거의 같음". */
    private static final java.util.regex.Pattern INTRODUCED_LABEL = java.util.regex.Pattern.compile(
            "(?:새로\\s*)?(?:도입한|채택한|추가한|적용한)\\s*(?:것|기법|기술|요소)들?|(?:구조|구성)(?:는|은)\\s.*");
    private static final java.util.regex.Pattern KOREAN_ROLE_WORDS = java.util.regex.Pattern.compile("구조|구성|데이터|백본|인코더|디코더|모듈");
    private static final java.util.regex.Pattern COMPOSITION_LABEL = java.util.regex.Pattern.compile("(?i)^(?:구조|구성|architecture)$");

    /** The names a role's value opens with ("SigLIP, DINOv2 feature를 …", "PaLI-X (55B)") are used by the model (and {@code parts} of it). */
    /**
     * "- 새로 도입한 것: auxiliary-loss-free load balancing, Multi-Token Prediction(MTP), FP8 mixed precision 학습", "- 구조는 Qwen2와
     * 거의 같음: GQA, SwiGLU, RMSNorm": a label saying what a model brought in or is built with, then the terms it uses, each
     * read up to its Korean tail. Called only for lines with such a label word.
     */
    void introduced(String line, Entity model, int lineNo) {
        Matcher m = LINE_LABEL.matcher(line);
        if (!m.find() || !INTRODUCED_LABEL.matcher(m.group(1).strip()).matches()) {
            return;
        }
        String quote = note.line(lineNo);
        String value = Clauses.PARENTHESES.matcher(Layout.firstSentence(line.substring(m.end() - 1))).replaceAll("");
        for (String item : slots.splitList(value)) {
            String term = KOREAN_TAIL.matcher(item.strip()).replaceFirst("");
            if (term.isEmpty() || !Names.startsLatinOrGreek(term)) {
                continue;
            }
            slots.resolveTerm(term, lineNo).filter(x -> !x.equals(model) && !x.isModelLike() && !Clauses.isMeasure(x) && !x.type().equals(Atlas.Organization))
                    .ifPresent(x -> recorder.relation(new Relation(model, Atlas.uses, x, Emitter.STATED, "introduced-list"), lineNo, quote));
        }
    }

    /** Korean words closing a list item ("FP8 mixed precision 학습"): the term stands before them. */
    private static final java.util.regex.Pattern KOREAN_TAIL = java.util.regex.Pattern.compile("\\s+\\S*\\p{IsHangul}.*$");

    void rolesServed(String text, Entity model, boolean parts, int lineNo) {
        String value = Layout.firstSentence(text);
        if (value.indexOf('+') >= 0) {
            return; // "구조: SigLIP + Qwen2 7B": a composition, which the sentence rules read
        }
        int cut = 0;
        while (cut < value.length() && !Names.hasHangul(value.substring(cut, cut + 1)) && value.charAt(cut) != '(' && value.charAt(cut) != '（') {
            cut++;
        }
        String names = value.substring(0, cut).strip();
        if (names.isEmpty() || !Names.startsLatinOrGreek(names)) {
            return;
        }
        String quote = note.line(lineNo);
        for (String chained : Clauses.hasArrow(names) ? names.split("\\s*(?:→|->|⇒)\\s*") : new String[] {names}) {
            for (String item : slots.splitList(chained)) {
                Optional<Entity> used = COMPONENT_HEAD.matcher(item).find() ? slots.resolveTerm(item, lineNo) : slots.resolve(item, Atlas.Concept, lineNo);
                used.filter(x -> !x.equals(model) && !x.type().equals(Atlas.Organization) && !Clauses.isModelKind(x)
                        && !x.type().equals(Atlas.Benchmark) && !x.type().equals(Atlas.Metric)).ifPresent(x -> {
                    recorder.relation(new Relation(model, Atlas.uses, x, Emitter.STATED, "role-labelled"), lineNo, quote);
                    if (parts) {
                        recorder.relation(new Relation(x, Atlas.partOf, model, Emitter.IMPLIED, "role-labelled-part"), lineNo, quote);
                    }
                });
            }
        }
    }

    /**
     * "채택 모델: Zephyr, Tulu 3, Llama 3", "- 사용 모델: LLaMA, Mistral", "… 설명. 대표 모델: LLaMA-2, Qwen2.", "(예: LLaMA-2, Mistral 7B)",
     * "e.g. LLaMA-2, Qwen2": a usage label opening the line or one of its sentences, then the users of the context.
     */
    void labelledUsers(String line, Entity context, int lineNo) {
        List<String> sentences = Layout.sentences(line);
        for (int i = 0; i < sentences.size(); i++) {
            Matcher m = USERS_LABEL.matcher(i == 0 ? line : sentences.get(i));
            if (m.find()) {
                usersListed(m.group(1), EXAMPLES_ONLY.matcher(m.group()).lookingAt(), context, lineNo);
                return;
            }
        }
    }

    private static final java.util.regex.Pattern LIST_END = java.util.regex.Pattern.compile("\\s*[)）]?\\s*[.。]?\\s*$");
    private static final java.util.regex.Pattern LIST_DOT = java.util.regex.Pattern.compile("\\s*[.。]?\\s*$");

    private void usersListed(String list, boolean examples, Entity context, int lineNo) {
        if (examples && (context.type().equals(Atlas.Benchmark) || context.type().equals(Atlas.Metric))) {
            return; // "- 예시: …" under a benchmark lists what it holds or who scored on it, not users
        }
        String quote = note.line(lineNo);
        String first = Layout.firstSentence(list);
        // "(예: LLaMA-2, Mistral 7B)": the parenthesis the label opened closes the list; "MPT-7B/30B (MosaicML)" keeps its aside
        String listed = first.chars().filter(c -> c == '(' || c == '（').count() < first.chars().filter(c -> c == ')' || c == '）').count()
                ? LIST_END.matcher(first).replaceFirst("") : LIST_DOT.matcher(first).replaceFirst("");
        for (String name : slots.splitList(listed)) {
            if (Names.hasHangul(name)) {
                continue;
            }
            slots.resolveOrDeclare(name, Atlas.Model, lineNo)
                    .filter(u -> !u.equals(context) && !Clauses.isModelKind(u) && (!examples || u.isModelLike())
                    && !u.type().equals(Atlas.Organization) && !u.type().equals(Atlas.Benchmark))
                    .ifPresent(u -> recorder.relation(new Relation(u, Atlas.uses, context, Emitter.STATED, "usage-label"), lineNo, quote));
        }
    }

    /**
     * "- 평가: ImageNet zero-shot 정확도로 측정함", "평가는 보통 PG-19 perplexity, RULER로 함" under a keyword: the names the line
     * opens with evaluate the keyword; under a
     * benchmark, the models it opens with ("평가: Stable Diffusion 3가 0.74를 기록") are evaluated by it. Names later in the line,
     * and lines that open in Korean, are left to the sentence rules.
     */
    void evaluationLabelled(String line, Entity context, int lineNo) {
        if (context == null || line.indexOf(':') < 0 && line.indexOf('：') < 0 && !line.contains("평가는")) { // "평가는 보통 PG-19 …로 함"
            return;
        }
        Matcher m = EVALUATION_LABEL.matcher(line);
        Matcher names = m.find() ? OPENING_NAMES.matcher(m.group(1)) : null;
        if (names == null || !names.lookingAt()) {
            return;
        }
        String quote = note.line(lineNo);
        boolean benchmark = context.type().equals(Atlas.Benchmark);
        for (String name : slots.splitList(TRAILING_LOWER.matcher(names.group().strip()).replaceAll(""))) {
            if (Names.hasHangul(name) || !UseRules.PROPER_SHAPE.matcher(name).find() && lexicon.find(name).isEmpty()) {
                continue;
            }
            // under a benchmark only a known model, or a versioned name ("Heron-2"), is one it evaluates ("VQA accuracy로 채점": a metric)
            Optional<Entity> found = (benchmark && lexicon.find(name).isEmpty() && !HAS_DIGIT.matcher(name).matches() ? Optional.<Entity>empty()
                    : slots.resolve(name, benchmark ? Atlas.Model : Atlas.Benchmark, lineNo)).filter(x -> !x.equals(context));
            if (benchmark) {
                found.filter(Entity::isModelLike).ifPresent(x -> recorder.relation(
                        new Relation(x, Atlas.evaluatedBy, context, Emitter.STATED, "evaluation-label"), lineNo, quote));
            } else {
                found.filter(x -> x.type().equals(Atlas.Benchmark) || x.type().equals(Atlas.Metric)).ifPresent(x -> recorder.relation(
                        new Relation(context, Atlas.evaluatedBy, x, Emitter.STATED, "evaluation-label"), lineNo, quote));
            }
        }
    }

    /** "GQA 표준 이유: …", "SentencePiece: …": a line labelled with a name is about that name. */
    /** What the parentheses of a label hold: "Microsoft" of "Samba (Microsoft)". */
    private static String aside(String label) {
        int open = label.indexOf('(');
        int close = label.indexOf(')', open);
        return close > open ? label.substring(open + 1, close).strip() : "";
    }

    Entity labelContext(String line, Entity fallback) {
        if (line.indexOf(':') < 0 && line.indexOf('：') < 0) {
            return fallback; // no label without its colon
        }
        Matcher m = LINE_LABEL.matcher(line);
        if (!m.find() || m.group(1).startsWith("기존") || CONTRAST_LABEL.matcher(m.group(1)).find()) {
            return fallback; // "기존 RoPE: …", "VLM과의 차이: …" describe what the subject is set against, not a new subject
        }
        if (USE_LABEL.matcher(m.group(1)).find()) {
            return fallback; // "MLA(Multi-head Latent Attention) 도입: …": the subject takes the name up, the line says what for
        }
        if (m.group(1).chars().noneMatch(c -> c < 0x3000 && Character.isLetter(c))) {
            // "문제점: …", "한계: …": a Korean word labels what the line says of the subject (or of the name before a dash)
            Matcher dashed = NAME_DASH.matcher(line.substring(m.end() - 1));
            return dashed.lookingAt() ? lexicon.find(dashed.group(1)).orElse(fallback) : fallback;
        }
        // "- LayerSkip (Meta): …": the name before an aside (its maker, its size) is the label
        String name = m.group(1).indexOf('(') > 0 ? Lexicon.withoutParenthesis(m.group(1)).strip() : m.group(1);
        List<Mention> found = mentions.find(name);
        if (found.isEmpty() && (VERSIONED_HEADING.matcher(name.strip()).matches() || LOWER_VERSIONED.matcher(name.strip()).matches())) {
            return answerTerm(name.strip()); // "- Pika-V2.5: …", "- s1 (Stanford 등): …": a versioned name alone as the label
        }
        if (found.isEmpty() && m.group(1).indexOf('(') > 0 && Names.isNameLike(name) && Character.isUpperCase(name.charAt(0))
                && lexicon.find(aside(m.group(1))).filter(o -> o.type().equals(Atlas.Organization)).isPresent()) {
            return lexicon.declare(name.strip(), Atlas.Model, Lexicon.RANK_SENTENCE); // "- Samba (Microsoft): …": a maker's model
        }
        if (found.isEmpty() && Names.isNameLike(name) && UseRules.PROPER_SHAPE.matcher(name).find()) {
            // "SayCan: LLM plan + affordance model을 결합": about that name (a one-word technique or system);
            // "- AlpacaEval 2.0: … win rate로 측정": about a name nothing declared, not the context
            String label = name.strip();
            return HAS_DIGIT.matcher(label).matches() ? null : answerTerm(label);
        }
        if (found.isEmpty() && m.group(1).indexOf('(') > 0 && LOWER_TERM.matcher(name.strip()).matches()) {
            // "- selective activation recomputation (Megatron-LM, 2022): …": a technique named in lower case, with its source
            return slots.resolveTerm(name.strip(), 0).orElse(fallback);
        }
        if (found.size() == 1 && found.get(0).start() > 0 && TITLE_WORDS.matcher(name.strip()).matches()) {
            return answerTerm(name.strip()); // "- Mean Pooling: …" under "Pooling": a kind of its own, named in full
        }
        if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() < name.strip().length() && found.get(0).entity().isModelLike()
                && Declarations.VERSIONED_MODEL.matcher(name.strip()).matches()) {
            return answerTerm(name.strip()); // "- OLMo 1: Dolma로 학습" under the OLMo family: its versioned member, not the family
        }
        if (found.isEmpty()) {
            // "대안: GRPO — critic 없이 …": a plain label, then the name the line is about before a dash
            Matcher dashed = NAME_DASH.matcher(line.substring(m.end() - 1));
            return dashed.lookingAt() ? lexicon.find(dashed.group(1)).orElse(fallback) : fallback;
        }
        return found.get(0).entity();
    }

    private static final java.util.regex.Pattern NAME_DASH = java.util.regex.Pattern.compile("([\\p{IsLatin}π][^\\s—–]*(?:\\s[\\p{IsLatin}\\d][^\\s—–]*){0,2}?)\\s+[—–]\\s");
}
