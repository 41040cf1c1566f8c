package org.llmatlas.extract;

import static org.llmatlas.extract.Clauses.isMeasure;
import static org.llmatlas.extract.Clauses.isModelKind;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Lecture notes' evaluation labels: a line {@code 평가: MUSHRA 청취 테스트, ViSQOL}, or a paragraph {@code 평가:} (also
 * {@code 평가 벤치마크:}, {@code Evaluation:}, {@code Benchmarks:}) with a list below ({@code - LibriSpeech (ASR)},
 * {@code - HumanEval, MBPP+}). What a section's subject is evaluated by is each item's leading name: a benchmark, or a
 * metric when it reads as a measure ("WER", "speaker similarity"); the words after it (a Korean gloss, an aside)
 * describe it. Models in such a list are not what evaluates.
 */
final class EvaluationLists {
    /** "평가:", "**평가 벤치마크:**", "Evaluation:", "Benchmarks:" — a label and nothing else. */
    private static final Pattern HEAD = Pattern.compile(
            "(?i)^(?:주요\\s*)?(?:평가(?:\\s*(?:벤치마크|데이터셋|지표))?|evaluation|evaluated\\s+on|benchmarks?)\\s*[:：]$");
    /** "평가: A, B" (also "평가 벤치마크 — A, B") on one line. */
    private static final Pattern LINE = Pattern.compile(
            "(?i)^(?:[-*]\\s+)?(?:평가(?:\\s*(?:벤치마크|데이터셋|지표))?|evaluation|evaluated\\s+on|benchmarks?)\\s*[:：—–]\\s*(\\S.*)$");
    /** An item's leading English name, before a gloss or an aside: "MUSHRA 청취 테스트" → MUSHRA. */
    private static final Pattern LEADING_NAME = Pattern.compile("^([\\p{IsLatin}][\\p{IsLatin}\\d\\-+.@/]*(?:\\s[\\p{IsLatin}\\d][\\p{IsLatin}\\d\\-+.@/]*){0,3})");
    /** "ReedVoice test-clean", "MMMU val": a split of the benchmark named before it. */
    private static final Pattern SPLIT = Pattern.compile("(?i)\\s+(?:test|val|dev|validation|testmini|test-clean|test-other)$");
    private static final Pattern MEASURE_WORD = Pattern.compile(
            "(?i)(?:[a-z][a-z0-9\\-]*\\s){0,3}(?:rate|ratio|speedup|accuracy|latency|throughput|score|error|perplexity|similarity)|pass@\\d+|pass@k");

    private final SlotNames slots;

    EvaluationLists(SlotNames slots) {
        this.slots = slots;
    }

    /** A paragraph that is an evaluation label alone. */
    static boolean isHead(String raw) {
        return raw.indexOf(':') >= 0 || raw.indexOf('：') >= 0 ? HEAD.matcher(DocumentExtractor.stripMarkdown(raw)).matches() : false;
    }

    /** "평가: A, B" as a sentence of its own: the context is evaluated by each. */
    void labelled(String s, Entity context, int line, List<Relation> out) {
        Matcher m = LINE.matcher(s.strip());
        if (context != null && m.matches()) {
            items(m.group(1), context, line, out);
        }
    }

    /** An item under an evaluation label: {@code subject} is evaluated by what it names. */
    void items(String item, Entity subject, int line, List<Relation> out) {
        if (isMeasure(subject) || isModelKind(subject)) {
            return;
        }
        Matcher labelled = LINE.matcher(item.strip());
        for (String part : Clauses.topLevelCommaSplit(labelled.matches() ? labelled.group(1) : item)) {
            Matcher m = LEADING_NAME.matcher(Clauses.PARENTHESES.matcher(part).replaceAll("").strip());
            if (!m.find()) {
                continue;
            }
            evaluator(SPLIT.matcher(m.group(1).strip()).replaceFirst(""), line).filter(x -> !x.equals(subject))
                    .ifPresent(x -> out.add(new Relation(subject, Atlas.evaluatedBy, x, Emitter.STATED, "evaluation-list")));
        }
    }

    private Optional<Entity> evaluator(String name, int line) {
        Optional<Entity> known = slots.lexicon().find(name);
        if (known.isPresent()) {
            return known.filter(x -> !x.isModelLike() && !isModelKind(x) && !x.type().equals(Atlas.Organization));
        }
        int space = name.lastIndexOf(' ');
        if (space > 0 && MEASURE_WORD.matcher(name.substring(space + 1)).matches()) {
            // "TextVQA accuracy": the known benchmark the measure is taken on
            Optional<Entity> on = slots.lexicon().find(name.substring(0, space)).filter(x -> x.type().equals(Atlas.Benchmark));
            if (on.isPresent()) {
                return on;
            }
        }
        if (MEASURE_WORD.matcher(name).matches()) {
            return Optional.of(slots.lexicon().declare(name.equals(name.toLowerCase(java.util.Locale.ROOT)) ? SlotNames.titleCase(name) : name,
                    Atlas.Metric, Lexicon.RANK_SENTENCE));
        }
        return slots.resolveOrDeclare(name, Atlas.Benchmark, line).filter(x -> !x.isModelLike());
    }
}
