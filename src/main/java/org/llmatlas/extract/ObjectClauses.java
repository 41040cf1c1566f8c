package org.llmatlas.extract;

import static org.llmatlas.extract.Clauses.MODEL_ACRONYM;
import static org.llmatlas.extract.Clauses.NAME;
import static org.llmatlas.extract.Clauses.NAMES;
import static org.llmatlas.extract.Clauses.USE_VERB;
import static org.llmatlas.extract.Clauses.clauseStart;
import static org.llmatlas.extract.Clauses.hasAny;
import static org.llmatlas.extract.Clauses.isMeasure;
import static org.llmatlas.extract.Clauses.isModelKind;
import static org.llmatlas.extract.Clauses.lastPhrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Clauses that name what the context (or the subject a clause names itself) uses: a means "Ring-AllReduce로
 * 통신", a feature "extended thinking 지원", an object "InfoNCE loss를 사용하는", a core part "loss masking이
 * 핵심임", and what it is based on "Radix tree 기반", "LLaMA-2를 토대로".
 */
final class ObjectClauses {
    /** "BFS/DFS/MCTS로 탐색", "MLM으로 사전학습", "Ring-AllReduce로 통신": the means of the context. */
    static final Pattern INSTRUMENT = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "\\s*(?:알고리즘|방식|모델|기법|데이터셋|데이터|자료구조)?(?:만)?(?:으로|로)\\s+(?:(?!사용|활용|이용|후\\s)(?:[^\\s.]|\\.(?=\\d))+(?:(?<!로|하고|하여|하며|하면|해서|되어|되고|되며)|(?<=적으로))\\s+){0,4}?(?:사전\\s*학습|강화\\s*학습|학습|탐색|수행|구현|통신|생성|계산|최적화|압축|추정|예측|양자화|필터링|정규화|샘플링|인코딩|디코딩|절약|통합|표현|찾|검색|처리|감소|줄이|줄여|제약|보호|결정|관리|참조|줄[임인]|늘[림리려렸]|확장|라벨링|레이블링|채점|검증|주입|조절|제어|\\p{Ll}+(?:ation|ing)(?=하|\\s*가능))");
    /** The rest of a clause that ends in an evaluation: "… 성능 평가", "… 정확도를 측정함". */
    private static final Pattern EVALUATION_CLOSES = Pattern.compile("[^.,;:]*?(?:평가|측정)");
    /** {@link #INSTRUMENT} tried only right before each "로" (null if its source no longer allows that). */
    static final CueScan INSTRUMENT_SCAN = CueScan.before(INSTRUMENT, '로', "(?:으로|로)", ":;()");
    /** "extended thinking 지원", "RLAIF와 결합", "DDPM/DDIM 방식": features and ingredients of the context. */
    static final Pattern FEATURE = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "\\s*(?:(?:을|를|도)?\\s*(?:지원|제공)|(?:와|과|을|를|에)\\s*결합|\\s*방식(?:으로|을|의)?(?=[\\s.]|$))");
    /**
     * "Hessian을 활용하여", "InfoNCE loss를 사용하는", "FlashAttention을 block 단위 연산에 그대로 사용함": what the context
     * (or the clause's own subject) uses; the words between name no other object and no contrast ("A가 아닌 B에 적용").
     * A kind noun may come between the name and its particle ("PPO 알고리즘을 사용함"); a negated verb
     * ("PPO를 사용하지 않음") states no use.
     */
    /** "A를 X로, " right before an object clause: a conjunct whose verb is the next clause's. */
    private static final Pattern GAPPED = Pattern.compile(NAME + "(?:을|를)\\s+[^,.;을를]{1,30}?(?:으로|로)\\s*,\\s*$");
    static final Pattern OBJECT_USED = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "\\s*(?:알고리즘|방식|기법|모델)?(?:을|를)\\s+(?:(?!아닌\\s)[^\\s.]*[^\\s.을를]\\s+){0,4}?" + USE_VERB + "(?:하(?!지\\s*(?:않|못))|함|해|한|했|(?=\\s*\\.?\\s*$))");
    /**
     * "VLM을 backbone으로 씀", "Sparse Attention도 함께 썼음", "prospect theory를 가져와", "DPO를 여러 라운드 반복", "V2의 MLA를 그대로 계승", "SigLIP encoder를 붙여":
     * use, borrow, repeat, inherit or attach after the object (a name in lower case only before the older verbs).
     */
    static final Pattern OBJECT_WORN = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            // "X도 씀" (X too), but not "LLaMA-1도 checkpointing 씀", where the name with 도 is who uses the word after it
            + "\\s*(?:구조|기법|방식)?(?:(?:을|를)\\s+(?:[^\\s.]+\\s+){0,2}?|도\\s+(?:(?:많이|자주|주로|같이|함께|역시)\\s+)?)(?:씀|썼(?:음|다|고|으며)?|써서|써야|쓰고|쓰며|쓴다|가져와|가져옴|가져온|차용|반복|계승|붙여|붙임|붙인)(?=[\\s.,하]|$)");
    /**
     * "일부 layer에 MoE를 붙임", "Mamba와 Sliding Window Attention을 교대로 쌓음", "TP 4, PP 12, DP 8을 조합해": parts attached,
     * stacked or combined, a weaker cue than use,
     * so only names already known count ("regression head를 붙여" names nothing new).
     */
    private static final Pattern TRAILING_COUNT = Pattern.compile("\\s+\\d+$");
    static final Pattern OBJECT_STACKED = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "\\s*(?:을|를)\\s+(?:[^\\s.]+\\s+){0,3}?(?:붙임|붙여|붙인|붙이고|쌓음|쌓아|쌓은|쌓고|조합해|조합하여|조합한|조합함)(?=[\\s.,]|$)");
    /** "Mamba-2 구조로 만든 코드 모델", "순수 Mamba 구조로 학습됨": what a model is built as (not "… 만든 모델이 아님"). */
    static final Pattern BUILT_AS = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "\\s*구조로\\s+(?:[^\\s.]+\\s+){0,2}?(?:만든|만듦|만들어|학습|설계)(?![^.]{0,10}아(?:님|니|닌))");
    /** "PagedAttention과 continuous batching이 핵심인", "loss masking이 핵심임": the core parts of the context. */
    static final Pattern CORE = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "(?:이|가)\\s+(?:[^\\s.]+\\s+)?(?:핵심|특징)");

    /** "Adam에 decoupled weight decay를 결합", "VLM 위에 action generation module을 추가": both are ingredients. */
    static final Pattern ADDED_ON = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAME + "\\s*(?:에|\\s위에)\\s+" + NAMES
            + "\\s*(?:을|를)\\s+(?:결합|추가)");
    /** "AnyRes 도입으로", "MoE 도입,": a technique introduced, written without a particle. */
    static final Pattern INTRODUCED = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "\\s+(?:도입|채택)(?:으로|하여|하고|하며|함|했|\\s*[.,:：]|\\s*$)");
    /**
     * "DeepSeekMoE 구조를 씀", "MLA를 계승", "SigLIP encoder를 붙여", "YaRN으로 128K까지 늘림": read for names only
     * ("single-stream 구조를 가져옴", "regression head를 붙여", "fine-tuning만으로 32K까지 늘림" are not).
     */
    private static final Pattern NAMED_ONLY = Pattern.compile("구조를|계승|붙여|붙임|붙인|늘[림리려렸]");
    /** A use verb closing the sentence bare ("Mistral 7B를 backbone으로 사용"), without 하/함/해/한. */
    private static final Pattern BARE_END = Pattern.compile("(?:사용|채택|도입|활용|적용|이용)$");
    /** "Quenby backbone 사용": a name in a role, which the bare use noun does not tell apart from a technique. */
    private static final Pattern ROLE_TAIL = Pattern.compile("(?i)\\s(?:backbone|encoder|decoder)$");
    /** "GQA 사용", "logit soft-capping 적용,": a bare use noun after a name, read only where the context is a model. */
    static final Pattern BARE_USED = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "\\s+(?:사용|적용)(?:함|됨|중)?\\s*(?:[.,:：]|$)");

    /** "긴 문맥 버전에는 LongRoPE가 적용되었음", "MoE가 도입됨": a technique applied to the context, said in the passive. */
    static final Pattern APPLIED_PASSIVE = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "(?:이|가)\\s+(?:적용|도입|채택)(?:됨|되었음|되었|되어\\s*있)");

    /** The subject a clause names itself: "DDP는 …", "FlashAttention-2가 …". */
    private static final Pattern CLAUSE_SUBJECT = Pattern.compile(
            "(?:^|[.;:]\\s*|(?:하며|하고|하여|이며|으며|고),?\\s+)(?:(?:후속인|이후|최근)\\s+)?([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)(?:은|는|이|가)\\s");

    private static final Pattern BASED_ON = Pattern.compile("(?:^|(?<=[.:;()]))\\s*([^.:;]+?)\\s*기반(?:의|으로|이며|임|하|\\s|$|[.,])");

    private final SlotNames slots;
    private final PartRules partRules;

    ObjectClauses(SlotNames slots, PartRules partRules) {
        this.slots = slots;
        this.partRules = partRules;
    }

    /**
     * Names in the object slot of {@code p} are used by the context, or by the subject the clause
     * names itself ("DDP는 Ring-AllReduce로 통신"). Lower-case phrases there become concepts.
     */
    void objects(Pattern p, String rule, String s, Entity context, int line, List<Relation> out) {
        if (isMeasure(context)) {
            return; // a benchmark or metric is not built from the techniques its sentence names
        }
        String text = objectText(s);
        Matcher m = p.matcher(text);
        CueScan scan = p == INSTRUMENT ? INSTRUMENT_SCAN : null;
        for (int from = 0; scan != null ? scan.find(m, text, from) : m.find(); from = m.end()) {
            if (p == INSTRUMENT && (!statesMeans(text, m) || EVALUATION_CLOSES.matcher(text).region(m.end(), text.length()).lookingAt())) {
                continue; // "MIRACL과 MKQA로 다국어 검색 성능 평가": what it is evaluated with, not a means
            }
            if ((p == INSTRUMENT || p == OBJECT_USED) && PATIENT.matcher(text).region(m.end(1), text.length()).lookingAt()) {
                continue;
            }
            if (p == OBJECT_USED && !context.isModelLike() && BARE_END.matcher(m.group()).find()) {
                continue; // "log-probability를 implicit reward로 사용." in a method's bullet: a role it gives, read for models only
            }
            // "receding horizon 방식으로 실행", "multi-image, video 지원": a manner or a capability described in plain
            // words is not a technique; names and method nouns count there ("DDPM/DDIM 방식", "extended thinking 지원")
            boolean manner = p == FEATURE && hasAny(text.substring(m.end(1), m.end()), "방식", "지원", "제공");
            // "Automatic Prefix Caching을 제공함": what is offered counts when it is a name ("OpenAI-compatible API" is a feature)
            boolean offered = p == FEATURE && text.substring(m.end(1), m.end()).contains("제공");
            Entity subject = clauseSubject(text, m.start(), context);
            Optional<Entity> owner = p != INSTRUMENT ? Optional.empty() : meansOwner(text.substring(0, m.start(1)))
                    .filter(x -> !x.equals(subject) && !x.isModelLike() && !isMeasure(x) && !isModelKind(x) && !x.type().equals(Atlas.Organization));
            // "RoPE의 non-uniform interpolation으로 … 확장": the owner of the means is used; its unnamed part is no name of its own
            owner.ifPresent(x -> out.add(new Relation(subject, Atlas.uses, x, Emitter.STATED, "means-owner")));
            List<String> slotsOfMatch = new ArrayList<>();
            for (int g = 1; g <= m.groupCount(); g++) {
                slotsOfMatch.add(m.group(g));
            }
            Matcher gap = p == OBJECT_USED ? GAPPED.matcher(text.substring(0, m.start())) : null;
            if (gap != null && gap.find()) {
                slotsOfMatch.add(gap.group(1)); // "Whisper-large-v2를 audio encoder로, Qwen-7B를 LLM으로 사용함": the conjunct before
            }
            for (String slotText : slotsOfMatch) {
                for (String name : slots.splitList(slotText)) {
                    if (UseRules.isStep(name) || manner && !namesMethod(name) || p == BARE_USED && ROLE_TAIL.matcher(name).find()
                            || (p == OBJECT_WORN || p == INSTRUMENT) && NAMED_ONLY.matcher(m.group()).find() && name.chars().noneMatch(Character::isUpperCase)
                            || owner.isPresent() && name.equals(name.toLowerCase(java.util.Locale.ROOT)) && slots.lexicon().find(name).isEmpty()
                            || p == INSTRUMENT && !namesTechnique(name)) {
                        continue; // "Stage 1, Stage 2, Stage 3으로 단계적으로": the steps of the context
                    }
                    // "prefix caching(RadixAttention)": the specific name in the parentheses is used too
                    for (String written : UseRules.specificName(s, name).map(x -> List.of(name, x)).orElse(List.of(name))) {
                        String n = p == OBJECT_STACKED ? knownPart(written) : written;
                        if (n == null) {
                            continue;
                        }
                        // "Mistral의 VLM으로 …": a kind of model after "로" is what the subject is, not a means
                        // "FlashAttention-2가 Triton으로 구현" in Triton's bullet: the clause's subject uses the context
                        // a model in the role it serves ("Whisper encoder와 … 사용함") is used like any part
                        boolean role = p == OBJECT_USED || p == OBJECT_WORN;
                        slots.resolveTerm(n, line).filter(x -> !x.equals(subject) && (!x.equals(context) || subject != context) && (role || !x.isModelLike())
                                        && !(p == INSTRUMENT && MODEL_ACRONYM.matcher(x.label()).matches()) && !isMeasure(x)
                                        && (!offered || CAPITALISED_PARTS.matcher(x.label()).matches()))
                                .ifPresent(x -> out.add(new Relation(subject, Atlas.uses, x, Emitter.STATED, rule)));
                    }
                }
            }
        }
    }

    /** A part attached or stacked, when known: the name, or the name before its degree ("TP 4" → TP); else null. */
    private String knownPart(String written) {
        if (slots.lexicon().find(written).isPresent()) {
            return written;
        }
        String counted = TRAILING_COUNT.matcher(written).replaceFirst("");
        return !counted.equals(written) && slots.lexicon().find(counted).isPresent() ? counted : null;
    }

    /** After "X 기반": the means of an evaluation ("요청 trace로 throughput을 비교함", "데이터로 평가함"). */
    private static final Pattern MEANS_OF_EVALUATION = Pattern.compile(
            "(?:의)?\\s*(?:[^\\s.]+\\s+){0,2}?[^\\s.]*?(?:으로|로)\\s+(?:[^\\s.]+\\s+){0,2}?(?:비교|평가|측정)");

    /** "HuBERT unit을", "EnCodec token에 대한", "SoundStream의 acoustic token과", "MFCC feature에": the units a named model or method puts out. */
    static final Pattern UNITS_OF = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAME
            + "(?:의)?\\s+(?:[\\p{Ll}\\-]+\\s+)?(?:tokens?|units?|features?|embeddings?|latents?)(?=\\s*(?:을|를|에|과|와|으로|로|의|\\s|,|\\.|$))");

    /** See {@link #UNITS_OF}: the clause's subject, else the context, uses the named thing whose units it works with. */
    void unitsOf(String s, Entity context, int line, List<Relation> out) {
        if (isMeasure(context) || isModelKind(context)) {
            return;
        }
        Matcher m = UNITS_OF.matcher(s);
        while (m.find()) {
            String name = m.group(1);
            if (name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
                continue; // "patch token", "next token prediction": a plain word, even when a known name is spelled so
            }
            Entity subject = clauseSubject(s, m.start(), context);
            // a known name, or a proper one ("HuBERT", "w2v-BERT")
            slots.lexicon().find(name).or(() -> Names.isNameLike(name) && UseRules.PROPER_SHAPE.matcher(name).find()
                            ? slots.resolve(name, Atlas.Concept, line) : Optional.empty())
                    .filter(x -> !x.equals(subject) && !x.equals(context) && !isMeasure(x) && !isModelKind(x) && !x.type().equals(Atlas.Organization))
                    .ifPresent(x -> out.add(new Relation(subject, Atlas.uses, x, Emitter.STATED, "units-of")));
        }
    }

    /** "HumanEval+와 MBPP+로 구성됨", "A, B로 이루어짐": the named parts of the context (or of the clause's own subject). */
    static final Pattern MADE_OF = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "(?:의\\s+(?:[^\\s.]+\\s+)?(?:요소|모듈|부분|컴포넌트|구성\\s*요소))?\\s*(?:으로|로)\\s*(?:구성|이루어)(?:됨|된다|되며|되어|되고|되었|짐|진다|져|지며)");

    /** "planner", "tool interface": one to three plain English words. */
    private static final Pattern PLAIN_PHRASE = Pattern.compile("\\p{Ll}[\\p{Ll}\\-]{2,}(?: \\p{Ll}[\\p{Ll}\\-]+){0,2}");
    private static final Pattern PLUS_JOINED = Pattern.compile("(?<=\\+)(?:와|과)\\s+");

    /** See {@link #MADE_OF}: only names count as parts ("2,294개의 task로 구성된" names none). */
    void madeOf(String s, Entity context, int line, List<Relation> out) {
        if (context.type().equals(Atlas.Metric) || isModelKind(context)) {
            return;
        }
        Matcher m = MADE_OF.matcher(s);
        while (m.find()) {
            Entity whole = clauseSubject(s, m.start(), context);
            boolean counted = m.group().contains("요소") || m.group().contains("모듈") || m.group().contains("컴포넌트");
            List<PartRules.Part> parts = new ArrayList<>();
            // "HumanEval+와 MBPP+": a list joined after a name ending in '+'
            for (String name : java.util.Arrays.stream(PLUS_JOINED.split(m.group(1))).flatMap(c -> slots.splitList(c).stream()).toList()) {
                // "planner, memory, tool interface의 세 요소로": counted parts are parts even in plain words
                if (UseRules.isStep(name)) {
                    continue; // "Stage 1과 Stage 2로 구성됨": numbered steps name no component
                }
                if (slots.lexicon().find(name).isPresent() || Names.isNameLike(name)) {
                    partRules.part(name, line).filter(p -> !p.component().equals(whole) && !p.component().isModelLike()).ifPresent(parts::add);
                } else if (counted && PLAIN_PHRASE.matcher(name).matches()) {
                    parts.add(new PartRules.Part(slots.lexicon().declare(SlotNames.titleCase(name), Atlas.Concept, Lexicon.RANK_SENTENCE), null));
                }
            }
            PartRules.parts(parts, whole, true, "made-of", out);
        }
    }

    /** "LLM agent는 …", "SWE-bench는 …", "Mixtral 8x7B(…)는 …": a sentence opening with its topic. */
    private static final Pattern TOPIC = Pattern.compile(
            "^\\s*([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)\\s*(?:[(（][^()（）]*[)）])?(?:은|는)\\s");

    /** See {@link #TOPIC}: a known name, a proper or versioned one, or a kind of model and a word ("LLM agent"); else null. */
    Entity topic(String s, int line) {
        Matcher m = TOPIC.matcher(s);
        if (!m.find()) {
            return null;
        }
        // a known name, or one marked as a name (two capitals, a digit: "HeronArena"); not any capitalised word ("Acme")
        Optional<Entity> named = slots.lexicon().find(m.group(1)).or(() -> slots.resolve(m.group(1), Atlas.Concept, line));
        String[] words = m.group(1).split(" ");
        if (named.filter(Clauses::isModelKind).isPresent() && words.length == 2 && PLAIN_PHRASE.matcher(words[1]).matches()) {
            // "LLM agent는": a kind of model and what it is made into name a concept of their own
            return slots.lexicon().find(m.group(1)).orElseGet(() -> slots.lexicon().declare(words[0] + " " + SlotNames.titleCase(words[1]),
                    Atlas.Concept, Lexicon.RANK_SENTENCE));
        }
        return named.filter(x -> !x.type().equals(Atlas.Organization) && !isModelKind(x)).orElse(null);
    }

    /** The known name owning a means: "RoPE의 " right before it. */
    private Optional<Entity> meansOwner(String before) {
        Matcher owner = MEANS_OWNER.matcher(before);
        return owner.find() ? slots.lexicon().find(owner.group(1)) : Optional.empty();
    }

    /** "RoPE의 " right before a means: its owner. */
    private static final Pattern MEANS_OWNER = Pattern.compile("(?:^|\\s)([\\p{IsLatin}π][^\\s,()\\p{IsHangul}]*)의\\s+$");

    /**
     * "Quantization, speculative decoding으로 최적화 가능함", "LoRA를 사용하여 완화함": a fix with no object of its
     * own is applied to the context, so the context is what is fixed (a cost, a problem), not a user.
     */
    private static final Pattern PATIENT = Pattern.compile("\\s*(?:을|를)?\\s*(?:(?:알고리즘|방식|기법)?(?:으로|로)\\s+)?"
            + "(?:(?:사용|활용|이용|적용)(?:하여|해서|해|하고)\\s+)?(?:완화|해결|극복|방지|최적화|개선)(?:\\s*가능|함|할|된|됨|\\s*\\.|\\s*$)");
    /** A known name, a proper name, or a phrase headed by a method noun ("prefix caching", "extended thinking"). */
    /** "Automatic Prefix Caching", "Extended Thinking": every word and hyphenated part capitalised. */
    private static final Pattern CAPITALISED_PARTS = Pattern.compile("[\\p{Lu}\\d][^\\s\\-]*(?:[\\s\\-][\\p{Lu}\\d][^\\s\\-]*)*");

    /**
     * Whether a means names a technique: a known or proper name, else a plain phrase whose head is a process or a
     * working part ("majority vote", "frame sampling", "tree attention"), not a thing worked on or with
     * ("forward pass로 검증", "natural language로 생성", "local batch로 학습").
     */
    private boolean namesTechnique(String name) {
        return !name.equals(name.toLowerCase(java.util.Locale.ROOT)) || slots.lexicon().find(name).isPresent()
                || TECHNIQUE_HEAD.matcher(name.strip()).find();
    }

    /** The head word of a plain technique phrase: a process noun or a working part of a model. */
    private static final Pattern TECHNIQUE_HEAD = Pattern.compile(
            "(?:ing|tion|sion|ment|ance|ence|attention|encoder|decoder|head|network|layer|vote|search|tree|loss|cache|projector|module|policy|objective|model|tool|softmax|kernel|optimizer|scheduler|schedule)$");

    private boolean namesMethod(String name) {
        return slots.lexicon().find(name).isPresent() || UseRules.PROPER_SHAPE.matcher(name).find() || UseRules.METHOD_PHRASE.matcher(name.strip()).matches();
    }

    /** "INT8", "INT4/INT8", "FP16", "4-bit": number formats, what a tensor is quantized or converted to. */
    private static final Pattern NUMBER_FORMAT = Pattern.compile("(?i)(?:(?:u?int|fp|bf|nf)\\d+|\\d+-?bit)(?:\\s*[/,]\\s*(?:(?:u?int|fp|bf|nf)\\d+|\\d+-?bit))*");
    /** "LLM.int8()처럼 mixed precision으로 처리": what is done like another is that other's means. */
    private static final Pattern LIKE_OTHER = Pattern.compile("[\\p{IsLatin}\\d)]처럼\\s");

    private static boolean likeOther(String s, int at) {
        return LIKE_OTHER.matcher(s.substring(clauseStart(s, at), at)).find();
    }

    private static final Pattern RESULT_VERB = Pattern.compile("양자화|변환|구현|처리");

    private String lastSentence;
    private String lastText;

    /** {@link UseRules#objectText} of the sentence the rules are reading, computed once for its several patterns. */
    String objectText(String s) {
        if (!s.equals(lastSentence)) {
            lastSentence = s;
            lastText = UseRules.objectText(s);
        }
        return lastText;
    }

    /** An object marked earlier in the clause ("KV-cache를 INT8로 양자화", "Weight만 INT4로"). */
    private static final Pattern OBJECT_BEFORE = Pattern.compile("\\S(?:을|를)\\s|[\\p{IsLatin}\\d)]만\\s");

    /**
     * Whether an INSTRUMENT match names a means. Not "A를 X로 양자화/변환/구현/처리", where X is the
     * form A is turned into (a means named as one, "Action을 DDPM 방식으로 생성", still is), nor
     * "task-specific 데이터로": data is a means only when it is a named data set.
     */
    private static boolean statesMeans(String s, Matcher m) {
        String head = s.substring(m.end(1), m.end());
        if (head.contains("데이터") && m.group(1).chars().noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            return false;
        }
        boolean result = RESULT_VERB.matcher(head).find() && !hasAny(head, "방식", "알고리즘", "기법")
                && (OBJECT_BEFORE.matcher(s.substring(clauseStart(s, m.start(1)), m.start(1))).find() || NUMBER_FORMAT.matcher(m.group(1)).matches());
        return !result && !likeOther(s, m.start(1));
    }

    /** The known entity a clause names as its subject before {@code at}, else {@code context}. */
    Entity clauseSubject(String s, int at, Entity context) {
        Matcher m = CLAUSE_SUBJECT.matcher(s);
        Entity subject = context;
        int from = 0;
        while (from < at && m.find(from) && m.start(1) < at) {
            String name = m.group(1);
            char marker = s.charAt(m.end() - 2);
            if ((marker == '이' || marker == '가') && RELATIVE_VERB.matcher(s).region(m.end(), s.length()).lookingAt()) {
                from = m.end(); // "DeepSeek-R1이 생성한 샘플로 …": the subject of a clause that only qualifies a noun
                continue;
            }
            // "FlashAttention-2가 Triton으로 구현되어 있음": a versioned proper name is a model even when not yet known
            subject = slots.lexicon().find(name).or(() -> VERSIONED_NAME.matcher(name).matches() || Declarations.VERSIONED_MODEL.matcher(name).matches()
                            ? slots.resolve(name, Atlas.Model, 0) : Optional.empty())
                    .filter(e -> !e.type().equals(Atlas.Organization)).orElse(context);
            from = m.end();
        }
        return subject;
    }

    /** A verb in its adnominal form ("생성한", "만든", "쓰는", "학습된"): a name marked with 이/가 before it is the subject of a relative clause. */
    private static final Pattern RELATIVE_VERB = Pattern.compile("\\p{IsHangul}*(?:한|된|만든|쓴|낸|던|하는|되는|쓰는|만드는)\\s");

    /**
     * "FlashAttention-2", "Qwen2-VL", "Nova-1": one capitalised word with a version number in it; also a hyphenated
     * name with one ("DeepSeek-Coder-V2", "Egret-Coder-2").
     */
    private static final Pattern VERSIONED_NAME = Pattern.compile(
            "\\p{Lu}[\\p{IsLatin}]*\\p{Lu}[\\p{IsLatin}]*-\\d+(?:\\.\\d+)?|\\p{Lu}[\\p{IsLatin}]*-?\\d+(?:\\.\\d+)?(?:-\\p{Lu}[\\p{IsLatin}\\d]*)?"
            + "|(?=\\S*\\d)\\p{Lu}[\\p{IsLatin}\\d.]*(?:-[\\p{IsLatin}\\d.]+)+");

    /** The name right after "X 기반": "softmax 기반 InfoNCE는", "Radix tree 기반 prefix caching(RadixAttention)과". */
    private static final Pattern BASED_THING = Pattern.compile(
            "([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,()\\p{IsHangul}]*){0,2})\\s*(?:[(（]([^()（）,\\p{IsHangul}]+)[)）])?(은|는|이|가|과|와|을|를|의|\\s|$)");

    /**
     * "Mistral 7B를 바탕으로 한 sparse MoE 모델들임", "LLaMA-2를 토대로 학습함", "GPT-J(6.7B)를 기반으로 합니다": what the context
     * is based on, a model too.
     */
    private static final Pattern GROUNDED_ON = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES + "\\s*(?:\\([^()]*\\))?\\s*(?:을|를)\\s+(?:바탕으로|토대로|기반으로)");

    void groundedOn(String s, Entity context, int line, List<Relation> out) {
        Matcher m = GROUNDED_ON.matcher(s);
        while (m.find()) {
            Entity subject = clauseSubject(s, m.start(), context);
            for (String name : slots.splitList(m.group(1))) {
                slots.resolveTerm(name, line).filter(x -> !x.equals(subject) && !isModelKind(x) && !isMeasure(x) && !x.type().equals(Atlas.Organization))
                        .ifPresent(x -> out.add(new Relation(subject, Atlas.uses, x, Emitter.STATED, "based-on")));
            }
        }
    }

    /** What a definition says the context is, closing the sentence after "X 기반의": "LoRA fine-tuning." */
    private static final Pattern BASED_KIND = Pattern.compile(
            "\\s+([\\p{IsLatin}][\\p{IsLatin}\\d\\-]*(?:\\s[\\p{IsLatin}\\d][\\p{IsLatin}\\d\\-]*){0,3})\\s*[.。]?\\s*$");

    /** "baseline보다", "방법 대비": the noun after "X 기반" is what a comparison is made against. */
    private static final Pattern COMPARED_NEXT = Pattern.compile("\\s*[^\\s,.]{1,20}\\s*(?:보다|대비)(?=\\s|$|[,.])");

    /**
     * "X 기반" said of the context; "X 기반 Y" where Y is a known or proper name says Y is based on X
     * (the specific name in Y's parentheses when there is one), and "… Y는" in the context's sentence
     * that the context uses Y. "CLIP의 softmax 기반": the owner before "의" is not what is based on.
     */
    void basedOn(String s, Entity context, int line, List<Relation> out) {
        Matcher m = BASED_ON.matcher(s);
        while (m.find()) {
            if (COMPARED_NEXT.matcher(s).region(m.end(), s.length()).lookingAt()) {
                continue; // "RAG 기반 baseline보다 …": what is compared with is based on X, not the context
            }
            if (s.charAt(m.end() - 1) == ',' && !context.isModelLike()) {
                continue; // "Attention score 기반, 유사도 기반 … 방식이 있음": kinds listed; "XLM-RoBERTa 기반, …" of a model is its base
            }
            if (hasAny(s, "비교", "평가", "측정") && MEANS_OF_EVALUATION.matcher(s).region(m.end(), s.length()).lookingAt()) {
                continue; // "ShareGPT 기반 요청 trace로 throughput을 비교함": what it is measured with, not what it uses
            }
            String slot = m.group(1);
            Entity user = context;
            int open = slot.lastIndexOf('(');
            if (open >= 0 && slot.indexOf(')', open) < 0) {
                // "FAST tokenizer(DCT 기반 action 압축)": what the parenthesis says is based on is named before it
                String holder = lastPhrase(slot.substring(0, open));
                user = Names.startsLatinOrGreek(holder) ? slots.resolveTerm(holder, line).orElse(context) : context;
                slot = slot.substring(open + 1);
            }
            slot = slot.substring(slot.lastIndexOf("의 ") + 1);
            Matcher thing = BASED_THING.matcher(s).region(m.end(), s.length());
            if (Character.isWhitespace(s.charAt(m.end() - 1)) && thing.lookingAt()) {
                String name = thing.group(2) != null ? thing.group(2).strip() : thing.group(1);
                Optional<Entity> y = slots.lexicon().find(name).or(() -> UseRules.PROPER_SHAPE.matcher(name).find() ? slots.resolveTerm(name, line) : Optional.empty());
                if (y.isPresent() && !y.get().equals(context)) {
                    user = y.get();
                    if (hasAny(thing.group(3), "은", "는", "이", "가") && !y.get().isModelLike()) {
                        out.add(new Relation(context, Atlas.uses, user, Emitter.STATED, "based-on-subject"));
                    }
                }
            }
            Matcher kind = BASED_KIND.matcher(s).region(m.end(), s.length());
            if (s.charAt(m.end() - 1) == '의' && kind.lookingAt()) {
                // "QLoRA: 4-bit NF4 quantization 기반의 LoRA fine-tuning.": the context is a kind of the named thing, which it uses
                slots.resolve(kind.group(1), Atlas.Concept, line).filter(y -> !y.equals(context) && !y.isModelLike() && !isModelKind(y) && !isMeasure(context))
                        .ifPresent(y -> out.add(new Relation(context, Atlas.uses, y, Emitter.STATED, "based-kind")));
            }
            if (slot.contains("+")) {
                // "SigLIP(vision encoder) + LLaMA-2 7B 기반의 VLA": built from these parts
                List<PartRules.Part> parts = slots.splitPlus(slot).stream().map(part -> partRules.part(part, line)).flatMap(Optional::stream).toList();
                if (parts.size() >= 2) {
                    PartRules.parts(parts, user, !isMeasure(user), "based-on", out);
                    continue;
                }
            }
            Entity u = user;
            // "OCR 기반 텍스트 인식 능력을 평가하는 벤치마크": a benchmark names what it evaluates, not what it uses
            slots.resolveTerm(lastPhrase(slot), line).filter(b -> !b.equals(u) && !isMeasure(u))
                    .ifPresent(b -> out.add(new Relation(u, Atlas.uses, b, Emitter.STATED, "based-on")));
        }
    }
}
