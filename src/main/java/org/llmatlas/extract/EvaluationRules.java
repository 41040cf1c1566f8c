package org.llmatlas.extract;

import static org.llmatlas.extract.Clauses.CLAUSE_START;
import static org.llmatlas.extract.Clauses.NAMES;
import static org.llmatlas.extract.Clauses.SUBJECT_MARKED;
import static org.llmatlas.extract.Clauses.clauseStart;
import static org.llmatlas.extract.Clauses.hasAny;
import static org.llmatlas.extract.Clauses.isMeasure;
import static org.llmatlas.extract.Clauses.isModelKind;
import static org.llmatlas.extract.Clauses.lastPhrase;
import static org.llmatlas.extract.Gates.mayMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Sentences that say what evaluates what: "POPE 벤치마크로 평가함", "o1이 AIME에서 … 도달", "MMLU 85점 달성",
 * "높은 MMLU 점수", and in a benchmark's or metric's bullet what it evaluates ("hallucination을 평가하는").
 */
final class EvaluationRules {
    /** "X로 평가함", "해결률(resolve rate)로 측정": what the clause before "로" names evaluates the subject (a gloss in parentheses names it). */
    private static final Pattern EVALUATED = Pattern.compile(
            "(?:^|(?<=[.:;(),]))\\s*([^.;:()]+?)(?:\\s*[(（]([^()（）]+)[)）])?\\s*(?:벤치마크|benchmark)?\\s*(?:로|으로|을\\s*통해|를\\s*통해)\\s*(?:[^\\s]+\\s+)?(?:(?:[^\\s.]+\\s+){1,2}?(?:성능|능력)(?:을|를)?\\s+)?(?:평가|측정|탐지)");
    /**
     * "o1/o3가 AIME에서 전문가 수준에 도달", "X는 MMLU, GSM8K에서 평가", "AIME 2024와 MATH-500에서 평가", "Qwen2-VL, InternVL 2가 MMBench에서 … 기록",
     * "MMMU val에서", "AIME 2024에서": scored on a benchmark (its edition year, its split); also better than another there
     * ("STS-B에서 Sentence-BERT보다 우수함", "passkey retrieval에서 Phi-3보다 정확도가 높음").
     */
    static final Pattern SCORED_ON = Pattern.compile(
            "(?:((?:[\\p{IsLatin}π][^\\s,()]*(?:\\s\\d[^\\s,()]*)?\\s*,\\s*)*[\\p{IsLatin}π][^\\s,()]*(?:\\s\\d[^\\s,()]*)?(?:\\s\\p{Lu}[\\p{IsLatin}]*)?)(?:이|가|은|는)\\s+)?((?:[\\p{IsLatin}][^\\s,()]*?(?:\\s(?:19|20)\\d\\d)?(?:\\s*,\\s*|(?:와|과)\\s+))*[\\p{IsLatin}][^\\s,()]*(?:\\s(?:19|20)\\d\\d)?)(?:\\s(?:val|test|dev|validation|testmini|test-clean|test-other))?에서\\s+(?:[^\\s.]+\\s+){0,6}?(?:도달|달성|기록|평가|측정|\\d+(?:\\.\\d+)?\\s*(?:%|점)"
            + "|[^\\s.]*보다\\s+(?:[^\\s.]+\\s+){0,3}?(?:우수|앞[서섬섰선]|능가|높[은음았다게]|넘[어었은음는]))");
    /** Hardware a thing is run on: "A100", "H100 80GB", "TPU v4", "RTX 4090". */
    private static final Pattern DEVICE = Pattern.compile("(?i)(?:[ahvlbt]\\d{2,3}|gb\\d{3}|tpu|rtx|gpu|cpu|npu|jetson|mi\\d{3})\\b.*");
    /**
     * In a benchmark's own bullet: "o3가 이를 초과", "GPT-4가 67.0%를 기록함", "Claude 3.5 Sonnet(2024.10)이 49%를 기록함":
     * a model scored on it (a name of up to three words, an aside after it, a decimal score before the verb).
     */
    private static final Pattern SCORES = Pattern.compile(
            "(?<![^\\s,(])([\\p{IsLatin}π][^\\s,()\\p{IsHangul}]*(?:/[^\\s,()]+)*(?:\\s[\\p{IsLatin}\\d][^\\s,()\\p{IsHangul}]*){0,2}?)(?:\\s*[(（][^()（）]*[)）])?(?:이|가|은|는|도)\\s+"
            + "(?:(?:[^\\s.]|\\.(?=\\d))+\\s+){0,3}?(?:초과|달성|도달|기록|\\d+(?:\\.\\d+)?\\s*%(?!p))");
    /** The subject a sentence opens with, an English phrase before its marker: "Object hallucination(…)이 …". */
    private static final Pattern OPENING_SUBJECT = Pattern.compile(
            "^\\s*([\\p{IsLatin}][\\p{IsLatin}\\d\\-]*(?:\\s[\\p{IsLatin}\\d][\\p{IsLatin}\\d\\-]*){0,3})\\s*(?:[(（][^()（）]*[)）])?(?:이|가|은|는)\\s");
    /** A known model opening a sentence as its topic ("LLaMA-2-Chat은 …", "GPT-4는 …"), the sentence's subject. */
    static final Pattern OPENING_MODEL = Pattern.compile("^\\s*([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)(?:은|는|이|가)\\s");

    private Optional<Entity> topicModel(String s, int slotStart) {
        Matcher m = OPENING_MODEL.matcher(s);
        // the opening is the slot's own start ("LLaMA-2-Chat은 TruthfulQA, …로") or ends before it
        return m.lookingAt() && (m.start(1) >= slotStart || m.end() <= slotStart + 1)
                ? slots.lexicon().find(m.group(1)).filter(Entity::isModelLike) : Optional.empty();
    }

    private static int openingEnd(String slot) {
        Matcher m = OPENING_MODEL.matcher(slot);
        return m.lookingAt() ? m.end() : 0;
    }

    /**
     * "Alpaca의 TruthfulQA 32.5% → 65.1%": a known model's score on a known benchmark; in a technique's bullet (ITI's), the
     * technique was evaluated there too.
     */
    private static final Pattern POSSESSED_SCORE = Pattern.compile(
            "([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*)?)의\\s+([\\p{IsLatin}][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*)?)\\s+[~≈]?\\d+(?:\\.\\d+)?\\s*(?:%|점)");

    void possessedScore(String s, Entity context, int line, List<Relation> out) {
        Matcher m = POSSESSED_SCORE.matcher(s);
        while (m.find()) {
            // a known model, or a versioned name ("Qwen-7B") that only a model has
            Optional<Entity> model = (HAS_DIGIT.matcher(m.group(1)).find() ? slots.resolve(m.group(1), Atlas.Model, line)
                    : slots.lexicon().find(m.group(1))).filter(Entity::isModelLike);
            Optional<Entity> bench = slots.lexicon().find(m.group(2)).filter(b -> b.type().equals(Atlas.Benchmark));
            if (model.isEmpty() || bench.isEmpty()) {
                continue;
            }
            out.add(new Relation(model.get(), Atlas.evaluatedBy, bench.get(), Emitter.STATED, "possessed-score"));
            if (context != null && !context.isModelLike() && !isMeasure(context)) {
                out.add(new Relation(context, Atlas.evaluatedBy, bench.get(), Emitter.STATED, "possessed-score"));
            }
        }
    }

    /** "7개 metric (accuracy, calibration, robustness)", "지표(BLEU, ROUGE)": the measures a bullet's subject is scored with. */
    private static final Pattern METRICS_LISTED = Pattern.compile("(?i)(?:metrics?|지표|척도)\\s*[(（]([^()（）]+)[)）]");

    void metricsListed(String s, Entity context, int line, List<Relation> out) {
        Matcher m = METRICS_LISTED.matcher(s);
        while (m.find()) {
            for (String name : slots.splitList(m.group(1))) {
                String measure = name.strip();
                if (measure.isEmpty() || Names.hasHangul(measure) || !Names.startsLatinOrGreek(measure)) {
                    continue;
                }
                slots.resolve(measure, Atlas.Metric, line).or(() -> measure.length() > 2 && measure.indexOf(' ') < 0 || METRIC_PHRASE.matcher(measure).matches()
                                ? Optional.of(slots.lexicon().declare(SlotNames.titleCase(measure), Atlas.Metric, Lexicon.RANK_SENTENCE)) : Optional.empty())
                        .filter(x -> !x.equals(context) && !x.isModelLike() && !x.type().equals(Atlas.Benchmark))
                        .ifPresent(x -> out.add(new Relation(context, Atlas.evaluatedBy, x, Emitter.STATED, "metrics-listed")));
            }
        }
    }

    /** "LLaVA, InstructBLIP 평가에 많이 씀" in a benchmark's bullet: the models it is used to evaluate. */
    private static final Pattern USED_IN_EVALUATING = Pattern.compile(
            "((?:[\\p{IsLatin}π][^\\s,()]*(?:\\s\\d[^\\s,()]*)?\\s*,\\s*)*[\\p{IsLatin}π][^\\s,()]*(?:\\s\\d[^\\s,()]*)?)\\s+평가에\\s+(?:많이\\s+|주로\\s+|자주\\s+|널리\\s+)?(?:씀|쓰임|쓰인다|사용|활용)");

    void usedInEvaluating(String s, Entity benchmark, int line, List<Relation> out) {
        Matcher m = USED_IN_EVALUATING.matcher(s);
        while (m.find()) {
            for (String name : slots.splitList(m.group(1))) {
                (HAS_DIGIT.matcher(name).find() ? slots.resolve(name, Atlas.Model, line) : slots.lexicon().find(name))
                        .filter(Entity::isModelLike).filter(x -> !x.equals(benchmark))
                        .ifPresent(x -> out.add(new Relation(x, Atlas.evaluatedBy, benchmark, Emitter.STATED, "used-in-evaluating")));
            }
        }
    }

    /** "Chatbot Arena의 Elo 점수", "MMLU의 accuracy 점수": a benchmark and the measure its score is in. */
    private static final Pattern SCORE_OF = Pattern.compile("([\\p{IsLatin}][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2})의\\s+([\\p{IsLatin}][^\\s,()]*(?:\\s[\\p{IsLatin}][^\\s,()]*)?)\\s*(?:점수|score)$");
    /** "MTEB 1위", "Chatbot Arena 3위": a model's rank on a leaderboard, so evaluated by it. */
    private static final Pattern RANKED_ON = Pattern.compile("(?:^|(?<=[\\s,(]))([\\p{Lu}][\\p{IsLatin}\\d\\-.]*(?:\\s\\p{Lu}[\\p{IsLatin}\\d\\-.]*)?)\\s+\\d{1,3}위");

    /** See {@link #RANKED_ON}: the model context is evaluated by the leaderboard it ranks on. */
    void rankedOn(String s, Entity context, int line, List<Relation> out) {
        Matcher m = RANKED_ON.matcher(s);
        while (m.find()) {
            slots.resolve(m.group(1), Atlas.Benchmark, line).filter(x -> !x.equals(context) && !x.isModelLike() && !x.type().equals(Atlas.Organization))
                    .ifPresent(x -> out.add(new Relation(context, Atlas.evaluatedBy, x, Emitter.STATED, "ranked-on")));
        }
    }

    /** In a metric's bullet, "LM이 test set을 얼마나 잘 예측하는지 나타내는 지표": what the sentence opens with is measured by it. */
    private static final Pattern MEASURE_OF = Pattern.compile(
            "^\\s*([^\\s(]+(?:\\s[^\\s(]+)?)(?:이|가)\\s[^.]*?(?:나타내는|측정하는|재는)\\s*(?:지표|척도|metric)");
    private static final Pattern EVALUATES = Pattern.compile("(?:^|(?<=[.:;()]))\\s*([^.;]+?)(?:을|를|의)?\\s*(?:평가하는|평가함|평가\\s*방법|측정하는)");

    /** "acceptance rate", "speedup", "length-controlled win rate", "top-1 accuracy": a measure, by its head noun. */
    static final Pattern METRIC_PHRASE = Pattern.compile(
            "(?i)(?:[a-z][a-z0-9\\-]*\\s){0,3}(?:rate|ratio|speedup|accuracy|latency|throughput|score|error|perplexity)");

    /** A one-word name (or one and a capitalised word: "SWE-bench Verified") opening a clause, then "로" and the clause's object, then "평가함"/"측정함" closing it. */
    private static final Pattern EVALUATED_FAR = Pattern.compile(
            CLAUSE_START + "\\s*([\\p{IsLatin}][\\p{IsLatin}\\d\\-]*[\\p{Lu}\\d][\\p{IsLatin}\\d\\-]*(?:\\s\\p{Lu}[\\p{IsLatin}\\d\\-]*)?)(?:으로|로)\\s+[^.;:]*?(?:평가|측정)(?:함|한다|했다|됨)");

    /** "… 환경에서 평가함": evaluated in the places named before "에서". */
    private static final Pattern EVALUATED_IN = Pattern.compile("에서\\s+(?:[^\\s.]+\\s+)?(?:평가|측정)");
    /** "BridgeData V2 환경", "LIBERO 벤치마크": a proper name (capitalised words after the first) before 환경/벤치마크. */
    private static final Pattern ENVIRONMENT = Pattern.compile(
            "(?:^|(?<=[\\s,(]))([\\p{IsLatin}][\\p{IsLatin}\\d\\-]*(?:\\s[\\p{Lu}\\d][\\p{IsLatin}\\d\\-.]*)*)\\s*(?:환경|벤치마크|benchmark)");

    /** "높은 MMLU 점수", "GSM8K score", "LIBERO 성공률": a score on a benchmark. */
    private static final Pattern BENCHMARK_SCORE = Pattern.compile(
            "([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*)\\s*(?:점수|스코어|score|성공률|정확도|accuracy|success rate|(?<=\\S)\\s+[+＋]\\d+(?:\\.\\d+)?\\s*%p?)");

    private final SlotNames slots;
    private final MentionFinder mentions;
    private final ModelEditions editions;

    private final ComparedEvaluations subjects;

    EvaluationRules(SlotNames slots, MentionFinder mentions, ComparedEvaluations subjects) {
        this.slots = slots;
        this.mentions = mentions;
        this.editions = new ModelEditions(slots.lexicon());
        this.subjects = subjects;
    }

    /** "작은 크기 대비 높은 MMLU 점수가 특징" in a model's bullet: the model is scored on a known benchmark. */
    void benchmarkScore(String s, Entity context, List<Relation> out) {
        Matcher m = BENCHMARK_SCORE.matcher(s);
        while (m.find()) {
            slots.lexicon().find(m.group(1)).filter(b -> b.type().equals(Atlas.Benchmark))
                    .ifPresent(b -> out.add(new Relation(context, Atlas.evaluatedBy, b, Emitter.STATED, "score-on")));
        }
    }

    private static final Pattern YEAR_NOTE = Pattern.compile("\\s*[(（](?:[^()（）]*\\s)?(?:19|20)\\d\\d[)）]");

    /** "SKEIN (2024)로 평가함", "X (Acme 2024)로 측정": a year noted after a name is no part of the clause. */
    private static String withoutYearNotes(String sentence) {
        return sentence.indexOf('(') < 0 && sentence.indexOf('（') < 0 ? sentence : YEAR_NOTE.matcher(sentence).replaceAll("");
    }

    /** {@code context} may be null: then only a clause listing its own subjects ("A, B 등의 모델도 X로 평가됨") is read. */
    void evaluated(String sentence, Entity context, int line, List<Relation> out) {
        String s = withoutYearNotes(sentence);
        Matcher m = EVALUATED.matcher(s);
        // what a benchmark is evaluated by is a metric ("Accuracy, Precision, Recall, F1로 평가")
        org.apache.jena.rdf.model.Resource measure = context != null && context.type().equals(Atlas.Benchmark) ? Atlas.Metric : Atlas.Benchmark;
        boolean near = false;
        while (m.find()) {
            near = true;
            // "해결률(resolve rate)로 측정": a Korean measure is named by its English in the parentheses ("throughput(tokens/s)" is a unit)
            String slot = m.group(2) != null && Names.hasHangul(m.group(1)) && !Names.hasHangul(m.group(2)) ? m.group(2).strip() : m.group(1);
            Matcher scored = SCORE_OF.matcher(slot);
            String scoreMeasure = scored.find() ? scored.group(2) : null;
            if (scoreMeasure != null) {
                // "Chatbot Arena의 Elo 점수로 평가함": the benchmark and the measure of its score
                slot = scored.group(1) + ", " + scoreMeasure;
            }
            if (slot.isEmpty() || Character.UnicodeScript.of(slot.codePointBefore(slot.length())) == Character.UnicodeScript.HANGUL) {
                continue; // "VLM의 … 능력을 객관식으로 평가": a manner in Korean, not the names of what evaluates
            }
            // "OpenHands, Agentless 등의 시스템도 SWE-bench Verified로 평가됨": the names listed as the subject, not the context
            List<Entity> listed = subjects.listedSubjects(s, m.end(1), line);
            if (listed.isEmpty() && context == null) {
                // "LLaMA-2-Chat은 TruthfulQA, ToxiGen, BOLD로 safety 평가": a known model the sentence opens with is its subject
                listed = topicModel(s, m.start(1)).map(List::of).orElse(List.of());
                if (listed.isEmpty()) {
                    continue;
                }
                slot = slot.substring(Math.min(slot.length(), OPENING_MODEL.matcher(slot).lookingAt() ? openingEnd(slot) : 0));
            }
            List<Entity> evaluated = new ArrayList<>(listed.isEmpty() ? List.of(context) : listed);
            Matcher opening = OPENING_SUBJECT.matcher(s);
            if (listed.isEmpty() && opening.find() && opening.end() <= m.start(1) + m.group(1).length()) {
                // "Object hallucination(…)이 가장 흔하며 POPE 벤치마크로 평가함": the sentence's own subject is evaluated too
                slots.resolveTerm(opening.group(1), line).filter(x -> !isMeasure(x)).ifPresent(evaluated::add);
            }
            for (String name : slots.splitList(scoreMeasure != null ? slot : lastPhrase(slot))) {
                Optional<Entity> b = slots.resolve(name, name.equals(scoreMeasure) ? Atlas.Metric : measure, line).or(() -> METRIC_PHRASE.matcher(name).matches()
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
        if (context == null) {
            return; // with no context only a clause that lists its subjects says what is evaluated
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
            Optional<Entity> b = known.isPresent() ? known.filter(Clauses::isMeasure)
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

    void benchmarkSubject(String s, int line, List<Relation> out) {
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
    /** "성능 지표로 BLEU와 ROUGE를 사용함", "WER을 평가 지표로 씀": metrics named as what a measure is taken with. */
    private static final Pattern METRICS_USED = Pattern.compile(
            "(?:지표|척도|(?i:metrics?))(?:로|으로)\\s+(?:\\p{IsHangul}+\\s+)?" + NAMES + "(?:을|를)\\s+(?:사용|활용|씀|채택)"
            + "|(?:^|(?<=[\\s,(]))" + NAMES + "(?:을|를)\\s+(?:\\p{IsHangul}+\\s+)?(?:지표|척도|(?i:metrics?))(?:로|으로)\\s+(?:사용|활용|씀|채택)");

    /** See {@link #METRICS_USED}: the context is evaluated by each metric (declared a metric when new). */
    void metricsUsed(String s, Entity context, int line, List<Relation> out) {
        Matcher m = METRICS_USED.matcher(s);
        while (m.find()) {
            for (String name : slots.splitList(m.group(1) != null ? m.group(1) : m.group(2))) {
                Optional<Entity> known = slots.lexicon().find(name);
                (known.isPresent() ? known : slots.resolveOrDeclare(name, Atlas.Metric, line))
                        .filter(x -> !x.equals(context) && isMeasure(x))
                        .ifPresent(x -> out.add(new Relation(context, Atlas.evaluatedBy, x, Emitter.STATED, "metrics-used")));
            }
        }
    }

    /** "주로 Needle-in-a-Haystack, RULER, LongBench를 사용함": in the answer to how something is evaluated, what is used evaluates it. */
    private static final Pattern USED_TO_EVALUATE = Pattern.compile("(?:^|(?<=[\\s,(:]))" + NAMES
            + "(?:\\s*등)?(?:을|를|이|가)\\s+(?:(?:주로|많이|흔히|널리|보통)\\s+)?(?:사용|활용|씀|쓴다|쓰며|써서|쓰임|쓰인다)");

    /** See {@link #USED_TO_EVALUATE}: each name, a benchmark or a measure (a new proper name is a benchmark), evaluates {@code subject}. */
    /** "RewardBench — chat / safety … 비율로 측정함", "IFEval: …": an answer opening with the benchmark it names, then a dash or colon. */
    private static final Pattern OPENING_BENCHMARK = Pattern.compile("^\\s*([\\p{IsLatin}][^\\s,:：—–\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,:：—–\\p{IsHangul}]*){0,2})\\s*(?:[—–:：]|-\\s)");

    /**
     * @param opening whether the sentence opens an answer's paragraph, where a benchmark named first answers the question
     *                (in a list of benchmarks each item names one of several, which says what it measures, not that it is the answer)
     */
    void usedToEvaluate(String s, Entity subject, boolean opening, int line, List<Relation> out) {
        List<String> named = new java.util.ArrayList<>();
        Matcher first = opening ? OPENING_BENCHMARK.matcher(s) : null;
        if (first != null && first.lookingAt()) {
            named.add(first.group(1));
        }
        for (Matcher m = USED_TO_EVALUATE.matcher(s); m.find(); ) {
            named.addAll(slots.splitList(m.group(1)));
        }
        for (String name : named) {
            Optional<Entity> known = slots.lexicon().find(name);
            (known.isPresent() ? known.filter(Clauses::isMeasure)
                    : UseRules.PROPER_SHAPE.matcher(name).find() || name.indexOf('-') > 0 && !name.equals(name.toLowerCase(java.util.Locale.ROOT))
                    ? slots.resolveOrDeclare(name, Atlas.Benchmark, line).filter(Clauses::isMeasure) : Optional.<Entity>empty())
                    .filter(x -> !x.equals(subject))
                    .ifPresent(x -> out.add(new Relation(subject, Atlas.evaluatedBy, x, Emitter.STATED, "used-to-evaluate")));
        }
    }

    void scored(String s, Entity context, int line, List<Relation> out) {
        Matcher m = SCORED_ON.matcher(s);
        while (mayMatch(SCORED_ON, s) && m.find()) {
            // "competition math에서": a common word in lower case is not the benchmark spelled in capitals (MATH)
            // "MMLU, GSM8K에서 평가": where something is evaluated is a benchmark, known or not; a score names a known one
            // "STS-B에서 … 우수함", "OCRBench에서 … 점수를 기록함": a proper name nothing declared is a benchmark where a thing
            // scores or beats another (not a device: "A100에서 MFU 46%를 기록")
            boolean evaluatedThere = m.group().endsWith("평가") || m.group().endsWith("측정");
            List<Entity> benchmarks = slots.splitList(m.group(2)).stream().filter(n -> !n.equals(n.toLowerCase(java.util.Locale.ROOT)))
                    .map(n -> slots.lexicon().find(n).isEmpty() && (evaluatedThere || UseRules.PROPER_SHAPE.matcher(n).find() && !DEVICE.matcher(n).matches())
                            ? slots.resolveOrDeclare(n, Atlas.Benchmark, line) : slots.lexicon().find(n))
                    .flatMap(Optional::stream).filter(b -> b.type().equals(Atlas.Benchmark)).toList();
            // "GPT-4V는 MMMU val에서 56.8%": the model the sentence opens with, else the context
            List<Entity> subjects = m.group(1) == null ? openingModel(s, line).or(() -> Optional.ofNullable(context)).stream().toList()
                    : slots.splitList(m.group(1)).stream().map(n -> slots.resolve(n, Atlas.Model, line)).flatMap(Optional::stream).toList();
            for (Entity x : subjects) {
                benchmarks.stream().filter(b -> !b.equals(x) && !isMeasure(x))
                        .forEach(b -> out.add(new Relation(x, Atlas.evaluatedBy, b, Emitter.STATED, "scored-on")));
            }
        }
        if (hasAny(s, "기록", "달성", "보고") && hasAny(s, "%", "점")) {
            percentOn(s, context, line, out);
        }
        if (context != null && context.type().equals(Atlas.Benchmark)) {
            Matcher sc = SCORES.matcher(s);
            while (sc.find()) {
                if (sc.group(0).contains("에서")) {
                    continue; // "o1이 AIME에서 도달": scored on the benchmark it names, handled above
                }
                slots.splitList(sc.group(1)).stream().map(this::scoredModel).flatMap(Optional::stream)
                        .filter(Entity::isModelLike)
                        .forEach(x -> out.add(new Relation(x, Atlas.evaluatedBy, context, Emitter.STATED, "scores-on-benchmark")));
            }
        }
    }

    /** "GPT-4V는 MMMU val에서 …": the model the sentence opens with, when it is one. */
    private Optional<Entity> openingModel(String s, int line) {
        Matcher opening = SUBJECT_MARKED.matcher(LIST_MARK.matcher(s.strip()).replaceFirst(""));
        return opening.lookingAt() ? slots.resolve(opening.group(1), Atlas.Model, line).filter(Entity::isModelLike) : Optional.empty();
    }

    private static final Pattern LIST_MARK = Pattern.compile("^[-*]\\s+");

    /**
     * The model a score is reported for in a benchmark's bullet: a known one ("GPT-4"), its size ("Codex 12B"), a
     * versioned name ("Heron-2"), or an edition of a known model or family ("Gemini Ultra", "Claude 3.5 Sonnet"),
     * declared as a model.
     */
    private Optional<Entity> scoredModel(String name) {
        Lexicon lexicon = slots.lexicon();
        Optional<Entity> known = lexicon.find(name).or(() -> lexicon.find(Names.stripSize(name)));
        if (known.isPresent()) {
            return known;
        }
        int space = name.lastIndexOf(' ');
        if (space > 0) {
            // "Gemini Ultra", "Claude 3.5 Sonnet": an edition of a known model or family, a model of that family
            return editions.edition(name.substring(0, space), name.substring(space + 1), " ");
        }
        return Names.isNameLike(name) && HAS_DIGIT.matcher(name).find()
                ? Optional.of(lexicon.declare(name, Atlas.Model, Lexicon.RANK_SENTENCE)) : Optional.empty();
    }

    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    /**
     * "Needle-in-a-Haystack 99% 이상을 기록함", "MMLU 85점 달성", "MFU 38~43%를 보고함": a known benchmark or metric followed by
     * the score reached on it.
     */
    private static final Pattern PERCENT_ON = Pattern.compile(
            "(?<![\\p{L}\\d])([\\p{IsLatin}][^\\s,()]*(?:\\s[\\p{IsLatin}][^\\s,()]*){0,2})\\s+\\d+(?:\\.\\d+)?(?:\\s*[~～]\\s*\\d+(?:\\.\\d+)?)?\\s*(?:%|점)\\s*(?:이상|이하|가량|대)?\\s*(?:을|를)?\\s*(?:기록|달성|보고)");

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
            String text = Clauses.withoutLabel(s.strip().replaceFirst("^[-*]\\s+", "")); // "Q13 보충: PaLM 540B는 …"
            Matcher opening = SUBJECT_MARKED.matcher(text);
            Optional<Entity> subject = opening.lookingAt() && s.indexOf(text) + opening.end() <= m.start()
                    // "Gemini 1.5는 …": a versioned name scored on a known benchmark is a model
                    ? scoredModel(opening.group(1)).or(() -> Names.isNameLike(opening.group(1)) && HAS_DIGIT.matcher(opening.group(1)).find()
                            // "Codex 12B가 …" with Codex not yet known: the model, not one of its sizes
                            ? Optional.of(slots.lexicon().declare(unsized(opening.group(1)), Atlas.Model, Lexicon.RANK_SENTENCE)) : Optional.empty())
                            .filter(x -> x.isModelLike() && !x.equals(scoredOn))
                    : Optional.ofNullable(context).filter(x -> !isMeasure(x));
            subject.ifPresent(x -> out.add(new Relation(x, Atlas.evaluatedBy, scoredOn, Emitter.STATED, "percent-on")));
        }
    }

    /** A new name without the parameter count written after it ("Codex 12B" → Codex), unless the count is all there is to it. */
    private static String unsized(String name) {
        String bare = Names.TRAILING_SIZE.matcher(name).replaceFirst("").strip();
        return bare.isEmpty() || !Names.isNameLike(bare) ? name : bare;
    }

    /** "OLMoE는 MMLU-Pro와 HellaSwag로 평가함": a clause that names what is evaluated and the benchmarks it is evaluated with. */
    private static final Pattern SUBJECT_EVALUATED = Pattern.compile(
            "(?:^|(?<=[.;:]\\s)|(?<=[.;:]))\\s*(?:\\d[^\\s,()\\p{IsHangul}]*\\s+)?([\\p{IsLatin}π][^\\s,()\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,()\\p{IsHangul}]*){0,2}?)(?:\\s*(?:모델|기법|방식))?(?:은|는)\\s+"
                    + NAMES + "\\s*(?:벤치마크|benchmark)?(?:으로|로)\\s+(?:[^\\s.]+\\s+)?(?:평가|측정)(?:함|했|한다|됨|하였)");

    void subjectEvaluated(String sentence, int line, List<Relation> out) {
        Matcher m = SUBJECT_EVALUATED.matcher(withoutYearNotes(sentence));
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
}
