package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Scores in Q&A answers and cheat-sheet lines, said of the clause's opening name or else of the context:
 * "FineWeb-Edu가 FineWeb보다 MMLU와 ARC 점수가 높음", "CLIP보다 ImageNet zero-shot 정확도가 높음" (evaluated by the
 * benchmarks named before the score noun), and "Codex 12B가 pass@1 28.8%를 기록함", "HumanEval pass@1 50.6%를 기록",
 * "pass@1로 측정" (evaluated by the pass@k metric, and by the benchmark written before it). A name nothing declared
 * there is a benchmark when it is shaped like a proper name ("ARC", "ImageNet"). {@link RelationRules} calls each rule
 * only where its cue occurs (a score noun after a comparison; "pass@" or "pass^").
 */
final class ScoreLines {
    /** Names (joined by 와/과/,) right before a score noun: "MMLU와 ARC 점수", "ImageNet zero-shot 정확도". */
    private static final Pattern SCORED_NAMES = Pattern.compile(
            "((?:[\\p{IsLatin}][\\p{IsLatin}\\d\\-.]*(?:\\s?(?:와|과|,)\\s*)?)+?)\\s*(?:zero-shot\\s+|few-shot\\s+)?(?:점수|정확도|성공률|score|accuracy)");
    /** "pass@1", "pass@k", "pass^k", with the benchmark written before it: "HumanEval pass@1". */
    private static final Pattern PASS_AT = Pattern.compile("(?:([\\p{IsLatin}][\\p{IsLatin}\\d\\-+.]*)\\s+)?(pass[@^][\\dk]+)", Pattern.CASE_INSENSITIVE);
    /** What says the pass@k figure is the subject's: a score recorded, or a measure taken with it. */
    private static final Pattern PASS_VERB = Pattern.compile("\\d(?:\\.\\d+)?\\s*%|로\\s*측정|으로\\s*측정|로\\s*평가|평균");
    /** The clause's opening name and its particle: "Codex 12B가", "Chinchilla(70B)는", "FineWeb-Edu가". */
    private static final Pattern OPENING = Pattern.compile(
            "^([\\p{IsLatin}\\p{IsGreek}][\\p{IsLatin}\\p{IsGreek}\\d\\-.]*(?:\\s[\\p{IsLatin}\\d][\\p{IsLatin}\\d\\-.]*){0,2})\\s*(?:[(（][^()（）]*[)）])?(?:가|이|는|은)\\s");
    /** A size after a name nothing else declared: "Codex 12B" is Codex at 12B. */
    private static final Pattern SIZE = Pattern.compile("\\s+\\d+(?:\\.\\d+)?[BM]$");

    private final SlotNames slots;
    private final Lexicon lexicon;

    ScoreLines(SlotNames slots) {
        this.slots = slots;
        this.lexicon = slots.lexicon();
    }

    /** "… B보다 MMLU와 ARC 점수가 높음": the subject is evaluated by the benchmarks named before the score noun. */
    void comparedScores(String s, Entity context, int line, List<Relation> out) {
        int than = s.indexOf("보다");
        Matcher m = SCORED_NAMES.matcher(s);
        if (than < 0 || !m.find(than)) {
            return;
        }
        Entity subject = subject(s, context, line);
        if (subject == null) {
            return;
        }
        for (String name : slots.splitList(m.group(1).replaceAll("\\s*(?:와|과)\\s*$", "").replaceAll("(?<=\\S)(?:와|과)\\s", ", "))) {
            benchmark(name, line).filter(b -> !b.equals(subject))
                    .ifPresent(b -> out.add(new Relation(subject, Atlas.evaluatedBy, b, Emitter.STATED, "compared-score")));
        }
    }

    /** "Codex 12B가 pass@1 28.8%를 기록함", "보통 pass@1로 측정": evaluated by the metric (and the benchmark before it). */
    void passAt(String s, Entity context, int line, List<Relation> out) {
        Matcher m = PASS_AT.matcher(s);
        if (!m.find() || !PASS_VERB.matcher(s.substring(m.end())).find()) {
            return;
        }
        Entity subject = subject(s, context, line);
        if (subject == null) {
            return;
        }
        String metric = m.group(2).toLowerCase(java.util.Locale.ROOT);
        Entity measure = lexicon.find(metric).orElseGet(() -> lexicon.declare("pass@" + metric.substring(5), Atlas.Metric, Lexicon.RANK_SENTENCE));
        List<Entity> found = new ArrayList<>(List.of(measure));
        if (m.group(1) != null) {
            benchmark(m.group(1), line).ifPresent(found::add);
        } else if (context != null && context.type().equals(Atlas.Benchmark)) {
            found.add(context); // in a benchmark's bullet: "Sparrow 9B가 pass@1 41.0%를 기록함" scored on it
        }
        for (Entity x : found) {
            if (!x.equals(subject) && !(subject.type().equals(Atlas.Benchmark) && x.type().equals(Atlas.Benchmark))) {
                out.add(new Relation(subject, Atlas.evaluatedBy, x, Emitter.STATED, "pass-at-k"));
            }
        }
    }

    /**
     * "MMLU 88.5점", "SWE-bench Verified 71.7%", "AIME 2024 pass@1 79.8%, MATH-500 97.3%로": a name with a score right after it
     * names a benchmark the model was scored on (a pass@k between them is read by {@link #passAt}).
     */
    private static final Pattern BARE_SCORE = Pattern.compile("(?:^|(?<=[\\s,(]))" + Clauses.NAME
            + "(?:\\s+pass[@^][\\dk]+|\\s+(?:평균\\s*)?(?:성공률|정확도|점수))?\\s+[~≈]?\\d+(?:\\.\\d+)?\\s*(?:%|점)(?=[\\s,.;)]|로|으로|를|을|의|$)");
    /**
     * A score without a unit, a decimal after a name: "VQAv2 80.0, GQA 63.3", "MMMU 72.2로 1위" — read only in a list of two
     * or more, or before 로 in a line that ranks or records it (a lone "Gemini 1.5" is a version, not a score).
     */
    private static final Pattern PLAIN_SCORE = Pattern.compile("(?:^|(?<=[\\s,(]))" + Clauses.NAME + "\\s+\\d+\\.\\d+(?=\\s*,|\\s*\\.(?:\\s|$)|\\s*$|(로)\\s)");

    /** See {@link #BARE_SCORE}: in a model's line, each benchmark the clause's model (else the context) scores on ("GPT-4o의 12%" names none). */
    void bareScores(String s, Entity context, int line, List<Relation> out) {
        plainScores(s, context, line, out);
        Matcher m = BARE_SCORE.matcher(s);
        Entity model = null;
        while (m.find()) {
            model = model != null ? model : subject(s, context, line); // "Phi-3-mini가 MMLU 69%로 …" in Phi-3's line: the clause's own model
            if (model == null) {
                return;
            }
            // "LibriSpeech test-clean에서 WER 2.7%": after the benchmark named with 에서, a score's name is its measure
            boolean measured = s.lastIndexOf("에서", m.start()) >= 0;
            Entity scored = model;
            (measured ? lexicon.find(m.group(1)).filter(x -> x.type().equals(Atlas.Benchmark)) : benchmark(m.group(1), line))
                    .filter(b -> !b.equals(scored))
                    .ifPresent(b -> out.add(new Relation(scored, Atlas.evaluatedBy, b, Emitter.STATED, "bare-score")));
        }
    }

    /** A decimal number somewhere in {@code s} ("80.0"): the cheap cue for {@link #PLAIN_SCORE}. */
    static boolean hasDecimal(String s) {
        for (int i = s.indexOf('.', 1); i > 0 && i < s.length() - 1; i = s.indexOf('.', i + 1)) {
            if (Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** See {@link #PLAIN_SCORE}. */
    private void plainScores(String s, Entity context, int line, List<Relation> out) {
        List<String> names = new ArrayList<>();
        boolean ranked = false;
        for (Matcher m = PLAIN_SCORE.matcher(s); m.find(); ) {
            names.add(m.group(1));
            ranked |= m.group(2) != null && (s.indexOf('위', m.end()) >= 0 || s.indexOf("기록", m.end()) >= 0);
        }
        if (names.size() < 2 && !ranked) {
            return;
        }
        Entity model = subject(s, context, line);
        for (String name : names) {
            if (model != null) {
                benchmark(name, line).filter(b -> !b.equals(model))
                        .ifPresent(b -> out.add(new Relation(model, Atlas.evaluatedBy, b, Emitter.STATED, "bare-score")));
            }
        }
    }

    /** The clause's opening name (a model, maybe written with its size), else the context; never a measure. */
    private Entity subject(String s, Entity context, int line) {
        Matcher m = OPENING.matcher(s);
        Entity subject = context;
        if (m.find()) {
            String name = m.group(1);
            Optional<Entity> known = lexicon.find(name);
            if (known.isEmpty() && SIZE.matcher(name).find()) {
                String bare = SIZE.matcher(name).replaceFirst("");
                known = lexicon.find(bare).or(() -> Names.isNameLike(bare) && Character.isUpperCase(bare.charAt(0))
                        ? Optional.of(lexicon.declare(bare, Atlas.Model, Lexicon.RANK_SENTENCE)) : Optional.empty());
            }
            subject = known.or(() -> slots.resolve(name, Atlas.Model, line)).orElse(context);
        }
        return subject == null || subject.type().equals(Atlas.Metric) || subject.type().equals(Atlas.Organization) ? null : subject;
    }

    /** A known benchmark, or a proper name nothing declared (then a benchmark); not a known thing of another kind. */
    private Optional<Entity> benchmark(String name, int line) {
        String n = name.strip();
        if (n.isEmpty() || Names.hasHangul(n)) {
            return Optional.empty();
        }
        Optional<Entity> known = lexicon.find(n);
        if (known.isPresent()) {
            return known.filter(x -> x.type().equals(Atlas.Benchmark));
        }
        return UseRules.PROPER_SHAPE.matcher(n).find() && Names.isNameLike(n)
                ? Optional.of(lexicon.declare(n, Atlas.Benchmark, Lexicon.RANK_SENTENCE)) : Optional.empty();
    }
}
