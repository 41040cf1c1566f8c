package org.llmatlas.extract;

import static org.llmatlas.extract.Clauses.PARENTHESES;
import static org.llmatlas.extract.Clauses.USE_CUES;
import static org.llmatlas.extract.Clauses.hasAny;
import static org.llmatlas.extract.Clauses.hasArrow;
import static org.llmatlas.extract.Clauses.isMeasure;
import static org.llmatlas.extract.Gates.mayMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 *   <li>the same said in English sentences ({@link EnglishClauses}): {@code used by A and B}, {@code A adopts X}, {@code improves on X}, {@code evaluated on B}</li>
 * </ul>
 *
 * The rules live in groups by concern ({@link UserClauses}, {@link ObjectClauses}, {@link PartRules},
 * {@link ImprovementRules}, {@link ComparisonRules}, {@link EvaluationRules}, {@link LineageRules}, {@link UseRules});
 * {@link #apply} tries each only where its cue words occur, in a fixed order.
 */
final class RelationRules {
    private final SlotNames slots;
    private final UseRules useRules;
    private final DoneWithRules doneWith;
    private final UserClauses userClauses;
    private final ObjectClauses objectClauses;
    private final PartRules partRules;
    private final ImprovementRules improvementRules;
    private final ComparisonRules comparisonRules;
    private final EvaluationRules evaluationRules;
    private final ScoreLines scoreLines;
    private final ComparedEvaluations comparedEvaluations;
    private final BaseModels baseModels;
    private final EvaluationLists evaluationLists;
    private final LineageRules lineageRules;
    private final EnglishClauses englishClauses;

    /** Arrows written otherwise ("Medusa ➡️ EAGLE", "A ⟶ B", "A => B") read as "→". */
    private static final java.util.regex.Pattern ARROWS = java.util.regex.Pattern.compile("➡\uFE0F?|⟶|⮕|=>");

    RelationRules(Lexicon lexicon, MentionFinder mentions) {
        this.slots = new SlotNames(lexicon);
        this.scoreLines = new ScoreLines(slots);
        this.useRules = new UseRules(slots);
        this.userClauses = new UserClauses(slots);
        this.partRules = new PartRules(slots);
        this.objectClauses = new ObjectClauses(slots, partRules);
        this.doneWith = new DoneWithRules(slots, objectClauses);
        this.baseModels = new BaseModels(slots, objectClauses);
        this.evaluationLists = new EvaluationLists(slots);
        this.improvementRules = new ImprovementRules(slots, mentions);
        this.comparisonRules = new ComparisonRules(slots);
        this.comparedEvaluations = new ComparedEvaluations(slots);
        this.evaluationRules = new EvaluationRules(slots, mentions, comparedEvaluations);
        this.lineageRules = new LineageRules(slots, mentions);
        this.englishClauses = new EnglishClauses(slots);
    }

    SlotNames slots() {
        return slots;
    }

    List<String> unresolved() {
        return slots.unresolved;
    }

    /** All relations a sentence states. */
    List<Relation> apply(String sentence, Entity context, int line) {
        String s = Endings.plain(ARROWS.matcher(sentence.replace("`", "").replace("**", "")).replaceAll("→"));
        List<Relation> out = new ArrayList<>();
        // cheap cue-word gates first: the clause patterns are only tried where their cue occurs
        boolean useCue = hasAny(s, USE_CUES);
        if (context != null) {
            if (useCue || hasAny(s, "대표", "해당", "표준", "필수", "기본", "구현", "지원", "제안", "쓰임", "쓰인", "쓰였", "통합", "탑재", "내장", "처음 나", "처음 등장")) {
                userClauses.users(PARENTHESES.matcher(s).replaceAll(""), context, line, out);
                userClauses.asideUsers(s, context, line, out);
            }
            if (hasAny(s, "핵심", "특징")) {
                objectClauses.objects(ObjectClauses.CORE, "core-part", s, context, line, out);
            }
            if (mayMatch(ObjectClauses.UNITS_OF, s)) {
                objectClauses.unitsOf(s, context, line, out); // "HuBERT unit을 LLaMA의 vocabulary에 추가"
            }
            if ((s.contains("구성") || s.contains("이루어")) && mayMatch(ObjectClauses.MADE_OF, s)) {
                objectClauses.madeOf(s, context, line, out); // "HumanEval+와 MBPP+로 구성됨"
            }
            if (hasAny(s, "구성요소", "구성 요소", "component", "모듈", "module", "단계", "stage")) {
                partRules.componentOf(s, context, line, out);
            }
            if (s.contains("의 ") && hasAny(s, "objective", "방법", "기법", "방식", "기술", "알고리즘")) {
                userClauses.owner(s, context, line, out);
            }
            if (s.contains("기반")) {
                objectClauses.basedOn(s, context, line, out);
            }
            if (hasAny(s, "바탕으로", "토대로", "를 기반으로", "을 기반으로")) {
                objectClauses.groundedOn(s, context, line, out);
            }
            if (s.indexOf('+') >= 0 || s.contains(" × ")) {
                partRules.composed(s.replace(" × ", " + "), context, line, out); // "TP × PP × DP를 결합"
            }
            if (s.contains(" / ")) {
                partRules.slashed(s, context, line, out); // "— NFNet-F6 / Perceiver Resampler / Chinchilla 70B"
            }
            if (s.contains("위에") && PartRules.COMPOSITION_CUE.matcher(s).find()) {
                partRules.onTop(s, context, line, out);
            }
            if (hasAny(s, "후속", "개선", "확장", "차기", "업그레이드", "다음", "뒤를", "대신", "없애", "없앤", "없앴", "해결", "극복", "보완", "기존", "줄이", "줄여", "줄인", "줄임", "완화")) {
                improvementRules.improves(s, context, line, out);
            }
            if ((s.contains("후속") || s.contains("개선")) && (s.indexOf(':') > 0 || s.indexOf('：') > 0)) {
                improvementRules.successorsListed(s, line, out); // "LoRA 후속: DoRA (…), LoRA+ (…)"
            }
            if (hasAny(s, "대체", "발전", "진화", "개량", "계승", "업그레이드", "확장")) {
                improvementRules.replacesOrGrowsFrom(s, context, line, out); // "MQA를 대체함", "PPO에서 발전한 기법"
            }
            if (hasAny(s, "문제", "위험", "한계", "단점") && hasAny(s, "방지", "해결", "완화", "극복", "없")) {
                improvementRules.problemSolved(s, line, out);
            }
            if (hasAny(s, "평가", "측정", "탐지", "지표", "척도")) {
                evaluationRules.evaluated(s, context, line, out);
                if (hasAny(s, "지표", "척도")) {
                    evaluationRules.metricsUsed(s, context, line, out); // "성능 지표로 BLEU와 ROUGE를 사용함"
                }
                if (s.indexOf(':') > 0 || s.indexOf('：') > 0 || s.indexOf('—') > 0 || s.indexOf('–') > 0) {
                    evaluationLists.labelled(s, context, line, out); // "평가: MUSHRA 청취 테스트, ViSQOL", "평가 벤치마크 — MMLU, GSM8K"
                }
            }
            if (context.isModelLike() && (s.indexOf('%') >= 0 || s.contains("점") || ScoreLines.hasDecimal(s))) {
                scoreLines.bareScores(s, context, line, out); // "SWE-bench Verified 71.7%.", "MMLU 88.5점"
            }
            if (context.isModelLike() && s.contains("위")) {
                evaluationRules.rankedOn(s, context, line, out); // "2024년 5월 MTEB 1위"
            }
            // "TruthfulQA 점수 올림" in a technique's bullet too (not a benchmark's or a measure's)
            // (and "GSM8K +17.9%p": a gain on a benchmark)
            if (hasAny(s, "점수", "score", "성공률", "정확도", "accuracy") && !isMeasure(context) || s.contains("+") && s.indexOf('%') > 0 && !isMeasure(context)) {
                evaluationRules.benchmarkScore(s, context, out);
            }
            if (s.contains("의 ") && (s.indexOf('%') >= 0 || s.contains("점"))) {
                evaluationRules.possessedScore(s, context, line, out); // "Alpaca의 TruthfulQA 32.5% → 65.1%"
            }
            if (s.indexOf('(') >= 0 && hasAny(s, "metric", "지표", "척도") && !isMeasure(context)) {
                evaluationRules.metricsListed(s, context, line, out); // "7개 metric (accuracy, calibration, …)"
            }
            if (s.contains("평가에") && context.type().equals(Atlas.Benchmark)) {
                evaluationRules.usedInEvaluating(s, context, line, out); // "LLaVA, InstructBLIP 평가에 많이 씀"
            }
            if (hasAny(s, "로 ", "로)", "으로 ", "지원", "제공", "결합", "방식")) {
                if (mayMatch(ObjectClauses.INSTRUMENT, objectClauses.objectText(s))) {
                    objectClauses.objects(ObjectClauses.INSTRUMENT, "by-means-of", s, context, line, out);
                }
                if (mayMatch(ObjectClauses.FEATURE, objectClauses.objectText(s))) {
                    objectClauses.objects(ObjectClauses.FEATURE, "feature", s, context, line, out);
                }
            }
            if (hasAny(s, "결합", "추가")) {
                objectClauses.objects(ObjectClauses.ADDED_ON, "added-on", s, context, line, out);
                useRules.addedToModels(objectClauses.objectText(s), context, out);
            }
            if (!useCue && hasAny(s, "씀", "썼", "써서", "써야", "쓰고", "쓰며", "쓴다", "가져", "차용", "반복", "계승", "붙여", "붙임", "붙인")) {
                objectClauses.objects(ObjectClauses.OBJECT_WORN, "uses-object", s, context, line, out); // "VLM을 backbone으로 씀"
            }
            if (hasAny(s, "붙", "쌓", "조합")) {
                objectClauses.objects(ObjectClauses.OBJECT_STACKED, "stacked", s, context, line, out); // "MoE를 붙임"
            }
            if (s.contains("구조로")) {
                objectClauses.objects(ObjectClauses.BUILT_AS, "built-as", s, context, line, out); // "Mamba-2 구조로 만든 코드 모델"
            }
            if (useCue) {
                if (mayMatch(ObjectClauses.OBJECT_USED, objectClauses.objectText(s))) {
                    objectClauses.objects(ObjectClauses.OBJECT_USED, "uses-object", s, context, line, out);
                }
                if (mayMatch(ObjectClauses.INTRODUCED, objectClauses.objectText(s))) {
                    objectClauses.objects(ObjectClauses.INTRODUCED, "introduced", s, context, line, out);
                }
                if (context.isModelLike() && mayMatch(ObjectClauses.BARE_USED, objectClauses.objectText(s))) {
                    objectClauses.objects(ObjectClauses.BARE_USED, "bare-use", s, context, line, out); // "- GQA 사용" under a model
                }
                if (context.isModelLike() && hasAny(s, "됨", "되었", "되어")) {
                    objectClauses.objects(ObjectClauses.APPLIED_PASSIVE, "applied", s, context, line, out); // "LongRoPE가 적용됨"
                }
            }
            if (BaseModels.mayState(s)) {
                baseModels.bases(s, context, line, out); // "GPT-3를 GitHub 코드로 추가 학습한 모델"
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
            userClauses.doneBy(s, context, out);
            if (hasArrow(s)) {
                useRules.processSteps(s, context, line, out);
            }
            if (hasAny(s, "생성", "만든")) {
                useRules.generatedData(s, context, out);
            }
            if (hasAny(s, "judge", "Judge", "심판", "평가자")) {
                doneWith.judgedBy(s, context, line, out);
            }
            if (hasAny(s, "바꾼", "바꿈", "바꾸", "바꿔", "교체", "대체") && !isMeasure(context)) {
                doneWith.replacedWith(s, context, line, out);
            }
            if ((hasAny(s, "하고", "하여", "해서", "함", "했", "하는", "학습", "훈련") || DoneWithRules.acronymThenHan(s)) && !isMeasure(context)) {
                doneWith.techniqueDone(s, context, line, out);
            }
            if (s.contains("방식") && s.indexOf(':') >= 0) {
                useRules.labelledManner(s, context, line, out);
            }
        }
        if (context == null && hasAny(s, "평가", "측정") && (mayMatch(ComparedEvaluations.LISTED_SUBJECTS, s)
                || Names.startsLatinOrGreek(s.strip()) && EvaluationRules.OPENING_MODEL.matcher(s).lookingAt())) {
            evaluationRules.evaluated(s, null, line, out); // "BGE, E5, GTE 모두 MTEB로 평가됨": the clause lists its subjects
        }
        if (context == null && hasAny(s, "후속", "개선", "확장", "차기", "업그레이드", "다음", "뒤를")) {
            // "Mixtral 8x22B는 Mixtral 8x7B의 확장판으로 …" with nothing around it: the clause names its own subject
            Entity own = objectClauses.clauseSubject(s, s.length(), null);
            if (own != null && own.isModelLike()) {
                improvementRules.improves(s, own, line, out);
            }
        }
        if (s.indexOf('(') >= 0 || s.indexOf('（') >= 0) {
            doneWith.namedDoing(s, context, line, out); // "응답 비교는 AI가 수행함(RLAIF)"; "MMBench는 … 침(CircularEval)" on its own
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
        if (useCue || hasAny(s, UserClauses.WRITE_USE_CUES) || mayMatch(UserClauses.SVO_TRAINED, s)) {
            int before = out.size();
            userClauses.svo(s.indexOf('(') < 0 ? s : PARENTHESES.matcher(s).replaceAll(""), line, out); // "LLaMA 3(전 사이즈), Qwen2가 GQA를 씀"
            if (context != null && out.size() > before) {
                // the clause names who uses the object: the context (a question's, a heading's) does not
                List<Relation> named = List.copyOf(out.subList(before, out.size()));
                out.removeIf(r -> r.subject().equals(context) && r.predicate().equals(Atlas.uses) && (r.rule().equals("uses-object") || r.rule().equals("by-means-of"))
                        && named.stream().anyMatch(n -> n.object().equals(r.object()) && !n.subject().equals(context)));
            }
        }
        if (s.contains("평가") && hasAny(s, "벤치마크", "benchmark")) {
            evaluationRules.benchmarkSubject(s, line, out);
        }
        // "GPT-3 175B가 truthful 58%" in a benchmark's bullet: a model and its score
        if (hasAny(s, "에서 ", "초과", "달성", "도달", "기록", "보고") || context != null && context.type().equals(Atlas.Benchmark) && s.indexOf('%') > 0) {
            evaluationRules.scored(s, context, line, out);
        }
        if (context == null && hasAny(s, "평가", "측정") && hasAny(s, "등", "같은")) {
            evaluationRules.evaluated(s, null, line, out); // "OpenHands, Agentless 같은 시스템도 SWE-bench로 평가됨"
        }
        Optional<ComparedEvaluations.Compared> before = comparedEvaluations.takeCompared(line);
        if (before.isPresent()) {
            comparisonRules.verdict(s, before.get(), out); // "… WER을 비교함. 평균 오류가 훨씬 적음."
        }
        if (s.contains("비교")) {
            comparedEvaluations.compared(s, context, line, out); // "wav2vec 2.0과 Common Voice에서 WER을 비교함"
        }
        if (hasAny(s, "보다", "대비", "만큼")) {
            comparisonRules.comparisons(s, context, line, out);
        }
        if (s.contains("보다") && hasAny(s, "점수", "정확도", "성공률", "score", "accuracy")) {
            scoreLines.comparedScores(s, context, line, out); // "FineWeb보다 MMLU와 ARC 점수가 높음"
        }
        if (hasAny(s, "pass@", "pass^", "Pass@")) {
            scoreLines.passAt(s, context, line, out); // "Codex 12B가 pass@1 28.8%를 기록함"
        }
        if (hasAny(s, "평가", "측정") && (s.contains("로 ") || s.contains("으로 "))) {
            evaluationRules.subjectEvaluated(s, line, out);
        }
        if (hasAny(s, "보완", "해결", "극복", "개선", "고쳤", "고치", "고친", "고쳐") && hasAny(s, "한계", "문제", "단점", "약점")) {
            improvementRules.subjectsFix(s, context, line, out);
        }
        if (hasAny(s, "앞섬", "앞서", "앞선", "앞섰", "능가", "압도", "넘어섬", "넘어섰", "넘은", "넘음", "넘었")) {
            comparisonRules.outperforms(s, context, line, out);
        }
        if (context != null && (hasAny(s, "방식", "방법", "기법", "레시피", "알고리즘", "기술") && hasAny(s, "이 ", "같은 ", "동일한 ") || hasAny(s, "이를 ", "이것을 "))) {
            userClauses.demonstrativeUsers(s, context, line, out);
        }
        if (context != null && s.contains("단계") && hasArrow(s) && (hasAny(s, "구성", "이루어") || PartRules.STAGE_COUNT_LABEL.matcher(s).find())) {
            partRules.stagesOf(s, context, line, out);
        } else if (context != null && !context.isModelLike() && hasAny(s, "로 구성", "로 이루어")) {
            partRules.madeOf(s, context, line, out); // "question encoder와 passage encoder, 두 개의 BERT로 이루어진"
        }
        if (hasAny(s, "계열", "시리즈", "family")) {
            partRules.memberOf(s, line, out); // "DeepSeek-V3는 DeepSeek 계열의 최신 모델임"
        }
        if (hasAny(s, "pipeline", "Pipeline", "파이프라인")) {
            partRules.pipelineStages(s, line, out); // first: the stages of a pipeline are steps, not models of a lineage
        }
        if (EnglishClauses.mayState(s)) {
            englishClauses.relations(s, context, line, out); // "Used by LLaMA-2 and Mistral.", "PaLM and Falcon adopt MQA."
        }
        lineageRules.lineage(s, context, line, out);
        if (s.contains("발전")) {
            lineageRules.versionsDeveloped(s, line, out);
        }
        if (hasAny(s, "순으로", "순서로", "로 발전", "로 진화", "로 업그레이드")) {
            lineageRules.ordered(s, line, out); // "Wren-1, Wren-2, Wren-3 순으로 발전함", "Orca-1에서 Orca-2로 발전"
        }
        return out;
    }

    /**
     * The topic a paragraph's first sentence opens with ("LLM agent는 관찰을 입력으로 받아 …", "WebArena는 … 벤치마크입니다"),
     * which the sentences after it speak of without naming it; empty when it opens otherwise.
     */
    Entity topicOf(String sentence, int line) {
        return objectClauses.topic(Endings.plain(sentence.replace("`", "").replace("**", "")), line);
    }

    /** A sentence of the answer to how {@code subject} is evaluated: what it says is used evaluates it. */
    List<Relation> usedToEvaluate(String sentence, Entity subject, boolean opening, int line) {
        List<Relation> out = new ArrayList<>();
        evaluationRules.usedToEvaluate(Endings.plain(sentence.replace("`", "").replace("**", "")), subject, opening, line, out);
        return out;
    }

    /** An item of a list under "평가:": what {@code subject} is evaluated by. */
    List<Relation> evaluationItems(String item, Entity subject, int line) {
        List<Relation> out = new ArrayList<>();
        evaluationLists.items(item, subject, line, out);
        return out;
    }

    /** In the bullet of "PPO (RLHF)": the parts a composition names are parts of the owner (see {@link PartRules#composedInOwner}). */
    List<Relation> composedInOwner(String sentence, Entity term, Entity owner, int line) {
        return partRules.composedInOwner(sentence, term, owner, line);
    }

    /** The whole a question asks the parts of, or empty. */
    Optional<Entity> partsAskedOf(String question, int line) {
        return partRules.partsAskedOf(question, line);
    }

    /** An answer's bold item under a question that asks for the parts of {@code whole}. */
    List<Relation> answerPart(String item, Entity whole, int line) {
        return partRules.answerPart(item, whole, line);
    }

    /** In the bullet of "A vs B", the side a sentence says is plainly better improves on the other. */
    List<Relation> versus(String term, String sentence) {
        return comparisonRules.versus(term, sentence);
    }
}
