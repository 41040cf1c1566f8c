package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Sentence rules for how these notes state relations: Korean predicate endings after English
 * names. Each rule is general for the genre; {@code context} is the entity the sentence is about
 * (the term of a keyword bullet, the subject of a Q&A answer), or null when there is none, in
 * which case only rules that name both ends in the sentence apply.
 *
 * <ul>
 *   <li>users: {@code A, B 등이 사용함}, {@code A가 도입함}, {@code A는 B를 사용} → A uses B/context</li>
 *   <li>based on / built from: {@code X 기반}, {@code A + B 구조}, {@code 구성: A + B} → context uses X (+ partOf)</li>
 *   <li>improves on: {@code X의 후속}, {@code X의 개선 버전}, {@code X 대신}, {@code X보다 … 우수}, lineage arrows</li>
 *   <li>evaluated by: {@code B 벤치마크로 평가함}, {@code M로 측정}; a benchmark that {@code X를 평가하는}</li>
 * </ul>
 */
final class RelationRules {
    /** "32K(LLaMA-2)", "~70%(GPT-4)": a value with the model it belongs to in parentheses. */
    private static final Pattern VALUE_OF = Pattern.compile("(?:^|\\s)[~≈]?\\d+(?:\\.\\d+)?\\s*[KMBTkmbt%x]?\\s*[(（]");
    private static final Pattern LINEAGE_ITEM = Pattern.compile("^(.*?)\\s*[(（]([^()（）]+)[)）]\\s*(.*)$");
    /** Where a clause starts: at the start, or after . : ; ( ) — not after the dot of a version ("Qwen2.5가"). */
    private static final String CLAUSE_START = "(?:^|(?<=[:;()])|(?<=\\.)(?!\\d))";
    /** A character inside a clause: not . : ; ( ), except the dot of a version ("Llama 3, Qwen2.5가 … 채택함"). */
    private static final String CLAUSE_CHAR = "(?:[^.:;()]|\\.(?=\\d))";
    private static final String USE_VERB = "(?:사용|채택|도입|활용|적용|이용)";
    /** "… 등이 사용함" / "… 가 도입함": the list before the subject marker is the users. */
    private static final Pattern USERS = Pattern.compile(
            CLAUSE_START + "\\s*(" + CLAUSE_CHAR + "+?)\\s*(?:등(?:\\s+[^\\s]+)?\\s+(?:모델|LLM|VLM|시스템|엔진|프레임워크)들?(?:이|도|은)|등(?:이|은|도|에서)?"
                    + "|(?<=[\\p{IsLatin}\\d)])(?:이|가|들이|에서|도))\\s+(?:[^\\s]+\\s+){0,3}?(?:" + USE_VERB
                    + "(?:함|했|하여|하며|하고|한다|하는|하나|됨|되|중|한\\s+(?:모듈|방법|기법|구조|방식|기술|알고리즘|아키텍처)|\\b|$)"
                    + "|구현(?:함|했|하며|하고|한다|임|\\s*\\.?$)|(?<!에서\\s)지원(?:함|했|하며|하고|한다))");
    /** "BERT, RoBERTa가 대표적임", "LLaMA, Mistral 등 현대 LLM의 표준임", "GPT, LLaMA 계열이 해당됨": representatives use the context. */
    private static final Pattern REPRESENTATIVES = Pattern.compile(
            CLAUSE_START + "\\s*(" + CLAUSE_CHAR + "+?)\\s*(?:(?:이|가|등이)\\s*(?:대표적|해당|대표\\s*모델)|등\\s+(?:[^\\s.]+\\s+){0,3}?[^\\s.]*(?:의\\s*)?(?:표준|필수|기본))");
    /** "LLaMA-2/3, Mistral, Gemma, Qwen2 채택.", "GPT 계열, LLaMA 사용.": a bare list of users closing the sentence. */
    private static final Pattern LIST_THEN_VERB = Pattern.compile(
            CLAUSE_START + "\\s*(" + CLAUSE_CHAR + "+," + CLAUSE_CHAR + "+?)(?<![을를])\\s+(?:채택|사용|적용|구현)(?:함|됨|중)?\\s*\\.?$");
    /** "LLaMA, Mistral, Qwen, Gemma의 표준": the members of the list each use the context. */
    private static final Pattern STANDARD_OF = Pattern.compile(
            CLAUSE_START + "\\s*(" + CLAUSE_CHAR + "+," + CLAUSE_CHAR + "+?)의\\s*(?:사실상\\s*)?(?:표준|기본)");
    /** "DeepSeek-R1에 사용됨", "LLaMA, PaLM에서 채택됨", "vLLM에 통합됨": the passive names the users. */
    private static final Pattern USED_IN = Pattern.compile(
            CLAUSE_START + "\\s*(" + CLAUSE_CHAR + "+?)(?<=[\\p{IsLatin}\\d)])(?:에서|에)\\s*(?:[^\\s]+\\s+)?(?:사용|채택|도입|적용|활용|제안|통합|탑재|내장)(?:됨|되었|되며|되고|된다|되는|된)");
    /** "VLM의 vision encoder로 가장 많이 사용됨", "RLHF의 KL penalty로 … 제약하는 데 사용함": what the context serves in uses it. */
    private static final Pattern USED_AS = Pattern.compile(
            "([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*)의\\s+[^.:;]{0,30}?(?:으로|로)\\s+(?:(?:가장|널리|주로|많이)\\s+)*(?:사용|채택|쓰이)(?:됨|되는|되며|되고|된다|는|며)"
                    + "|([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*)의\\s+[^.:;]{0,40}?(?:으로|로)\\s+[^.:;]{0,40}?\\s데\\s+(?:사용|활용)(?:함|됨|된다)");
    /** "LLaMA-3 128K context 확장에 사용됨", "Claude 계열의 harmlessness 학습에 쓰임": a model opening the clause is what the context was used for. */
    private static final Pattern USED_FOR = Pattern.compile(
            "(?:^|(?<=[.:;()])|(?<=(?:하며|하고|이며)\\s))\\s*([\\p{IsLatin}π][^\\s,()\\p{IsHangul}]*(?:\\s계열)?)(?:의)?\\s[^.:;()]{0,30}?에\\s*(?:[^\\s]+\\s+)?(?:(?:사용|활용|적용)(?:됨|되었|되며|되고|된다)|쓰임|쓰였|쓰인다)");
    /** An English name, possibly several words or a slash group, as it stands before a Korean particle. */
    private static final String NAME = "([\\p{IsLatin}π][^\\s,:;()\\p{IsHangul}]*(?:[ /][\\p{IsLatin}\\d][^\\s,:;()\\p{IsHangul}]*){0,3}?)";
    /** A comma or "와/과" list of such names ("Prefix caching, LoRA serving, speculative decoding"). */
    private static final String NAMES = "((?:[\\p{IsLatin}π][^\\s,:;()\\p{IsHangul}]*(?:[ /][\\p{IsLatin}\\d][^\\s,:;()\\p{IsHangul}]*){0,3}?(?:\\s*,\\s*|(?:와|과)\\s+|\\s+또는\\s+))*"
            + "[\\p{IsLatin}π][^\\s,:;()\\p{IsHangul}]*(?:[ /][\\p{IsLatin}\\d][^\\s,:;()\\p{IsHangul}]*){0,3}?)";
    /** "BFS/DFS/MCTS로 탐색", "MLM으로 사전학습", "Ring-AllReduce로 통신": the means of the context. */
    static final Pattern INSTRUMENT = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "\\s*(?:알고리즘|방식|모델|기법|데이터|자료구조)?(?:으로|로)\\s+(?:(?!사용|활용|이용|후\\s)[^\\s.]+(?:(?<!로|하고|하여|하며|하면|해서|되어|되고|되며)|(?<=적으로))\\s+){0,4}?(?:사전\\s*학습|학습|탐색|수행|구현|통신|생성|계산|최적화|압축|추정|예측|양자화|필터링|정규화|샘플링|인코딩|디코딩|절약|통합|표현|찾|검색|처리|감소|줄이|줄여|제약|보호|결정|관리|참조|줄[임인]|확장|라벨링|레이블링|채점|검증|주입|\\p{Ll}+(?:ation|ing)(?=하|\\s*가능))");
    /** {@link #INSTRUMENT} tried only right before each "로" (null if its source no longer allows that). */
    static final CueScan INSTRUMENT_SCAN = CueScan.before(INSTRUMENT, '로', "(?:으로|로)", ":;()");
    /** "extended thinking 지원", "RLAIF와 결합", "DDPM/DDIM 방식": features and ingredients of the context. */
    private static final Pattern FEATURE = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "\\s*(?:(?:을|를|도)?\\s*지원|(?:와|과|을|를|에)\\s*결합|\\s*방식(?:으로|을|의)?(?=[\\s.]|$))");
    /**
     * "Hessian을 활용하여", "InfoNCE loss를 사용하는", "FlashAttention을 block 단위 연산에 그대로 사용함": what the context
     * (or the clause's own subject) uses; the words between name no other object and no contrast ("A가 아닌 B에 적용").
     */
    private static final Pattern OBJECT_USED = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "\\s*(?:을|를)\\s+(?:(?!아닌\\s)[^\\s.]*[^\\s.을를]\\s+){0,4}?" + USE_VERB + "(?:하|함|해|한)");
    /** "VLM을 backbone으로 씀", "prospect theory를 가져와", "DPO를 여러 라운드 반복": use, borrow, repeat after the object. */
    private static final Pattern OBJECT_WORN = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "\\s*(?:을|를)\\s+(?:[^\\s.]+\\s+){0,2}?(?:씀|써서|쓰고|쓰며|쓴다|가져와|가져옴|가져온|차용|반복)(?=[\\s.,하]|$)");
    /** "PagedAttention과 continuous batching이 핵심인", "loss masking이 핵심임": the core parts of the context. */
    private static final Pattern CORE = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "(?:이|가)\\s+(?:[^\\s.]+\\s+)?(?:핵심|특징)");
    /** "vLLM의 핵심 구성요소임", "a core component of SGLang": the system the context is a part of, which uses it. */
    private static final Pattern COMPONENT_OF = Pattern.compile(
            "(?:^|(?<=[\\s,(]))" + NAME + "의\\s+(?:핵심\\s*|주요\\s*)?(?:구성\\s*요소|(?i:components?))(?:임|이다|입니다|이며|\\s*\\.|\\s*$)"
                    + "|(?i:(?:a|the)\\s+(?:core\\s+|key\\s+|main\\s+)?component\\s+of\\s+)" + NAME + "(?=[\\s,.;]|$)");

    private void componentOf(String s, Entity context, int line, List<Relation> out) {
        if (hasAny(s, "아님", "아니", "않", "not ")) {
            return;
        }
        Matcher m = COMPONENT_OF.matcher(s);
        while (m.find()) {
            slots.lexicon().find(m.group(1) != null ? m.group(1) : m.group(2))
                    .filter(x -> !x.equals(context) && !isMeasure(x) && !isModelKind(x) && !x.type().equals(Atlas.Organization))
                    .ifPresent(x -> {
                        out.add(new Relation(context, Atlas.partOf, x, Emitter.STATED, "component-of"));
                        out.add(new Relation(x, Atlas.uses, context, Emitter.STATED, "component-of"));
                    });
        }
    }

    /** "Adam에 decoupled weight decay를 결합", "VLM 위에 action generation module을 추가": both are ingredients. */
    private static final Pattern ADDED_ON = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAME + "\\s*(?:에|\\s위에)\\s+" + NAMES
            + "\\s*(?:을|를)\\s+(?:결합|추가)");
    /** "AnyRes 도입으로", "MoE 도입,": a technique introduced, written without a particle. */
    private static final Pattern INTRODUCED = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "\\s+(?:도입|채택)(?:으로|하여|하고|하며|함|했|\\s*[.,]|\\s*$)");
    /** "T5의 pretraining objective", "원래 Transformer의 방법", "DeepSpeed의 메모리 최적화 기법": the owner uses the context. */
    private static final Pattern OWNER = Pattern.compile(
            "(?:^|\\s)([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?(?:\\s*계열)?)의\\s+(?:[^\\s.]+\\s+){0,3}?(?:objective|방법론|방법|기법|방식)(?:임|이다)?\\.?$");
    /** "Static batching의 GPU idle time을 없애": the context fixes what it names, so it improves on it. */
    private static final Pattern FIXES = Pattern.compile(
            "(?:^|\\s)([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)의\\s+[^.]{0,40}?(?:을|를)\\s*(?:없애|해결|극복|보완)");
    /** The subject a clause names itself: "DDP는 …", "FlashAttention-2가 …". */
    private static final Pattern CLAUSE_SUBJECT = Pattern.compile(
            "(?:^|[.;:]\\s*|(?:하며|하고|하여|이며|고),?\\s+)([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)(?:은|는|이|가)\\s");
    /** "A는 B를 사용" with both ends named. */
    private static final Pattern SVO = Pattern.compile(
            "([\\p{IsLatin}π][^\\s,\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,\\p{IsHangul}]*){0,3}?)(?:은|는|이|가)\\s+((?:(?!(?:은|는|이|가)\\s)[^,;])+?)(?:을|를)\\s+(?:[^\\s]+\\s+)?" + USE_VERB);
    private static final Pattern BASED_ON = Pattern.compile("(?:^|(?<=[.:;()]))\\s*([^.:;]+?)\\s*기반(?:의|으로|이며|임|하|\\s|$|\\.)");
    private static final Pattern COMPOSED = Pattern.compile(
            "(?:구성\\s*[:：]\\s*)?([^.:;]*?\\S\\s*\\+\\s*[^.:;]+?)\\s*(?:구조|구성|아키텍처|architecture|조합|\\.|$)");
    private static final Pattern SUCCESSOR = Pattern.compile("([^\\s,(]+(?:\\s[^\\s,(]+)?)의\\s*(?:후속|개선\\s*(?:버전|판|모델)|확장\\s*(?:버전|판)|차기)");
    /** "X를 개선한 …", "X를 decoding에 맞게 분할한 개선 버전": what the context improves on opens the sentence. */
    private static final Pattern IMPROVED_VERSION = Pattern.compile(
            "^(?:(.+?)(?:을|를)\\s*개선한|([^.을를]+?)(?:을|를)\\s[^.을를]{0,40}?\\s개선\\s*(?:버전|판|모델)(?!(?:은|이)\\s*아))");
    /** "CLIP의 softmax 기반 InfoNCE 대신 sigmoid loss를 사용": what is replaced is named right before "대신". */
    private static final Pattern INSTEAD = Pattern.compile("(?:^|(?<=[.:;()]))\\s*([^.;]*?[\\p{IsLatin}\\d)])\\s*대신\\s*(?:([\\p{IsLatin}][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)(?:을|를|으로|로)\\s)?");
    /** "X의 …": the owner a replaced part belonged to. */
    private static final Pattern OWNER_OF_PART = Pattern.compile("^\\s*([\\p{IsLatin}][^\\s,()]*)의\\s");
    /** "개선 버전", "후속 모델" said of the context alone: its predecessor is its own name without the version. */
    private static final Pattern IMPROVED_ALONE = Pattern.compile("(?:개선|후속|차기)\\s*(?:버전|판|모델)");
    private static final Pattern UNVERSIONED = Pattern.compile("^(.*?\\S)[-\\s]?v?\\d+(?:\\.\\d+)*$");
    /** "기존 SSM의 …", "기존 RoPE:", "기존 LayerNorm에서": the known thing the context replaces. */
    private static final Pattern EXISTING = Pattern.compile("기존\\s+([\\p{IsLatin}][^\\s,()]*?)(?:의|에서|:|와\\s*다른|과\\s*다른)(?=\\s|$)");
    /** "A는 B보다 …", "B 대비 …": the comparison point; the names before it are what is compared against. */
    private static final Pattern THAN = Pattern.compile("(?:보다|대비)(?=\\s|$|[,.])");
    /**
     * "MQA만큼 빠르면서 MHA에 가까운 품질": as fast as the one and better in quality, so it improves on it;
     * only close to the other in quality while faster is a trade-off with that one, not an improvement.
     */
    private static final Pattern AS_GOOD_AS = Pattern.compile(
            "([\\p{IsLatin}π][^\\s,()]*)만큼\\s*(?:[^\\s.,]+\\s+)?(?:빠르|빠른|효율적|가벼|싸|저렴)[^.,]{0,6}?(?:면서|며)\\s");
    /** Plainly better: the subject is ahead on this axis. */
    private static final Pattern GOOD = Pattern.compile("우수|뛰어|장점|좋[은아고음다]|좋$|나은|낫[고다]|빠르|빠른|빠름|효율적|안정적|robust|강건|정확|개선|향상|유리|단순|저렴|절약|절감|높은\\s*성능|표현력이\\s*높");
    /** Worse on the axis, or a trade-off named in the same clause. */
    private static final Pattern BAD = Pattern.compile("느리|느린|느림|나쁘|떨어|부족|(?<!절)약하|(?<!절)약함|어렵|불안정|지만|반면|그러나|하지만|손실(?!\\s*(?:이|가|을|를)?\\s*(?:적|없|줄|작|낮))");
    private static final Pattern LESS = Pattern.compile("낮|적[은고음게다]|적$|작[은고음게다]|작$|감소|줄|덜|절반");
    /** "높음", "약 2배", "5배": more of something. */
    private static final Pattern MORE = Pattern.compile("높|크[고게다]|큰|많|증가|풍부|\\d\\s*배");
    private static final Pattern COST = Pattern.compile("(?i)비용|민감|의존|데이터로|메모리|손실|오차|error|latency|지연|연산량|계산량|step|시간|파라미터|cost|VRAM|bubble|오버헤드|overhead|크기|hallucination|저하");
    private static final Pattern BENEFIT = Pattern.compile("(?i)성능|정확도|품질|표현력|안정성|처리량|throughput|점수|효율|속도|accuracy|recall|utilization|활용률|이용률|성공률|success");
    /** The end of the clause a comparison is made in. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;]\\s|(?<=[\\p{IsHangul})])\\s*,\\s|[.;]$|(?:하며|이며|하고|으며|되며|며)\\s");
    /** "A는 …", "A가 …": the explicit subject of a comparison, with its Korean topic or subject marker. */
    private static final Pattern SUBJECT_MARKED = Pattern.compile("([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)(?:은|는|이|가)(?=\\s)");
    /** "A는 X 문제가 있고, B는 … X를 방지": group 1 has problem 2, group 3 deals with it in 4. */
    private static final Pattern PROBLEM_SOLVED = Pattern.compile(
            "([\\p{IsLatin}][^\\s,()]*)(?:은|는)\\s+([^.;]{1,60}?)(?:문제|위험|한계|단점)(?:가|이|도)?\\s*(?:있고|있으며|있지만|있어|있는\\s*반면)\\s*,?\\s*"
            + "([\\p{IsLatin}][^\\s,()]*)(?:은|는)\\s+([^.;]{1,80}?)(?:방지|해결|완화|극복|없)");
    private static final Pattern ENGLISH_WORD = Pattern.compile("\\p{IsLatin}{3,}");
    private static final Pattern EVALUATED = Pattern.compile(
            "(?:^|(?<=[.:;(),]))\\s*([^.;:()]+?)\\s*(?:벤치마크|benchmark)?\\s*(?:로|으로|을\\s*통해|를\\s*통해)\\s*(?:[^\\s]+\\s+)?(?:평가|측정|탐지)");
    /** "o1/o3가 AIME에서 전문가 수준에 도달", "X는 MMLU, GSM8K에서 평가", "Qwen2-VL, InternVL 2가 MMBench에서 … 기록": scored on a benchmark. */
    private static final Pattern SCORED_ON = Pattern.compile(
            "(?:((?:[\\p{IsLatin}π][^\\s,()]*(?:\\s\\d[^\\s,()]*)?\\s*,\\s*)*[\\p{IsLatin}π][^\\s,()]*(?:\\s\\d[^\\s,()]*)?(?:\\s\\p{Lu}[\\p{IsLatin}]*)?)(?:이|가|은|는)\\s+)?((?:[\\p{IsLatin}][^\\s,()]*\\s*,\\s*)*[\\p{IsLatin}][^\\s,()]*)에서\\s+(?:[^\\s.]+\\s+){0,6}?(?:도달|달성|기록|평가|측정|\\d+(?:\\.\\d+)?\\s*(?:%|점))");
    /** In a benchmark's own bullet: "o3가 이를 초과", "GPT-4가 90%를 달성": a model scored on it. */
    private static final Pattern SCORES = Pattern.compile(
            "([\\p{IsLatin}π][^\\s,()]*(?:/[^\\s,()]+)*)(?:이|가|은|는)\\s+(?:[^\\s.]+\\s+){0,3}?(?:초과|달성|도달|기록)");
    /** The subject a sentence opens with, an English phrase before its marker: "Object hallucination(…)이 …". */
    private static final Pattern OPENING_SUBJECT = Pattern.compile(
            "^\\s*([\\p{IsLatin}][\\p{IsLatin}\\d\\-]*(?:\\s[\\p{IsLatin}\\d][\\p{IsLatin}\\d\\-]*){0,3})\\s*(?:[(（][^()（）]*[)）])?(?:이|가|은|는)\\s");
    /** In a metric's bullet, "LM이 test set을 얼마나 잘 예측하는지 나타내는 지표": what the sentence opens with is measured by it. */
    private static final Pattern MEASURE_OF = Pattern.compile(
            "^\\s*([^\\s(]+(?:\\s[^\\s(]+)?)(?:이|가)\\s[^.]*?(?:나타내는|측정하는|재는)\\s*(?:지표|척도|metric)");
    private static final Pattern EVALUATES = Pattern.compile("(?:^|(?<=[.:;()]))\\s*([^.;]+?)(?:을|를|의)?\\s*(?:평가하는|평가함|평가\\s*방법|측정하는)");
    private static final Pattern DEVELOPED = Pattern.compile(
            "([\\p{IsLatin}][^\\s,()/]*(?:\\s?[^\\s,()/]+)?(?:\\s*/\\s*[\\w.]+)+)\\s*(?:로|으로)?\\s*(?:발전|진화)");
    private static final Pattern COMPOSITION_CUE = Pattern.compile("구조|구성|아키텍처|architecture|조합|결합|파이프라인|pipeline");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*[(（][^()（）]*[)）]");
    private static final Pattern ARROW = Pattern.compile("\\s*(?:→|->|⇒)\\s*");
    /** "LLaVA 계열 모델의 발전 과정(1.0→1.5→NeXT)": a parenthesised chain of bare versions of the name before it. */
    private static final Pattern VERSION_CHAIN = Pattern.compile(
            "([\\p{IsLatin}][\\p{IsLatin}\\d\\-.]*)(?:\\s*계열)?[^()（）.→]*?[(（]\\s*(v?\\d+(?:\\.\\d+)*\\s*(?:→|->)[^()（）]*)[)）]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{3,}");
    private static final Pattern BARE_VERSION = Pattern.compile("v?\\d+(?:\\.\\d+)*[a-z]?|\\p{Lu}[\\p{L}\\d]*");

    private final SlotNames slots;
    private final MentionFinder mentions;
    private final UseRules useRules;

    RelationRules(Lexicon lexicon, MentionFinder mentions) {
        this.slots = new SlotNames(lexicon);
        this.mentions = mentions;
        this.useRules = new UseRules(slots);
    }

    SlotNames slots() {
        return slots;
    }

    List<String> unresolved() {
        return slots.unresolved;
    }

    /** All relations a sentence states. */
    List<Relation> apply(String sentence, Entity context, int line) {
        String s = sentence.replace("`", "").replace("**", "");
        List<Relation> out = new ArrayList<>();
        // cheap cue-word gates first: the clause patterns are only tried where their cue occurs
        boolean useCue = hasAny(s, USE_CUES);
        if (context != null) {
            if (useCue || hasAny(s, "대표", "해당", "표준", "필수", "기본", "구현", "지원", "제안", "쓰임", "쓰인", "쓰였", "통합", "탑재", "내장")) {
                users(PARENTHESES.matcher(s).replaceAll(""), context, line, out);
                asideUsers(s, context, line, out);
            }
            if (hasAny(s, "핵심", "특징")) {
                objects(CORE, "core-part", s, context, line, out);
            }
            if (hasAny(s, "구성요소", "구성 요소", "component")) {
                componentOf(s, context, line, out);
            }
            if (s.contains("의 ") && hasAny(s, "objective", "방법", "기법", "방식")) {
                owner(s, context, line, out);
            }
            if (s.contains("기반")) {
                basedOn(s, context, line, out);
            }
            if (hasAny(s, "바탕으로", "토대로")) {
                groundedOn(s, context, line, out);
            }
            if (s.indexOf('+') >= 0 || s.contains(" × ")) {
                composed(s.replace(" × ", " + "), context, line, out); // "TP × PP × DP를 결합"
            }
            if (s.contains("위에") && COMPOSITION_CUE.matcher(s).find()) {
                onTop(s, context, line, out);
            }
            if (hasAny(s, "후속", "개선", "확장", "차기", "대신", "없애", "해결", "극복", "보완", "기존")) {
                improves(s, context, line, out);
            }
            if (hasAny(s, "문제", "위험", "한계", "단점") && hasAny(s, "방지", "해결", "완화", "극복", "없")) {
                problemSolved(s, line, out);
            }
            if (hasAny(s, "평가", "측정", "탐지", "지표", "척도")) {
                evaluated(s, context, line, out);
            }
            if (hasAny(s, "점수", "score") && context.isModelLike() || hasAny(s, "성공률", "정확도", "accuracy") && !isMeasure(context)) {
                benchmarkScore(s, context, out);
            }
            if (hasAny(s, "로 ", "로)", "으로 ", "지원", "결합", "방식")) {
                if (mayMatch(INSTRUMENT, objectText(s))) {
                    objects(INSTRUMENT, "by-means-of", s, context, line, out);
                }
                if (mayMatch(FEATURE, objectText(s))) {
                    objects(FEATURE, "feature", s, context, line, out);
                }
            }
            if (hasAny(s, "결합", "추가")) {
                objects(ADDED_ON, "added-on", s, context, line, out);
                useRules.addedToModels(objectText(s), context, out);
            }
            if (!useCue && hasAny(s, "씀", "써서", "쓰고", "쓰며", "쓴다", "가져", "차용", "반복")) {
                objects(OBJECT_WORN, "uses-object", s, context, line, out); // "VLM을 backbone으로 씀"
            }
            if (useCue) {
                if (mayMatch(OBJECT_USED, objectText(s))) {
                    objects(OBJECT_USED, "uses-object", s, context, line, out);
                }
                if (mayMatch(INTRODUCED, objectText(s))) {
                    objects(INTRODUCED, "introduced", s, context, line, out);
                }
            }
            if (s.contains("에서") && hasAny(s, "방법", "기법", "메커니즘")) {
                useRules.usedWhere(s, context, line, out);
            }
            if (s.indexOf('=') >= 0) {
                useRules.formula(s, context, line, out);
            }
            if (s.contains("-based")) {
                useRules.basedOnHyphen(s, context, out);
            }
            if (s.indexOf('(') >= 0 && hasAny(s, "재사용", "사용", "채택", "활용")) {
                useRules.kindExamplesUsed(s, context, line, out);
            }
            doneBy(s, context, out);
            if (hasArrow(s)) {
                useRules.processSteps(s, context, line, out);
            }
            if (s.contains("생성")) {
                useRules.generatedData(s, context, out);
            }
            if (s.contains("방식") && s.indexOf(':') >= 0) {
                useRules.labelledManner(s, context, line, out);
            }
        }
        if (context == null && hasAny(s, "후속", "개선", "확장", "차기")) {
            // "Mixtral 8x22B는 Mixtral 8x7B의 확장판으로 …" with nothing around it: the clause names its own subject
            Entity own = clauseSubject(s, s.length(), null);
            if (own != null && own.isModelLike()) {
                improves(s, own, line, out);
            }
        }
        if (s.indexOf('(') >= 0 || s.indexOf('（') >= 0) {
            useRules.exampleModels(s, line, out);
            if (s.contains("로 ")) {
                useRules.madeWith(s, line, out);
            }
        }
        if (s.contains("필요")) {
            useRules.needs(s, line, out);
        }
        if (s.contains("에서") && s.indexOf('(') >= 0) {
            useRules.explainedIn(s, line, out);
        }
        if (s.indexOf('+') >= 0 && s.contains("등")) {
            useRules.combinationUsers(s, line, out);
        }
        if (hasAny(s, "VLM", "LLM", "VLA", "model", "모델")) {
            useRules.kindBuiltOn(s, line, out);
        }
        if (useCue && (s.contains("을") || s.contains("를"))) {
            svo(s, line, out);
        }
        if (s.contains("평가") && hasAny(s, "벤치마크", "benchmark")) {
            benchmarkSubject(s, line, out);
        }
        if (hasAny(s, "에서 ", "초과", "달성", "도달", "기록")) {
            scored(s, context, line, out);
        }
        if (hasAny(s, "보다", "대비", "만큼")) {
            comparisons(s, context, line, out);
        }
        if (hasAny(s, "평가", "측정") && (s.contains("로 ") || s.contains("으로 "))) {
            subjectEvaluated(s, line, out);
        }
        if (hasAny(s, "보완", "해결", "극복", "개선") && hasAny(s, "한계", "문제", "단점")) {
            subjectsFix(s, context, line, out);
        }
        if (hasAny(s, "앞섬", "앞서", "앞선", "앞섰", "능가", "압도", "넘어섬", "넘어섰")) {
            outperforms(s, context, line, out);
        }
        if (context != null && hasAny(s, "방식", "방법", "기법", "레시피", "알고리즘", "기술") && hasAny(s, "이 ", "같은 ", "동일한 ")) {
            demonstrativeUsers(s, context, line, out);
        }
        if (context != null && s.contains("단계") && hasArrow(s) && hasAny(s, "구성", "이루어")) {
            stagesOf(s, context, line, out);
        }
        if (hasAny(s, "pipeline", "Pipeline", "파이프라인")) {
            pipelineStages(s, line, out); // first: the stages of a pipeline are steps, not models of a lineage
        }
        lineage(s, context, line, out);
        if (s.contains("발전")) {
            versionsDeveloped(s, line, out);
        }
        return out;
    }

    private static final String[] USE_CUES = {"사용", "채택", "도입", "활용", "적용", "이용"};
    /**
     * A necessary condition of {@code p} finding a match in {@code s}: words or characters every match
     * contains. The patterns that scan a whole sentence at every position are tried only where their
     * gate holds (most sentences have none of their words, and a failed scan costs more than the rest
     * of a rule), so no result changes. A pattern changed later must keep its gate in step;
     * FastPathsTest checks every gate against its pattern on the seed notes and fixtures.
     */
    static boolean mayMatch(Pattern p, String s) {
        if (p == USED_IN) {
            return s.contains("에") && hasAny(s, "되", "됨", "된");
        } else if (p == USED_FOR) {
            return s.contains("에") && hasAny(s, "되", "됨", "된", "쓰임", "쓰였", "쓰인");
        } else if (p == LIST_THEN_VERB) {
            return s.indexOf(',') >= 0 && endsWithUseVerb(s);
        } else if (p == STANDARD_OF) {
            return s.indexOf(',') >= 0 && s.contains("의") && hasAny(s, "표준", "기본");
        } else if (p == USED_AS) {
            return s.contains("의") && s.contains("로") && hasAny(s, "사용", "채택", "쓰이", "활용");
        } else if (p == OWNED) {
            return s.indexOf('의') >= 0;
        } else if (p == FIXES) {
            return hasAny(s, "없애", "해결", "극복", "보완");
        } else if (p == INSTEAD) {
            return s.contains("대신");
        } else if (p == EXISTING) {
            return s.contains("기존");
        } else if (p == SUCCESSOR) {
            return hasAny(s, "후속", "개선", "확장", "차기");
        } else if (p == IMPROVED_VERSION) {
            return s.contains("개선");
        } else if (p == SCORED_ON) {
            return s.contains("에서") && hasAny(s, "도달", "달성", "기록", "평가", "측정", "%", "점");
        } else if (p == FEATURE) {
            return hasAny(s, "지원", "결합", "방식");
        } else if (p == INTRODUCED) {
            return hasAny(s, "도입", "채택");
        } else if (p == INSTRUMENT) {
            return particleAfterName(s, INSTRUMENT_PARTICLES, INSTRUMENT_NOUNS);
        } else if (p == PARTS_ASKED) {
            return s.contains("의") && hasAny(s, "구성", "단계", "구조", "component", "stage");
        } else if (p == OBJECT_USED) {
            return particleAfterName(s, OBJECT_PARTICLES, new String[0]);
        }
        return true;
    }

    /** The patterns {@link #mayMatch} has a gate for. */
    static List<Pattern> gatedPatterns() {
        return List.of(USED_IN, USED_FOR, LIST_THEN_VERB, STANDARD_OF, USED_AS, OWNED, FIXES, INSTEAD, EXISTING, SUCCESSOR,
                IMPROVED_VERSION, SCORED_ON, FEATURE, INTRODUCED, INSTRUMENT, OBJECT_USED, PARTS_ASKED);
    }

    /** The particles (and kind nouns before them) that end the NAMES slot of INSTRUMENT and OBJECT_USED. */
    private static final String[] INSTRUMENT_PARTICLES = {"으로", "로"};
    private static final String[] INSTRUMENT_NOUNS = {"알고리즘", "방식", "모델", "기법", "데이터", "자료구조"};
    private static final String[] OBJECT_PARTICLES = {"을", "를"};

    /**
     * Whether one of {@code particles} followed by a space has a name before it (a character that is not
     * Korean, maybe then spaces and one of {@code nouns}), as a NAMES pattern needs: a cheap test that
     * skips the costly scan of sentences where only Korean words take the particle.
     */
    private static boolean particleAfterName(String text, String[] particles, String[] nouns) {
        for (String p : particles) {
            for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
                int end = i + p.length();
                if (end < text.length() && Character.isWhitespace(text.charAt(end)) && nameBefore(text, i, nouns)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nameBefore(String text, int at, String[] nouns) {
        int j = at;
        for (String n : nouns) {
            if (text.startsWith(n, j - n.length())) {
                j -= n.length();
                break;
            }
        }
        while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        return j > 0 && Character.UnicodeScript.of(text.charAt(j - 1)) != Character.UnicodeScript.HANGUL;
    }

    private static boolean hasAny(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "SGLang의 RadixAttention이 구현함": in a list of users, "X의 Y" is X's Y, which X uses. */
    private static final Pattern OWNED = Pattern.compile("([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*)의\\s+([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*)$");

    private void ownedParts(String list, int line, List<Relation> out) {
        if (!mayMatch(OWNED, list.strip())) {
            return;
        }
        Matcher m = OWNED.matcher(list.strip());
        if (m.find()) {
            Optional<Entity> owner = slots.resolve(m.group(1), Atlas.Model, line);
            Optional<Entity> part = slots.resolveTerm(m.group(2), line);
            if (owner.isPresent() && part.isPresent() && !owner.equals(part) && !part.get().isModelLike()) {
                out.add(new Relation(owner.get(), Atlas.uses, part.get(), Emitter.STATED, "owner-of-part"));
            }
        }
    }

    /** An English name with a topic or object marker ("ZeRO-Infinity는 ", "weight decay를 "): not a list of users. */
    private static final Pattern TOPIC_MARKED = Pattern.compile("[\\p{IsLatin}\\d)](?:은|는|을|를)\\s");

    /** A list item that says what a thing serves as: "Llama 2 7B backbone", "SigLIP encoder", "Prismatic VLM 기반". */
    private static final Pattern ROLE_ITEM = Pattern.compile("^\\s*(.+?)\\s+(?:기반|backbone|(?:vision |image |text )?encoder|decoder)\\s*$");

    /**
     * "Prismatic VLM 기반, Llama 2 7B backbone 사용": a bare list whose items name roles is what the context uses,
     * not a list of users. True when every item is such a role (the relations are added).
     */
    private boolean rolesUsed(String list, Entity context, int line, List<Relation> out) {
        List<Entity> used = new ArrayList<>();
        for (String item : list.split(",")) {
            Matcher r = ROLE_ITEM.matcher(item);
            if (!r.matches()) {
                return false;
            }
            slots.resolve(r.group(1), Atlas.Concept, line).ifPresent(used::add);
        }
        used.forEach(u -> out.add(new Relation(context, Atlas.uses, u, Emitter.STATED, "roles-used")));
        return true;
    }

    /** The object of a clause ("PagedAttention을 ", "continuous batching을 "): an English phrase before 을/를. */
    private static final Pattern OBJECT_MARKED = Pattern.compile("([\\p{IsLatin}π][^\\s,]*(?:\\s[^\\s,]+){0,3}?)(?:을|를)\\s");

    /**
     * True when the clause between a subject and its verb names an object that is known and is not the context
     * ("PagedAttention을 ", "FP8과 비동기 연산을 ").
     */
    /** "… 등 k-quant 방식을": a list closed by a bare "등" before an object, not a subject marker. */
    private static final Pattern EXAMPLES_OF = Pattern.compile("^\\s*등\\s+(?!이\\s|이를|해당|같은|그\\s)(?:[^\\s]+\\s+){0,2}?[^\\s]+(?:을|를)\\s");

    /** The clause after a list gives the list as examples of an object other than the context. */
    private static boolean examplesOfObject(String clause, Entity context) {
        Matcher e = EXAMPLES_OF.matcher(clause);
        return e.find() && !Names.key(e.group()).contains(Names.key(context.label()));
    }

    private boolean namesOtherObject(String clause, Entity context) {
        Matcher o = OBJECT_MARKED.matcher(clause);
        if (!o.find()) {
            return false;
        }
        return slots.splitList(o.group(1)).stream().anyMatch(n -> slots.lexicon().find(n).filter(e -> !e.equals(context)).isPresent());
    }

    /** An aside listing users: "(Llama, Mistral 필수 적용)", "(GPT-4, Claude 등 채택)". */
    private static final Pattern PAREN_USERS = Pattern.compile(
            "[(（]([\\p{IsLatin}π][^()（）\\p{IsHangul}]*?)\\s*(?:등\\s*)?(?:필수\\s*|기본\\s*)?(?:적용|채택|사용)(?:됨|함|중)?\\s*[)）]");

    /** "… 유리합니다 (Llama, Mistral 필수 적용)": an aside that lists who uses the context. */
    private void asideUsers(String s, Entity context, int line, List<Relation> out) {
        Matcher aside = PAREN_USERS.matcher(s);
        while (aside.find()) {
            slots.resolveModels(slots.splitList(aside.group(1)), line).stream().filter(u -> !isModelKind(u) && !u.equals(context))
                    .forEach(u -> out.add(new Relation(u, Atlas.uses, context, Emitter.STATED, "users-aside")));
        }
    }

    private void users(String s, Entity context, int line, List<Relation> out) {
        if (context.label().contains(" vs ")) {
            return; // "Pre-LN vs Post-LN": a comparison is not what anything uses
        }
        Map<Pattern, String> rules = new LinkedHashMap<>();
        if (hasAny(s, USE_CUES) || hasAny(s, "구현", "지원")) {
            rules.put(USERS, "users-of");
        }
        if ((hasAny(s, "대표", "해당") || s.contains("등") && hasAny(s, "표준", "필수", "기본")) && !isModelKind(context)) {
            rules.put(REPRESENTATIVES, "representative-of"); // the representatives of "VLM" are VLMs, they do not use one
        }
        // each pattern only where the words it needs occur (a failed scan of these costs more than the rest)
        if (mayMatch(USED_IN, s)) {
            rules.put(USED_IN, "used-in");
        }
        // "BLIP-2에서 제안된 구조": a sentence with no other cue is only read for where the context was proposed
        boolean proposedOnly = !hasAny(s, USE_CUES) && !hasAny(s, "대표", "해당", "표준", "필수", "기본", "구현", "지원", "쓰임", "쓰인", "쓰였");
        if (!proposedOnly && mayMatch(LIST_THEN_VERB, s)) {
            rules.put(LIST_THEN_VERB, "users-list");
        }
        if (!proposedOnly && mayMatch(STANDARD_OF, s)) {
            rules.put(STANDARD_OF, "standard-of");
        }
        if (!proposedOnly && mayMatch(USED_AS, s)) {
            rules.put(USED_AS, "used-as");
        }
        Set<Entity> users = new HashSet<>();
        rules.forEach((p, rule) -> {
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (m.group(1) != null && TOPIC_MARKED.matcher(m.group(1)).find() || m.group(0).contains(" 아닌 ")) {
                    continue; // "ZeRO-Infinity는 CPU RAM과 NVMe도 활용함": after a named topic the list is what it uses
                }
                if (p == USERS && namesOtherObject(s.substring(m.end(1), m.end()), context)) {
                    continue; // "TGI가 PagedAttention을 사용함" under another term: they use what the clause names
                }
                if (p == USERS && examplesOfObject(s.substring(m.end(1), m.end()), context)) {
                    continue; // "Q4_K_M 등 k-quant 방식을 지원함" under GGUF: the list gives examples of the object
                }
                // one sentence, one statement per user: the first (most specific) rule names it
                // "… 유리하며 T5, LLaMA, Gemma가 사용함": the list starts at the last Korean word before it
                String list = m.group(1) != null ? m.group(1) : m.group(2);
                ownedParts(list, line, out);
                List<String> items = slots.splitList(list).stream().map(i -> Names.hasHangul(i) ? lastPhrase(i) : i).toList();
                if (p == LIST_THEN_VERB && list.split(",").length == items.size() && rolesUsed(list, context, line, out)) {
                    continue;
                }
                // "최신 VLM들이 채택함", "VLM의 vision encoder로 사용됨": a kind of model named as the user is one
                boolean kindUses = p == USERS || p == USED_AS;
                slots.resolveModels(items, line).stream().filter(u -> kindUses || !isModelKind(u)).filter(users::add)
                        .forEach(u -> out.add(new Relation(u, Atlas.uses, context, Emitter.STATED, rule)));
            }
        });
        Matcher m = USED_FOR.matcher(s);
        while (!proposedOnly && mayMatch(USED_FOR, s) && m.find()) {
            slots.lexicon().find(m.group(1)).filter(u -> u.isModelLike() && !u.equals(context)).filter(users::add)
                    .ifPresent(u -> out.add(new Relation(u, Atlas.uses, context, Emitter.STATED, "used-for")));
        }
    }

    private static final String[] LIST_VERBS = {"채택", "사용", "적용", "구현"};

    /** Whether the sentence can end as {@link #LIST_THEN_VERB} needs: a use verb, maybe 함/됨/중, spaces and a full stop. */
    private static boolean endsWithUseVerb(String s) {
        String t = s.stripTrailing();
        t = (t.endsWith(".") ? t.substring(0, t.length() - 1) : t).stripTrailing();
        if (t.endsWith("함") || t.endsWith("됨") || t.endsWith("중")) {
            t = t.substring(0, t.length() - 1);
        }
        for (String verb : LIST_VERBS) {
            if (t.endsWith(verb)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names in the object slot of {@code p} are used by the context, or by the subject the clause
     * names itself ("DDP는 Ring-AllReduce로 통신"). Lower-case phrases there become concepts.
     */
    private void objects(Pattern p, String rule, String s, Entity context, int line, List<Relation> out) {
        if (isMeasure(context)) {
            return; // a benchmark or metric is not built from the techniques its sentence names
        }
        String text = objectText(s);
        Matcher m = p.matcher(text);
        CueScan scan = p == INSTRUMENT ? INSTRUMENT_SCAN : null;
        for (int from = 0; scan != null ? scan.find(m, text, from) : m.find(); from = m.end()) {
            if (p == INSTRUMENT && !statesMeans(text, m)) {
                continue;
            }
            if ((p == INSTRUMENT || p == OBJECT_USED) && PATIENT.matcher(text).region(m.end(1), text.length()).lookingAt()) {
                continue;
            }
            // "receding horizon 방식으로 실행", "multi-image, video 지원": a manner or a capability described in plain
            // words is not a technique; names and method nouns count there ("DDPM/DDIM 방식", "extended thinking 지원")
            boolean manner = p == FEATURE && hasAny(text.substring(m.end(1), m.end()), "방식", "지원");
            Entity subject = clauseSubject(text, m.start(), context);
            Optional<Entity> owner = p != INSTRUMENT ? Optional.empty() : meansOwner(text.substring(0, m.start(1)))
                    .filter(x -> !x.equals(subject) && !x.isModelLike() && !isMeasure(x) && !isModelKind(x) && !x.type().equals(Atlas.Organization));
            // "RoPE의 non-uniform interpolation으로 … 확장": the owner of the means is used; its unnamed part is no name of its own
            owner.ifPresent(x -> out.add(new Relation(subject, Atlas.uses, x, Emitter.STATED, "means-owner")));
            for (int g = 1; g <= m.groupCount(); g++) {
                for (String name : slots.splitList(m.group(g))) {
                    if (UseRules.isStep(name) || manner && !namesMethod(name)
                            || owner.isPresent() && name.equals(name.toLowerCase(java.util.Locale.ROOT)) && slots.lexicon().find(name).isEmpty()) {
                        continue; // "Stage 1, Stage 2, Stage 3으로 단계적으로": the steps of the context
                    }
                    // "prefix caching(RadixAttention)": the specific name in the parentheses is used too
                    for (String n : UseRules.specificName(s, name).map(x -> List.of(name, x)).orElse(List.of(name))) {
                        // "Mistral의 VLM으로 …": a kind of model after "로" is what the subject is, not a means
                        // "FlashAttention-2가 Triton으로 구현" in Triton's bullet: the clause's subject uses the context
                        slots.resolveTerm(n, line).filter(x -> !x.equals(subject) && (!x.equals(context) || subject != context) && !x.isModelLike()
                                        && !(p == INSTRUMENT && (MODEL_ACRONYM.matcher(x.label()).matches() || isMeasure(x))))
                                .ifPresent(x -> out.add(new Relation(subject, Atlas.uses, x, Emitter.STATED, rule)));
                    }
                }
            }
        }
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
    /**
     * "DeepSeek-R1이 긴 CoT 출력을 소형 모델에 distillation하여" in Knowledge Distillation's bullet: a model that does
     * what the context names (its head word used as the verb) uses it.
     */
    private void doneBy(String s, Entity context, List<Relation> out) {
        String label = context.label();
        String word = label.substring(label.lastIndexOf(' ') + 1);
        int at = -1;
        for (int i = s.indexOf('하', word.length()); i >= 0 && at < 0; i = s.indexOf('하', i + 1)) {
            at = s.regionMatches(true, i - word.length(), word, 0, word.length()) ? i - word.length() : -1;
        }
        if (word.length() < 4 || at < 0) {
            return;
        }
        Matcher m = SUBJECT_MARKED.matcher(s.substring(clauseStart(s, at), at));
        while (m.find()) {
            slots.lexicon().find(m.group(1)).filter(u -> u.isModelLike() && !u.equals(context))
                    .ifPresent(u -> out.add(new Relation(u, Atlas.uses, context, Emitter.STATED, "does-the-context")));
        }
    }

    private String lastSentence;
    private String lastText;

    /** {@link UseRules#objectText} of the sentence the rules are reading, computed once for its several patterns. */
    private String objectText(String s) {
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
        if (head.contains("데이터") && !UseRules.PROPER_SHAPE.matcher(m.group(1)).find()) {
            return false;
        }
        boolean result = RESULT_VERB.matcher(head).find() && !hasAny(head, "방식", "알고리즘", "기법")
                && (OBJECT_BEFORE.matcher(s.substring(clauseStart(s, m.start(1)), m.start(1))).find() || NUMBER_FORMAT.matcher(m.group(1)).matches());
        return !result && !likeOther(s, m.start(1));
    }

    /** The known entity a clause names as its subject before {@code at}, else {@code context}. */
    private Entity clauseSubject(String s, int at, Entity context) {
        Matcher m = CLAUSE_SUBJECT.matcher(s);
        Entity subject = context;
        int from = 0;
        while (from < at && m.find(from) && m.start(1) < at) {
            String name = m.group(1);
            // "FlashAttention-2가 Triton으로 구현되어 있음": a versioned proper name is a model even when not yet known
            subject = slots.lexicon().find(name).or(() -> VERSIONED_NAME.matcher(name).matches() ? slots.resolve(name, Atlas.Model, 0) : Optional.empty())
                    .filter(e -> !e.type().equals(Atlas.Organization)).orElse(context);
            from = m.end();
        }
        return subject;
    }

    /** "FlashAttention-2", "Qwen2-VL", "Nova-1": one capitalised word with a version number in it. */
    private static final Pattern VERSIONED_NAME = Pattern.compile(
            "\\p{Lu}[\\p{IsLatin}]*\\p{Lu}[\\p{IsLatin}]*-\\d+(?:\\.\\d+)?|\\p{Lu}[\\p{IsLatin}]*-?\\d+(?:\\.\\d+)?(?:-\\p{Lu}[\\p{IsLatin}\\d]*)?");

    /** "T5의 pretraining objective": the owner of a method uses it. */
    private void owner(String s, Entity context, int line, List<Relation> out) {
        Matcher m = OWNER.matcher(s);
        if (m.find()) {
            slots.resolveOwner(m.group(1), line).filter(o -> !o.equals(context) && !o.type().equals(Atlas.Organization))
                    .ifPresent(o -> out.add(new Relation(o, Atlas.uses, context, Emitter.STATED, "owner-of-method")));
        }
    }

    private void svo(String s, int line, List<Relation> out) {
        Matcher m = SVO.matcher(s);
        while (m.find()) {
            Optional<Entity> a = slots.resolve(m.group(1), Atlas.Model, line);
            if (a.isEmpty()) {
                continue;
            }
            for (String name : slots.splitList(m.group(2))) {
                slots.resolve(name, Atlas.Concept, line)
                        .ifPresent(b -> out.add(new Relation(a.get(), Atlas.uses, b, Emitter.STATED, "subject-uses-object")));
            }
        }
    }

    /** The name right after "X 기반": "softmax 기반 InfoNCE는", "Radix tree 기반 prefix caching(RadixAttention)과". */
    private static final Pattern BASED_THING = Pattern.compile(
            "([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,()\\p{IsHangul}]*){0,2})\\s*(?:[(（]([^()（）,\\p{IsHangul}]+)[)）])?(은|는|이|가|과|와|을|를|의|\\s|$)");

    /** "Mistral 7B를 바탕으로 한 sparse MoE 모델들임", "LLaMA-2를 토대로 학습함": what the context is based on, a model too. */
    private static final Pattern GROUNDED_ON = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES + "\\s*(?:을|를)\\s+(?:바탕으로|토대로)");

    private void groundedOn(String s, Entity context, int line, List<Relation> out) {
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

    /**
     * "X 기반" said of the context; "X 기반 Y" where Y is a known or proper name says Y is based on X
     * (the specific name in Y's parentheses when there is one), and "… Y는" in the context's sentence
     * that the context uses Y. "CLIP의 softmax 기반": the owner before "의" is not what is based on.
     */
    private void basedOn(String s, Entity context, int line, List<Relation> out) {
        Matcher m = BASED_ON.matcher(s);
        while (m.find()) {
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
                List<Part> parts = slots.splitPlus(slot).stream().map(part -> part(part, line)).flatMap(Optional::stream).toList();
                if (parts.size() >= 2) {
                    parts(parts, user, !isMeasure(user), "based-on", out);
                    continue;
                }
            }
            Entity u = user;
            // "OCR 기반 텍스트 인식 능력을 평가하는 벤치마크": a benchmark names what it evaluates, not what it uses
            slots.resolveTerm(lastPhrase(slot), line).filter(b -> !b.equals(u) && !isMeasure(u))
                    .ifPresent(b -> out.add(new Relation(u, Atlas.uses, b, Emitter.STATED, "based-on")));
        }
    }

    private void composed(String s, Entity context, int line, List<Relation> out) {
        // "Automated(Attacker LLM + Target LLM 루프)", "R1(GRPO+RLVR로 …)": a group in parentheses is of the word before them
        Matcher m = COMPOSED.matcher(PARENTHESES.matcher(s).replaceAll(""));
        if (!m.find() || s.contains("기반") || s.contains("=")) {
            return;
        }
        List<Part> parts = slots.splitPlus(m.group(1)).stream().map(part -> part(part, line)).flatMap(Optional::stream).toList();
        if (parts.size() < 2 || parts.stream().anyMatch(p -> p.component().equals(context))) {
            return; // a formula or a phrase, not an architecture; or a whole the context is only a part of
        }
        // "A + B 구조", "A + B를 결합", "구성: A + B", a sentence (or a labelled line) that is only "A + B + C":
        // parts of a whole; "A + B로 학습" only names the means
        String clause = s.substring(s.lastIndexOf(':', m.start(1)) + 1);
        boolean whole = COMPOSITION_CUE.matcher(s).find() || !Names.hasHangul(PARENTHESES.matcher(clause).replaceAll(""));
        parts(parts, context, whole && !context.type().equals(Atlas.ModelFamily), "composition", out);
    }

    /**
     * In the bullet of "PPO (RLHF)", "Reward model + PPO로 … 파이프라인": a whole the term is itself a part
     * of is the one its parentheses name, so the parts are parts of that owner.
     */
    List<Relation> composedInOwner(String sentence, Entity term, Entity owner, int line) {
        String s = sentence.replace("`", "").replace("**", "");
        List<Relation> out = new ArrayList<>();
        Matcher m = COMPOSED.matcher(s);
        if (s.indexOf('+') >= 0 && m.find() && slots.splitPlus(m.group(1)).stream().map(part -> part(part, line))
                .flatMap(Optional::stream).anyMatch(p -> p.component().equals(term))) {
            composed(s, owner, line, out);
        }
        return out;
    }

    /**
     * One part of a whole as the text names it: the component, and the technique it is built with when the
     * name says both ("flow matching action expert module": an Action Expert made with Flow Matching).
     */
    record Part(Entity component, Entity technique) {}

    /** "… action expert (module)", "… projection head": a component named by what it is, after the technique it uses. */
    private static final Pattern COMPONENT_HEAD = Pattern.compile("(?i)^((?:[\\p{IsLatin}][\\p{IsLatin}\\-]*\\s+){1,2}(?:expert|head|encoder|decoder|adapter|projector))(?:\\s+module)?$");

    /** "ViT-L", "ViT-L/14": one hyphenated proper word naming a variant. */
    private static final Pattern VARIANT_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)+(?:/\\d+)?");

    Optional<Part> part(String item, int line) {
        String s = PARENTHESES.matcher(Lexicon.clean(item)).replaceAll("").strip();
        Optional<SlotNames.Lead> lead = slots.knownLead(s);
        if (lead.isPresent() && !lead.get().entity().isModelLike()) {
            Matcher head = COMPONENT_HEAD.matcher(lead.get().rest());
            if (head.matches()) {
                String name = SlotNames.titleCase(head.group(1).toLowerCase(java.util.Locale.ROOT));
                return Optional.of(new Part(slots.lexicon().declare(name, Atlas.Concept, Lexicon.RANK_SENTENCE), lead.get().entity()));
            }
            if (VARIANT_WORD.matcher(lead.get().rest()).matches() && !MODEL_KIND.matcher(lead.get().rest()).matches()) {
                // "CLIP ViT-L": a named variant of a known thing is a part of its own
                return Optional.of(new Part(slots.lexicon().declare(s, Atlas.Concept, Lexicon.RANK_SENTENCE), null));
            }
        }
        return slots.resolveTerm(item, line).map(c -> new Part(c, null));
    }

    /** The whole uses each part (and the technique a part is built with); with {@code whole}, each part is part of it. */
    private static void parts(List<Part> parts, Entity context, boolean whole, String rule, List<Relation> out) {
        for (Part p : parts) {
            out.add(new Relation(context, Atlas.uses, p.component(), Emitter.STATED, rule));
            if (p.technique() != null) {
                out.add(new Relation(context, Atlas.uses, p.technique(), Emitter.STATED, rule));
            }
            if (whole && !p.component().type().equals(Atlas.ModelFamily)) { // a family is a group of models, not a component
                out.add(new Relation(p.component(), Atlas.partOf, context, Emitter.IMPLIED, rule));
            }
        }
    }

    /**
     * "HumanEval은 contamination 문제가 있고, LiveCodeBench는 … contamination을 방지함": of two named subjects,
     * the one that prevents (solves, has no) the problem the other has improves on it. The problem must be
     * named on both sides, so a mere list of pros and cons does not count.
     */
    private void problemSolved(String s, int line, List<Relation> out) {
        Matcher m = PROBLEM_SOLVED.matcher(s);
        while (m.find()) {
            Set<String> problem = englishWords(m.group(2));
            if (problem.isEmpty() || java.util.Collections.disjoint(problem, englishWords(m.group(4)))) {
                continue;
            }
            Optional<Entity> worse = slots.lexicon().find(m.group(1));
            Optional<Entity> better = slots.lexicon().find(m.group(3));
            if (worse.isPresent() && better.isPresent() && !worse.equals(better)) {
                out.add(new Relation(better.get(), Atlas.improvesOn, worse.get(), Emitter.STATED, "solves-problem-of"));
            }
        }
    }

    private static Set<String> englishWords(String text) {
        Set<String> words = new HashSet<>();
        Matcher w = ENGLISH_WORD.matcher(text);
        while (w.find()) {
            words.add(w.group().toLowerCase(java.util.Locale.ROOT));
        }
        return words;
    }

    private void improves(String s, Entity context, int line, List<Relation> out) {
        Matcher fix = FIXES.matcher(s);
        while (mayMatch(FIXES, s) && fix.find()) {
            slots.resolveTerm(fix.group(1), line).filter(x -> !x.equals(context))
                    .ifPresent(x -> out.add(new Relation(context, Atlas.improvesOn, x, Emitter.STATED, "fixes")));
        }
        Matcher instead = INSTEAD.matcher(s);
        while (mayMatch(INSTEAD, s) && instead.find()) {
            // the replacement named after "대신" improves on the replaced thing; the context improves on its owner
            String slot = instead.group(1);
            // "CLIP의 softmax 대신": what is replaced is the part after the owner
            String part = slot.substring(slot.lastIndexOf("의 ") + 1);
            Optional<Entity> replaced = slots.resolveTerm(lastPhrase(part), line).filter(x -> !x.equals(context));
            Optional<Entity> replacement = instead.group(2) == null ? Optional.empty() : slots.resolveTerm(instead.group(2), line);
            Entity better = replacement.filter(r -> !r.isModelLike()).orElse(context);
            replaced.filter(x -> !x.equals(better)).ifPresent(x -> out.add(new Relation(better, Atlas.improvesOn, x, Emitter.STATED, "instead-of")));
            Matcher owner = OWNER_OF_PART.matcher(slot);
            if (owner.find() && replacement.isPresent()) {
                slots.resolve(owner.group(1), Atlas.Concept, line).filter(o -> !o.equals(context) && !replaced.equals(Optional.of(o)))
                        .ifPresent(o -> out.add(new Relation(context, Atlas.improvesOn, o, Emitter.STATED, "instead-of-owner")));
            }
        }
        Matcher existing = EXISTING.matcher(s);
        while (mayMatch(EXISTING, s) && existing.find()) {
            if (!isModelKind(context) && !hasAny(s, "재사용", "사용", "활용")) {
                slots.lexicon().find(existing.group(1)).filter(x -> !x.equals(context) && !isModelKind(x) && !x.type().equals(Atlas.Organization))
                        .ifPresent(x -> out.add(new Relation(context, Atlas.improvesOn, x, Emitter.STATED, "replaces-existing")));
            }
        }
        if (IMPROVED_ALONE.matcher(s).find() && !SUCCESSOR.matcher(s).find()) {
            Matcher base = UNVERSIONED.matcher(context.label());
            if (base.matches()) {
                slots.lexicon().find(base.group(1)).filter(x -> !x.equals(context))
                        .ifPresent(x -> out.add(new Relation(context, Atlas.improvesOn, x, Emitter.STATED, "improved-version")));
            }
        }
        for (Pattern p : List.of(SUCCESSOR, IMPROVED_VERSION)) {
            Matcher m = p.matcher(s);
            while (mayMatch(p, s) && m.find()) {
                String rule = p == SUCCESSOR ? "successor" : "improved-version";
                firstNamed(m.group(1) != null ? m.group(1) : m.group(2), line).ifPresent(
                        a -> out.add(new Relation(context, Atlas.improvesOn, a, Emitter.STATED, rule)));
            }
        }
    }

    /**
     * "A는 B보다 …우수/빠름/효율적", "B 대비 메모리 절약", "비용이 B보다 낮음": A (or the context) improves
     * on B when the clause says it is better on some axis, not when it names a trade-off
     * ("B보다 빠르지만 정확도가 낮음") or a loss. Also "B만큼 빠르면서 C에 가까운 품질" (improves on both).
     */
    void comparisons(String s, Entity context, int line, List<Relation> out) {
        Matcher m = THAN.matcher(s);
        while (m.find()) {
            int clauseStart = clauseStart(s, m.start());
            String before = s.substring(clauseStart, m.start());
            List<Entity> others = comparedWith(before, headNoun(context), line);
            if (others.isEmpty()) {
                continue;
            }
            Matcher end = CLAUSE_END.matcher(s);
            int clauseEnd = end.find(m.end()) ? end.start() : s.length();
            String window = before + " " + s.substring(m.end(), clauseEnd);
            if (!better(window)) {
                continue;
            }
            if (context != null && context.type().equals(Atlas.ModelFamily)) {
                others = others.stream().map(o -> memberOf(context, o.label()).orElse(o)).toList();
            }
            List<Entity> compared = others;
            Optional<Entity> named = explicitSubject(before, compared, context);
            if (named.isEmpty() && context != null && namesOtherSubject(before, compared)) {
                continue; // "V3는 V2 대비 …" with V3 unknown: the clause is about something else than the context
            }
            Entity subject = named
                    // "LLaVA-1.5가 사용하여 linear보다 표현력이 향상됨" in the bullet of MLP Projector: a model that
                    // uses the context is not what is compared with a technique; the context is
                    .filter(x -> context == null || !x.isModelLike() || context.isModelLike() || compared.stream().anyMatch(Entity::isModelLike))
                    .or(() -> Optional.ofNullable(context))
                    .or(() -> openingName(s, compared, line))
                    .orElse(null);
            if (subject == null) {
                continue;
            }
            for (Entity other : others) {
                // a family is not compared with its own members
                if (!other.equals(subject) && !other.type().equals(Atlas.Organization) && other.family != subject && subject.family != other) {
                    out.add(new Relation(subject, Atlas.improvesOn, other, Emitter.STATED, "better-than"));
                }
            }
        }
        if (context != null && s.contains("만큼")) {
            Matcher a = AS_GOOD_AS.matcher(s);
            while (a.find()) {
                slots.resolve(a.group(1), Atlas.Concept, line).filter(x -> !x.equals(context))
                        .ifPresent(x -> out.add(new Relation(context, Atlas.improvesOn, x, Emitter.STATED, "as-good-as")));
            }
        }
    }

    /** Where the clause holding {@code at} begins: after the last sentence or clause break before it. */
    private static int clauseStart(String s, int at) {
        int start = 0;
        Matcher end = CLAUSE_END.matcher(s);
        while (end.find() && end.end() <= at) {
            start = end.end();
        }
        return start;
    }

    /**
     * The names a comparison is made against: the name (or comma list, or parenthesised list) right
     * before "보다/대비" ("RT-2, OpenVLA 대비", "기존 FFN activation(ReLU/GeLU)보다").
     */
    private List<Entity> comparedWith(String before, String head, int line) {
        String t = before.stripTrailing();
        List<String> names = new ArrayList<>();
        if (t.endsWith(")") && t.lastIndexOf('(') >= 0 && !Names.isNameLike(t.substring(t.lastIndexOf('(') + 1, t.length() - 1).strip())
                && Names.startsLatinOrGreek(t.substring(0, t.lastIndexOf('(')).strip().isEmpty() ? "" : lastWord(t.substring(0, t.lastIndexOf('('))))) {
            t = t.substring(0, t.lastIndexOf('(')).stripTrailing(); // "DeepSeek 67B(dense)보다": a qualifier of the name before it
        }
        if (t.endsWith(")") && t.lastIndexOf('(') >= 0) {
            names.addAll(slots.splitList(t.substring(t.lastIndexOf('(') + 1, t.length() - 1)));
        } else {
            int i = t.length();
            while (i > 0) {
                int j = i;
                while (j > 0 && !Character.isWhitespace(t.charAt(j - 1)) && t.charAt(j - 1) != ',') {
                    j--;
                }
                String word = t.substring(j, i);
                if (word.isEmpty() || !Names.startsLatinOrGreek(word) || Names.hasHangul(word)) {
                    break;
                }
                names.add(0, word);
                i = j;
                while (i > 0 && (t.charAt(i - 1) == ',' || Character.isWhitespace(t.charAt(i - 1)))) {
                    i--;
                }
            }
            // "top-k" alone, or "RT-2, OpenVLA": comma-separated single words; a space-separated run is one name
            String joined = String.join(" ", names);
            names = t.substring(i).contains(",") ? slots.splitList(t.substring(i)) : List.of(joined);
        }
        List<Entity> out = new ArrayList<>();
        for (String name : names) {
            if (!name.isBlank()) {
                // "linear보다" in the bullet of "MLP Projector": the same kind of thing, "Linear Projector"
                Optional<Entity> sameKind = head == null || name.contains(" ") ? Optional.empty() : slots.lexicon().find(name + " " + head);
                sameKind.or(() -> slots.resolveTerm(name, line)).ifPresent(out::add);
            }
        }
        return out;
    }

    private static String lastWord(String s) {
        String[] words = SPACES.split(s.strip());
        return words[words.length - 1];
    }

    /** The head noun of a multi-word name ("Projector" of "MLP Projector"), or null. */
    private static String headNoun(Entity e) {
        if (e == null) {
            return null;
        }
        String[] words = SPACES.split(e.label());
        return words.length >= 2 && LATIN_WORD.matcher(words[words.length - 1]).matches() ? words[words.length - 1] : null;
    }

    private static boolean better(String window) {
        if (BAD.matcher(window).find()) {
            return false;
        }
        if (GOOD.matcher(window).find()) {
            return true;
        }
        boolean less = LESS.matcher(window).find();
        boolean more = MORE.matcher(window).find();
        boolean cost = COST.matcher(window).find();
        boolean benefit = BENEFIT.matcher(window).find();
        return less && cost && !(more && benefit) || more && benefit && !(less && !cost);
    }

    /** "더 높음", "훨씬 높아", "가장 …": a comparison, not a plain property ("구현이 단순함"). */
    private static final Pattern COMPARATIVE = Pattern.compile("더|훨씬|가장|보다|대비");
    private static final Pattern VERSUS = Pattern.compile("\\s+vs\\.?\\s+");

    /**
     * In the bullet of "A vs B", a sentence that opens with one of them and says it is plainly better
     * ("Pre-LN(…)이 학습 안정성이 훨씬 높아 …") makes it improve on the other; a trade-off does not.
     */
    List<Relation> versus(String term, String sentence) {
        String[] sides = VERSUS.split(term);
        List<Relation> out = new ArrayList<>();
        if (sides.length != 2) {
            return out;
        }
        List<Entity> both = new ArrayList<>();
        for (String side : sides) {
            slots.lexicon().find(side).ifPresent(both::add); // only names known on their own: "A vs B" declares nothing
        }
        String s = sentence.replace("`", "").replace("**", "");
        Matcher m = OPENING_NAME.matcher(s);
        if (both.size() != 2 || both.get(0).equals(both.get(1)) || !m.find()) {
            return out;
        }
        Matcher end = CLAUSE_END.matcher(s);
        String clause = PARENTHESES.matcher(s.substring(m.end(), end.find(m.end()) ? end.start() : s.length())).replaceAll("");
        Optional<Entity> subject = slots.lexicon().find(m.group(1)).filter(both::contains);
        if (subject.isPresent() && COMPARATIVE.matcher(clause).find() && better(clause)) {
            Entity other = both.get(0).equals(subject.get()) ? both.get(1) : both.get(0);
            out.add(new Relation(subject.get(), Atlas.improvesOn, other, Emitter.STATED, "versus-better"));
        }
        return out;
    }

    /** "DPO의 수식을 유도하고, RLHF 대비 장점은?": with no context, the name the sentence opens with is the one compared. */
    private Optional<Entity> openingName(String s, List<Entity> others, int line) {
        Matcher m = OPENING_NAME.matcher(s);
        return m.find() ? slots.resolveTerm(m.group(1), line).filter(x -> !others.contains(x) && !x.type().equals(Atlas.Organization)) : Optional.empty();
    }

    private static final Pattern OPENING_NAME = Pattern.compile(
            "^\\s*([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)\\s*(?:[(（][^()（）]*[)）])?(?:의|은|는|이|가)\\s");

    /** "A는 B보다": the named subject of the comparison, when it is known and is not one of the compared. */
    private Optional<Entity> explicitSubject(String before, List<Entity> others, Entity context) {
        Matcher m = SUBJECT_MARKED.matcher(before);
        Optional<Entity> found = Optional.empty();
        while (m.find()) {
            String name = m.group(1);
            Optional<Entity> e = memberOf(context, name).or(() -> slots.lexicon().find(name))
                    .filter(x -> !others.contains(x) && !x.type().equals(Atlas.Organization));
            if (e.isPresent()) {
                found = e;
                break;
            }
        }
        return found;
    }

    /**
     * "V3" in the bullet of the DeepSeek family: a bare version stands for the member of that name
     * ("DeepSeek-V3"), when the family has one.
     */
    private Optional<Entity> memberOf(Entity family, String name) {
        if (family == null || !family.type().equals(Atlas.ModelFamily) || !BARE_MEMBER.matcher(name).matches()) {
            return Optional.empty();
        }
        String stem = FAMILY_TAIL.matcher(family.label()).replaceAll("").strip();
        return slots.lexicon().find(stem + "-" + name).or(() -> slots.lexicon().find(stem + " " + name))
                .or(() -> slots.lexicon().find(stem + name)).filter(x -> x.isModelLike() && !x.equals(family));
    }

    private static final Pattern BARE_MEMBER = Pattern.compile("[A-Za-z]?\\d+(?:\\.\\d+)?[A-Za-z]?");
    private static final Pattern FAMILY_TAIL = Pattern.compile("(?i)\\s*(?:family|계열)$");

    /** "V3는 …" before the comparison point: the clause names a subject of its own (not one of those compared). */
    private boolean namesOtherSubject(String before, List<Entity> others) {
        Matcher m = SUBJECT_MARKED.matcher(before);
        return m.find() && Names.isNameLike(m.group(1)) && slots.lexicon().find(m.group(1)).filter(others::contains).isEmpty();
    }

    /** "acceptance rate", "speedup", "length-controlled win rate", "top-1 accuracy": a measure, by its head noun. */
    private static final Pattern METRIC_PHRASE = Pattern.compile(
            "(?i)(?:[a-z][a-z0-9\\-]*\\s){0,3}(?:rate|ratio|speedup|accuracy|latency|throughput|score|error|perplexity)");

    /** A one-word name opening a clause, then "로" and the clause's object, then "평가함"/"측정함" closing it. */
    private static final Pattern EVALUATED_FAR = Pattern.compile(
            CLAUSE_START + "\\s*([\\p{IsLatin}][\\p{IsLatin}\\d\\-]*[\\p{Lu}\\d][\\p{IsLatin}\\d\\-]*)(?:으로|로)\\s+[^.;:]*?(?:평가|측정)(?:함|한다|했다|됨)");

    /** "… 환경에서 평가함": evaluated in the places named before "에서". */
    private static final Pattern EVALUATED_IN = Pattern.compile("에서\\s+(?:[^\\s.]+\\s+)?(?:평가|측정)");
    /** "BridgeData V2 환경", "LIBERO 벤치마크": a proper name (capitalised words after the first) before 환경/벤치마크. */
    private static final Pattern ENVIRONMENT = Pattern.compile(
            "(?:^|(?<=[\\s,(]))([\\p{IsLatin}][\\p{IsLatin}\\d\\-]*(?:\\s[\\p{Lu}\\d][\\p{IsLatin}\\d\\-.]*)*)\\s*(?:환경|벤치마크|benchmark)");

    /** "높은 MMLU 점수", "GSM8K score", "LIBERO 성공률": a score on a benchmark. */
    private static final Pattern BENCHMARK_SCORE = Pattern.compile("([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*)\\s*(?:점수|스코어|score|성공률|정확도|accuracy|success rate)");

    /** "작은 크기 대비 높은 MMLU 점수가 특징" in a model's bullet: the model is scored on a known benchmark. */
    private void benchmarkScore(String s, Entity context, List<Relation> out) {
        Matcher m = BENCHMARK_SCORE.matcher(s);
        while (m.find()) {
            slots.lexicon().find(m.group(1)).filter(b -> b.type().equals(Atlas.Benchmark))
                    .ifPresent(b -> out.add(new Relation(context, Atlas.evaluatedBy, b, Emitter.STATED, "score-on")));
        }
    }

    private void evaluated(String s, Entity context, int line, List<Relation> out) {
        Matcher m = EVALUATED.matcher(s);
        // what a benchmark is evaluated by is a metric ("Accuracy, Precision, Recall, F1로 평가")
        org.apache.jena.rdf.model.Resource measure = context.type().equals(Atlas.Benchmark) ? Atlas.Metric : Atlas.Benchmark;
        boolean near = false;
        while (m.find()) {
            near = true;
            String slot = m.group(1);
            if (slot.isEmpty() || Character.UnicodeScript.of(slot.codePointBefore(slot.length())) == Character.UnicodeScript.HANGUL) {
                continue; // "VLM의 … 능력을 객관식으로 평가": a manner in Korean, not the names of what evaluates
            }
            List<Entity> evaluated = new ArrayList<>(List.of(context));
            Matcher opening = OPENING_SUBJECT.matcher(s);
            if (opening.find() && opening.end() <= m.start(1) + m.group(1).length()) {
                // "Object hallucination(…)이 가장 흔하며 POPE 벤치마크로 평가함": the sentence's own subject is evaluated too
                slots.resolveTerm(opening.group(1), line).filter(x -> !isMeasure(x)).ifPresent(evaluated::add);
            }
            for (String name : slots.splitList(lastPhrase(m.group(1)))) {
                Optional<Entity> b = slots.resolve(name, measure, line).or(() -> METRIC_PHRASE.matcher(name).matches()
                        // "acceptance rate와 speedup으로 측정함": a phrase headed by a measure noun names a metric
                        ? Optional.of(slots.lexicon().declare(SlotNames.titleCase(name), Atlas.Metric, Lexicon.RANK_SENTENCE))
                        : m.group(0).contains("탐지") ? slots.resolveTerm(name, line)
                        : Names.isNameLike(name) && !Names.hasHangul(name) ? Optional.of(slots.lexicon().declare(name, measure, Lexicon.RANK_SENTENCE)) : Optional.empty());
                for (Entity x : evaluated) {
                    // "LLM으로 평가하기": a kind of model there is the judge, not a benchmark
                    b.filter(y -> !y.equals(x) && !y.isModelLike() && !isModelKind(y))
                            .ifPresent(y -> out.add(new Relation(x, Atlas.evaluatedBy, y, Emitter.STATED, "evaluated-with")));
                }
            }
        }
        Matcher where = EVALUATED_IN.matcher(s);
        if (!near && !isMeasure(context) && where.find()) {
            // "BridgeData V2 환경과 Google robot 환경에서 평가함": the named environments or benchmarks it is evaluated in
            Matcher env = ENVIRONMENT.matcher(s.substring(clauseStart(s, where.start()), where.start()));
            while (env.find()) {
                slots.resolve(env.group(1), Atlas.Benchmark, line).filter(y -> !y.equals(context) && !y.isModelLike() && !y.type().equals(Atlas.Organization))
                        .ifPresent(y -> out.add(new Relation(context, Atlas.evaluatedBy, y, Emitter.STATED, "evaluated-in")));
            }
        }
        Matcher far = EVALUATED_FAR.matcher(s);
        if (!near && far.find()) {
            // "RewardBench로 chat, safety 영역의 reward model 정확도를 평가함": a name opening the clause evaluates its object;
            // a known technique there is a means ("LoRA로 학습한 모델을 … 평가함"), not an evaluator
            Optional<Entity> known = slots.lexicon().find(far.group(1));
            Optional<Entity> b = known.isPresent() ? known.filter(RelationRules::isMeasure)
                    : Optional.of(slots.lexicon().declare(far.group(1), measure, Lexicon.RANK_SENTENCE));
            b.filter(y -> !y.equals(context))
                    .ifPresent(y -> out.add(new Relation(context, Atlas.evaluatedBy, y, Emitter.STATED, "evaluated-with")));
        }
        if (context.type().equals(Atlas.Metric)) {
            Matcher e = MEASURE_OF.matcher(s);
            if (e.find()) {
                // a Korean name is taken when the alias table knows it ("언어 모델" → Language Model)
                Optional<Entity> x = !Names.hasHangul(e.group(1)) ? slots.resolveTerm(e.group(1), line) : slots.lexicon().find(e.group(1))
                        .or(() -> slots.lexicon().isCurated(e.group(1)) ? Optional.of(slots.lexicon().declare(e.group(1), Atlas.Concept, Lexicon.RANK_SENTENCE)) : Optional.empty());
                x.filter(y -> !y.equals(context) && !isMeasure(y))
                        .ifPresent(y -> out.add(new Relation(y, Atlas.evaluatedBy, context, Emitter.STATED, "measure-of")));
            }
        }
        if (context.type().equals(Atlas.Benchmark) || context.type().equals(Atlas.Metric)) {
            Matcher e = EVALUATES.matcher(s);
            while (e.find()) {
                for (Mention x : mentions.find(e.group(1))) {
                    if (!x.entity().equals(context) && !x.entity().type().equals(Atlas.Benchmark)) {
                        // "hallucination 평가 방법" in the bullet of an Object Probing benchmark: hallucination as stated,
                        // and the kind the benchmark's name points to
                        out.add(new Relation(x.entity(), Atlas.evaluatedBy, context, Emitter.STATED, "benchmark-evaluates"));
                        Entity kind = namedKind(x.entity(), context);
                        if (kind != x.entity()) {
                            out.add(new Relation(kind, Atlas.evaluatedBy, context, Emitter.STATED, "benchmark-evaluates-kind"));
                        }
                    }
                }
            }
        }
    }

    /**
     * The kind of {@code evaluated} the benchmark's own name points to: "hallucination" in the bullet of
     * "POPE (Polling-based Object Probing Evaluation)" is Object Hallucination, when that is a known name.
     */
    private Entity namedKind(Entity evaluated, Entity benchmark) {
        List<String> names = new ArrayList<>(benchmark.altLabels);
        names.addAll(benchmark.labels.values());
        for (String name : names) {
            for (String word : name.split("[\\s\\-]+")) {
                if (word.length() >= 4 && Names.startsLatinOrGreek(word)) {
                    Optional<Entity> kind = slots.lexicon().find(word + " " + evaluated.label());
                    if (kind.isPresent() && !kind.get().equals(evaluated) && !isMeasure(kind.get())) {
                        return kind.get();
                    }
                }
            }
        }
        return evaluated;
    }

    /** "VLM hallucination의 유형과 POPE 벤치마크가 어떻게 평가하는가": the benchmark evaluates what the sentence names beside it. */
    private static final Pattern BENCHMARK_SUBJECT = Pattern.compile("([\\p{IsLatin}][^\\s,()]*)\\s*(?:벤치마크|benchmark)(?:가|는|이|은)\\s+(?:[^\\s.]+\\s+){0,3}?평가");

    private void benchmarkSubject(String s, int line, List<Relation> out) {
        Matcher m = BENCHMARK_SUBJECT.matcher(s);
        while (m.find()) {
            Optional<Entity> bench = slots.resolve(m.group(1), Atlas.Benchmark, line).filter(b -> b.type().equals(Atlas.Benchmark));
            if (bench.isEmpty()) {
                continue;
            }
            for (Mention x : mentions.find(s.substring(0, m.start()))) {
                if (!isMeasure(x.entity()) && !x.entity().isModelLike() && !isModelKind(x.entity())) {
                    out.add(new Relation(x.entity(), Atlas.evaluatedBy, bench.get(), Emitter.STATED, "benchmark-evaluates"));
                }
            }
        }
    }

    /** "o1/o3가 AIME에서 … 도달": models scored on a known benchmark; in a benchmark's bullet, models that beat it. */
    private void scored(String s, Entity context, int line, List<Relation> out) {
        Matcher m = SCORED_ON.matcher(s);
        while (mayMatch(SCORED_ON, s) && m.find()) {
            List<Entity> benchmarks = slots.splitList(m.group(2)).stream().map(n -> slots.lexicon().find(n))
                    .flatMap(Optional::stream).filter(b -> b.type().equals(Atlas.Benchmark)).toList();
            List<Entity> subjects = m.group(1) == null ? (context == null ? List.of() : List.of(context))
                    : slots.splitList(m.group(1)).stream().map(n -> slots.resolve(n, Atlas.Model, line)).flatMap(Optional::stream).toList();
            for (Entity x : subjects) {
                benchmarks.stream().filter(b -> !b.equals(x) && !isMeasure(x))
                        .forEach(b -> out.add(new Relation(x, Atlas.evaluatedBy, b, Emitter.STATED, "scored-on")));
            }
        }
        if (hasAny(s, "기록", "달성") && hasAny(s, "%", "점")) {
            percentOn(s, context, line, out);
        }
        if (context != null && context.type().equals(Atlas.Benchmark)) {
            Matcher sc = SCORES.matcher(s);
            while (sc.find()) {
                if (sc.group(0).contains("에서")) {
                    continue; // "o1이 AIME에서 도달": scored on the benchmark it names, handled above
                }
                slots.splitList(sc.group(1)).stream().map(n -> slots.lexicon().find(n)).flatMap(Optional::stream)
                        .filter(Entity::isModelLike)
                        .forEach(x -> out.add(new Relation(x, Atlas.evaluatedBy, context, Emitter.STATED, "scores-on-benchmark")));
            }
        }
    }

    /** "Needle-in-a-Haystack 99% 이상을 기록함", "MMLU 85점 달성": a known benchmark followed by the score reached on it. */
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern PERCENT_ON = Pattern.compile(
            "([\\p{IsLatin}][^\\s,()]*(?:\\s[\\p{IsLatin}][^\\s,()]*){0,2})\\s+\\d+(?:\\.\\d+)?\\s*(?:%|점)\\s*(?:이상|이하|가량|대)?\\s*(?:을|를)?\\s*(?:기록|달성)");

    /** The sentence's own subject ("Gemini 1.5는 …"), else the context, scored the percentage on the benchmark. */
    private void percentOn(String s, Entity context, int line, List<Relation> out) {
        Matcher m = PERCENT_ON.matcher(s);
        while (m.find()) {
            // what a percentage is reached on is a benchmark, whatever kind another note filed it under ("NIAH" in a topic list)
            // the longest known name the words before the score end with ("… token에서 Needle-in-a-Haystack 99%")
            String[] words = m.group(1).split("\\s");
            Optional<Entity> bench = Optional.empty();
            for (int w = 0; w < words.length && bench.isEmpty(); w++) {
                bench = slots.lexicon().find(String.join(" ", java.util.Arrays.copyOfRange(words, w, words.length)))
                        .filter(b -> isMeasure(b) || b.type().equals(Atlas.Concept) && !isModelKind(b));
            }
            if (bench.isEmpty()) {
                continue;
            }
            Entity scoredOn = bench.get();
            String text = s.strip().replaceFirst("^[-*]\\s+", "");
            Matcher opening = SUBJECT_MARKED.matcher(text);
            Optional<Entity> subject = opening.lookingAt() && s.indexOf(text) + opening.end() <= m.start()
                    // "Gemini 1.5는 …": a versioned name scored on a known benchmark is a model
                    ? slots.lexicon().find(opening.group(1)).or(() -> Names.isNameLike(opening.group(1)) && HAS_DIGIT.matcher(opening.group(1)).find()
                            ? Optional.of(slots.lexicon().declare(opening.group(1), Atlas.Model, Lexicon.RANK_SENTENCE)) : Optional.empty())
                            .filter(x -> x.isModelLike() && !x.equals(scoredOn))
                    : Optional.ofNullable(context).filter(x -> !isMeasure(x));
            subject.ifPresent(x -> out.add(new Relation(x, Atlas.evaluatedBy, scoredOn, Emitter.STATED, "percent-on")));
        }
    }

    /** "IPO, KTO, SimPO는 DPO의 어떤 한계를 보완하나?": each named subject improves on the one whose limitation it fixes. */
    private static final Pattern SUBJECTS_FIX = Pattern.compile(
            "^\\s*" + NAMES + "(?:은|는|이|가)\\s+" + NAME + "의\\s+(?:[^\\s.?]+\\s+){0,3}?(?:한계|문제|단점)\\S*\\s+(?:[^\\s.?]+\\s+)?(?:보완|해결|극복|개선)");

    private void subjectsFix(String s, Entity context, int line, List<Relation> out) {
        Matcher m = SUBJECTS_FIX.matcher(s);
        if (!m.find()) {
            return;
        }
        Optional<Entity> fixed = slots.lexicon().find(m.group(2)).filter(x -> !x.type().equals(Atlas.Organization));
        for (String name : fixed.isEmpty() ? List.<String>of() : slots.splitList(m.group(1))) {
            slots.lexicon().find(name).or(() -> UseRules.PROPER_SHAPE.matcher(name).find() ? slots.resolve(name, Atlas.Concept, line) : Optional.empty())
                    .filter(x -> !x.equals(fixed.get()) && !x.type().equals(Atlas.Organization) && x.isModelLike() == fixed.get().isModelLike())
                    .ifPresent(x -> out.add(new Relation(x, Atlas.improvesOn, fixed.get(), Emitter.STATED, "fixes-limitation")));
        }
    }

    /** "OpenVLA, Octo를 크게 앞섬", "GPT-4를 능가함": the clause's subject (or the context) outperforms the names before 을/를 (not "앞서 설명한", before). */
    private static final Pattern OUTPERFORMS = Pattern.compile(
            NAMES + "(?:을|를)\\s+(?:[^\\s.,]+\\s+)?(?:앞섬|앞서(?:며|고|는|다)|앞선다|앞섰|능가|압도|넘어섬|넘어섰)");

    private void outperforms(String s, Entity context, int line, List<Relation> out) {
        Matcher m = OUTPERFORMS.matcher(s);
        while (m.find()) {
            String before = s.substring(clauseStart(s, m.start()), m.start());
            List<Entity> beaten = slots.splitList(m.group(1)).stream().map(n -> slots.lexicon().find(n)).flatMap(Optional::stream)
                    .filter(x -> !x.type().equals(Atlas.Organization) && !isMeasure(x) && !isModelKind(x)).toList();
            Optional<Entity> subject = explicitSubject(before, beaten, context);
            if (subject.isEmpty() && (context == null || namesOtherSubject(before, beaten))) {
                continue;
            }
            Entity better = subject.orElse(context);
            beaten.stream().filter(x -> !x.equals(better) && x.isModelLike() == better.isModelLike())
                    .forEach(x -> out.add(new Relation(better, Atlas.improvesOn, x, Emitter.STATED, "outperforms")));
        }
    }

    /** "OLMoE는 MMLU-Pro와 HellaSwag로 평가함": a clause that names what is evaluated and the benchmarks it is evaluated with. */
    private static final Pattern SUBJECT_EVALUATED = Pattern.compile(
            "(?:^|(?<=[.;:]\\s)|(?<=[.;:]))\\s*(?:\\d[^\\s,()\\p{IsHangul}]*\\s+)?([\\p{IsLatin}π][^\\s,()\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,()\\p{IsHangul}]*){0,2}?)(?:\\s*(?:모델|기법|방식))?(?:은|는)\\s+"
                    + NAMES + "\\s*(?:벤치마크|benchmark)?(?:으로|로)\\s+(?:[^\\s.]+\\s+)?(?:평가|측정)(?:함|했|한다|됨|하였)");

    private void subjectEvaluated(String s, int line, List<Relation> out) {
        Matcher m = SUBJECT_EVALUATED.matcher(s);
        while (m.find()) {
            Optional<Entity> subject = slots.lexicon().find(m.group(1)).or(() -> Names.isNameLike(m.group(1)) && UseRules.PROPER_SHAPE.matcher(m.group(1)).find()
                    ? slots.resolve(m.group(1), Atlas.Model, line) : Optional.empty()).filter(x -> !isMeasure(x) && !x.type().equals(Atlas.Organization));
            if (subject.isEmpty()) {
                continue;
            }
            for (String name : slots.splitList(m.group(2))) {
                // what the clause evaluates its subject with is a benchmark or metric, whatever another note took it for;
                // a model there is a judge ("GPT-4로 평가"), not a benchmark
                Optional<Entity> b = slots.lexicon().find(name).isPresent()
                        ? slots.lexicon().find(name).filter(x -> !x.isModelLike() && !x.type().equals(Atlas.Organization))
                        : Names.isNameLike(name) ? slots.resolve(name, Atlas.Benchmark, line) : Optional.empty();
                b.filter(x -> !x.equals(subject.get()))
                        .ifPresent(x -> out.add(new Relation(subject.get(), Atlas.evaluatedBy, x, Emitter.STATED, "subject-evaluated")));
                // "WikiText-2 perplexity": a benchmark named with the known metric taken on it evaluates with both
                Optional<Entity> metric = Optional.empty();
                for (int space = name.indexOf(' '); space > 0 && metric.isEmpty(); space = name.indexOf(' ', space + 1)) {
                    metric = slots.lexicon().find(name.substring(space + 1)).filter(x -> x.type().equals(Atlas.Metric) && !b.equals(Optional.of(x)));
                }
                metric.ifPresent(x -> out.add(new Relation(subject.get(), Atlas.evaluatedBy, x, Emitter.STATED, "subject-evaluated")));
            }
        }
    }

    /**
     * "InstructGPT가 이 레시피를 정착시켰고", "ChatGPT도 같은 방식으로 학습됨", "Llama 3의 post-training이 이 방식을 채택함":
     * a model that takes up "this method" uses the context the method stands for.
     */
    private static final Pattern DEMONSTRATIVE_USER = Pattern.compile(
            "([\\p{IsLatin}π][^\\s,()\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,()\\p{IsHangul}]*){0,2}?)(?:의\\s+[\\p{IsLatin}\\-]+)?(?:이|가|도|는|은)\\s+"
                    + "(?:이|같은|동일한)\\s+(?:방식|방법|기법|레시피|알고리즘|기술)(?:을|를|으로|로|에)?\\s+(?:[^\\s.]+\\s+)?"
                    + "(?:채택|사용|적용|도입|활용|정착|따르|따름|따라|학습|구현)");

    private void demonstrativeUsers(String s, Entity context, int line, List<Relation> out) {
        Matcher m = DEMONSTRATIVE_USER.matcher(s);
        while (m.find()) {
            slots.resolve(m.group(1), Atlas.Model, line).filter(u -> u.isModelLike() && !u.equals(context) && !isModelKind(u))
                    .ifPresent(u -> out.add(new Relation(u, Atlas.uses, context, Emitter.STATED, "uses-this-method")));
        }
    }

    /** "SFT → Reward Model 학습 → PPO 최적화의 3단계로 구성됨": each stage of the chain is part of the context, which uses it. */
    private void stagesOf(String s, Entity context, int line, List<Relation> out) {
        for (String item : ARROW.split(s)) {
            slots.resolveTerm(PARENTHESES.matcher(item).replaceAll("").strip(), line)
                    .filter(x -> !x.equals(context) && !x.isModelLike() && !isMeasure(x)).ifPresent(x -> {
                        out.add(new Relation(context, Atlas.uses, x, Emitter.STATED, "stage-chain"));
                        out.add(new Relation(x, Atlas.partOf, context, Emitter.STATED, "stage-chain"));
                    });
        }
    }

    /** "VLM 위에 action generation module을 추가한 구조": the base and what is added are parts of the context. */
    private static final Pattern ON_TOP = Pattern.compile(
            "(?:^|\\s)([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)\\s*위에\\s+(?:\\d+(?:\\.\\d+)?[KMBT]?\\s*(?:규모|급)?(?:의)?\\s+)?([\\p{IsLatin}][^,.()]*?)(?:을|를)\\s*(?:추가|얹|붙|올)");

    private void onTop(String s, Entity context, int line, List<Relation> out) {
        // "PaliGemma(3B) VLM 위에 300M 규모 action expert를 붙인 구조": sizes in parentheses and before the part say nothing
        Matcher m = ON_TOP.matcher(PARENTHESES.matcher(s).replaceAll(""));
        while (m.find()) {
            List<Part> parts = List.of(m.group(1), m.group(2)).stream().map(x -> part(x, line)).flatMap(Optional::stream).toList();
            if (parts.size() == 2 && parts.stream().noneMatch(p -> p.component().equals(context))) {
                parts(parts, context, true, "built-on-top", out);
            }
        }
    }

    /** "LLM pipeline에서: pretraining(…) → SFT(…) → alignment(…)": each stage of the arrow chain is part of the named pipeline. */
    private static final Pattern PIPELINE = Pattern.compile(
            "([\\p{IsLatin}][\\p{IsLatin}\\d\\-]*(?:\\s[\\p{IsLatin}\\d\\-]+){0,2}?)\\s+(?:pipeline|Pipeline|파이프라인)(?:에서|의|은|는)?\\s*[:：]\\s*([^:：]+)");

    private void pipelineStages(String s, int line, List<Relation> out) {
        Matcher m = PIPELINE.matcher(s);
        while (m.find()) {
            String[] stages = ARROW.split(m.group(2));
            if (stages.length < 2) {
                continue;
            }
            Entity pipeline = slots.lexicon().declare(SlotNames.titleCase(m.group(1)) + " Pipeline", Atlas.Concept, Lexicon.RANK_SENTENCE);
            for (String stage : stages) {
                slots.resolveTerm(PARENTHESES.matcher(stage).replaceAll("").strip(), line).filter(x -> !x.equals(pipeline) && !x.isModelLike())
                        .ifPresent(x -> out.add(new Relation(x, Atlas.partOf, pipeline, Emitter.STATED, "pipeline-stage")));
            }
        }
    }

    /** "QLoRA의 세 가지 핵심 구성 요소", "Constitutional AI의 두 단계 과정", "π0의 dual-network 구조": a question asking for parts. */
    private static final Pattern PARTS_ASKED = Pattern.compile(
            "([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)\\s*(?:[(（][^()（）]*[)）])?의\\s+(?:[^\\s?]+\\s+){0,3}?(?:구성\\s*요소|구성|단계|구조|components?|stages?)");

    /** The whole a question asks the parts of, or empty. */
    Optional<Entity> partsAskedOf(String question, int line) {
        Matcher m = PARTS_ASKED.matcher(question);
        return mayMatch(PARTS_ASKED, question) && m.find() ? slots.resolve(m.group(1), Atlas.Concept, line).filter(e -> !e.type().equals(Atlas.Organization)) : Optional.empty();
    }

    /**
     * An answer's bold item under a question that asks for the parts of {@code whole} ("QLoRA의 세 가지 핵심
     * 구성 요소", "Constitutional AI의 두 단계"): the item ("**NF4**", "**Stage 1 — SL-CAI**") is part of it.
     */
    List<Relation> answerPart(String item, Entity whole, int line) {
        String stage = Layout.stageName(item);
        List<Relation> out = new ArrayList<>();
        Optional<Part> part = part(stage != null ? stage : item, line).filter(p -> !p.component().equals(whole));
        if (stage != null) {
            // a stage is a step of the process, not something the process uses
            part.ifPresent(p -> out.add(new Relation(p.component(), Atlas.partOf, whole, Emitter.IMPLIED, "answer-stage")));
        } else {
            part.ifPresent(p -> parts(List.of(p), whole, true, "answer-part", out));
        }
        return out;
    }

    /** "A → B → C" between models or benchmarks of one line of succession: each improves on the one before. */
    private void lineage(String s, Entity context, int line, List<Relation> out) {
        if (!hasArrow(s)) {
            return;
        }
        String rest = s; // without its version chains
        if (mayHoldVersionChain(s)) {
            Matcher chain = VERSION_CHAIN.matcher(s);
            StringBuilder without = new StringBuilder();
            while (chain.find()) {
                // "(1.0→1.5→NeXT)" after "LLaVA": the versions of that name, read as a lineage of their own
                String stem = chain.group(1);
                List<String> versions = new ArrayList<>();
                for (String v : ARROW.split(chain.group(2).strip())) {
                    String bare = v.strip();
                    versions.add(!BARE_VERSION.matcher(bare).matches() ? bare : stem + (Character.isDigit(bare.charAt(0)) ? " " : "-") + bare);
                }
                lineageOf(String.join(" → ", versions), false, line, out);
                chain.appendReplacement(without, "");
            }
            rest = chain.appendTail(without).toString();
        }
        // "MHA → MQA → GQA 순으로 발전함": the sentence says that each developed from the one before
        boolean developed = DEVELOPED_IN_ORDER.matcher(rest).find();
        // "MMLU → MMLU-Pro, GSM8K → MATH": a comma outside parentheses ends one chain and starts the next
        for (String segment : topLevelCommaSplit(rest)) {
            if (hasArrow(segment)) {
                lineageOf(segment, developed, line, out);
                replacedBy(segment, context, out);
            }
        }
    }

    /**
     * "Linear → MLP projector": the bare word before the arrow is the same kind of thing (Linear Projector), replaced;
     * said in a model's bullet, the model is the one that made the change and uses the replacement.
     */
    private void replacedBy(String segment, Entity context, List<Relation> out) {
        String[] items = ARROW.split(PARENTHESES.matcher(segment).replaceAll(""));
        for (int i = 0; i + 1 < items.length; i++) {
            String[] left = items[i].strip().split("\\s+");
            String[] right = items[i + 1].strip().split("\\s+");
            String bare = left[left.length - 1];
            if (right.length < 2 || !Names.startsLatinOrGreek(bare) || Names.hasHangul(bare)) {
                continue;
            }
            int head = 1;
            while (head < right.length && !Names.hasHangul(right[head])) {
                head++;
            }
            String newer = String.join(" ", java.util.Arrays.copyOf(right, head));
            Optional<Entity> old = slots.lexicon().find(bare + " " + Names.stripParticle(right[head - 1]));
            Optional<Entity> replacement = slots.lexicon().find(newer);
            if (head >= 2 && old.isPresent() && replacement.isPresent() && !old.equals(replacement)
                    && !old.get().isModelLike() && !replacement.get().isModelLike()) {
                out.add(new Relation(replacement.get(), Atlas.improvesOn, old.get(), Emitter.STATED, "replaced-by"));
                if (context != null && context.isModelLike()) {
                    out.add(new Relation(context, Atlas.uses, replacement.get(), Emitter.STATED, "replaced-by"));
                }
            }
        }
    }

    /** {@code ARROW.matcher(s).find()}, without the regex (this runs on every sentence). */
    static boolean hasArrow(String s) {
        return s.indexOf('→') >= 0 || s.indexOf('⇒') >= 0 || s.contains("->");
    }

    /** A parenthesis opening on a version ({@code [(（]\s*v?\d}): where {@link #VERSION_CHAIN} can match at all. */
    static boolean mayHoldVersionChain(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(' || s.charAt(i) == '（') {
                int j = i + 1;
                while (j < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(j)) >= 0) {
                    j++;
                }
                if (j < s.length() && s.charAt(j) == 'v') {
                    j++;
                }
                if (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    return true;
                }
            }
        }
        return false;
    }

    static List<String> topLevelCommaSplit(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
            if (c == ',' && depth <= 0) {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        out.add(s.substring(from));
        return out;
    }

    /** "… 순으로 발전함", "발전 과정:", "evolved": an arrow chain stated as a development, whatever its nodes are. */
    private static final Pattern DEVELOPED_IN_ORDER = Pattern.compile("(?i)순(?:으로|서로)\\s*(?:발전|진화|개선)|(?:발전|진화)\\s*(?:과정|순서)|evolv");

    /** @param developed the sentence states the chain as a development: techniques count, not only versions of one line */
    private void lineageOf(String s, boolean developed, int line, List<Relation> out) {
        String[] items = ARROW.split(s);
        for (String item : items) {
            if (VALUE_OF.matcher(item).find()) {
                return; // "32K(LLaMA-2) → 128K(LLaMA-3)": a trend of a value across models, not a line of succession
            }
        }
        List<Entity> chain = new ArrayList<>();
        for (String raw : items) {
            String item = raw.strip();
            Matcher paren = LINEAGE_ITEM.matcher(item);
            Optional<Entity> node = Optional.empty();
            if (paren.matches()) {
                node = slots.resolve(paren.group(2), Atlas.Model, line).filter(Entity::isModelLike);
                if (node.isPresent()) {
                    Entity model = node.get();
                    for (String part : slots.splitPlus(paren.group(1))) {
                        slots.resolve(lastPhrase(part), Atlas.Concept, line).filter(c -> !c.isModelLike())
                                .ifPresent(c -> out.add(new Relation(model, Atlas.uses, c, Emitter.STATED, "lineage-feature")));
                    }
                } else {
                    item = paren.group(1);
                }
            }
            if (node.isEmpty()) {
                String phrase = lastPhrase(item);
                List<Mention> found = mentions.find(phrase);
                node = found.stream().map(Mention::entity).reduce((a, b) -> b);
                if (!found.isEmpty() && found.get(found.size() - 1).end() < phrase.length() && Names.isNameLike(phrase)) {
                    // "LLaVA 1.0" while only "LLaVA" is known yet: the versioned name, not the family
                    Optional<Entity> whole = slots.resolve(phrase, Atlas.Model, line);
                    node = whole.isPresent() ? whole : node;
                }
            }
            if (node.isEmpty()) {
                node = slots.resolve(lastPhrase(item), chain.isEmpty() ? Atlas.Model : chain.get(chain.size() - 1).type(), line);
            }
            if (node.isEmpty() || !chain.isEmpty() && !developed && !sameLine(chain.get(chain.size() - 1), node.get())) {
                chain.clear();
            }
            if (node.isEmpty() || !developed && !isSuccessionNode(node.get())) {
                continue;
            }
            if (!chain.isEmpty()) {
                out.add(new Relation(node.get(), Atlas.improvesOn, chain.get(chain.size() - 1), Emitter.STATED, "lineage"));
            }
            chain.add(node.get());
        }
    }

    /** "InternVL 2/2.5/3로 발전": a slash group of versions that developed one from the other. */
    private void versionsDeveloped(String s, int line, List<Relation> out) {
        Matcher m = DEVELOPED.matcher(s);
        while (m.find()) {
            List<String> versions = Names.expandSlashes(m.group(1));
            Entity previous = null;
            for (String v : versions) {
                Entity e = slots.resolve(v, Atlas.Model, line).orElse(null);
                if (previous != null && e != null && sameLine(previous, e)) {
                    out.add(new Relation(e, Atlas.improvesOn, previous, Emitter.STATED, "versions-developed"));
                }
                previous = e;
            }
        }
    }

    private static final Pattern MODEL_ACRONYM = Pattern.compile("(?i)(?:m|s)?llms?|vlms?|vlas?|lms?|mllms?|lmms?");
    private static final Pattern MODEL_KIND = Pattern.compile("(?i)(?:m|s)?llms?|vlms?|vlas?|lms?|mllms?|lmms?|.*\\bmodels?|.*모델");

    /** A kind of model ("VLM", "VLA", "LLM", "Language Model"): its representatives are instances, not users. */
    static boolean isModelKind(Entity e) {
        return MODEL_KIND.matcher(e.label()).matches();
    }

    private static boolean isMeasure(Entity e) {
        return e.type().equals(Atlas.Benchmark) || e.type().equals(Atlas.Metric);
    }

    private static boolean isSuccessionNode(Entity e) {
        return e.isModelLike() || e.type().equals(Atlas.Benchmark);
    }

    /**
     * Two names of one line of versions: the same family stem ("LLaVA-1.0" → "LLaVA-1.5",
     * "MMLU" → "MMLU-Pro") or the same family. A trend across different things
     * ("GSM8K → MATH → AIME") is not a succession.
     */
    static boolean sameLine(Entity a, Entity b) {
        String sa = Names.stemKey(a.label());
        String sb = Names.stemKey(b.label());
        boolean sameStem = !sa.isEmpty() && (sa.equals(sb) || Names.key(b.label()).startsWith(Names.key(a.label()))
                || sa.length() >= 3 && sb.startsWith(sa) && !sa.equals(Names.key(a.label()))); // "LLaVA-1.5" → "LLaVA-NeXT"
        return sameStem || a.family != null && a.family == b.family;
    }

    private Optional<Entity> firstNamed(String text, int line) {
        List<Mention> found = mentions.find(text);
        if (!found.isEmpty()) {
            return Optional.of(found.get(found.size() - 1).entity());
        }
        return slots.resolve(lastPhrase(text), Atlas.Concept, line);
    }

    /** The name-like tail of a clause: "현재 decoder-only LLM의 표준 GQA" → "GQA". */
    private static String lastPhrase(String clause) {
        String[] words = SPACES.split(clause.strip());
        int start = words.length;
        while (start > 0 && Names.startsLatinOrGreek(words[start - 1]) && words.length - start < 4) {
            start--;
        }
        return start == words.length ? clause.strip() : String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
    }
}
