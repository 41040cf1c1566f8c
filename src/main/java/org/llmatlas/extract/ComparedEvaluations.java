package org.llmatlas.extract;

import static org.llmatlas.extract.Clauses.NAME;
import static org.llmatlas.extract.Clauses.NAMES;
import static org.llmatlas.extract.Clauses.clauseStart;
import static org.llmatlas.extract.Clauses.isMeasure;
import static org.llmatlas.extract.Clauses.isModelKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Who an evaluation is about when a sentence says so itself, and evaluations written as comparisons:
 * <ul>
 *   <li>a list of names closed by {@code 등의 시스템도}, {@code 같은 agent 시스템도}, {@code 등의 모델은} is the subject of
 *   the evaluation its clause states ("OpenHands, Agentless 등의 시스템도 SWE-bench Verified로 평가됨": those two, not
 *   the section's model);</li>
 *   <li>{@code X와 B1, B2에서 M을 비교함}, {@code A와 B를 B1, B2에서 비교함}, {@code B1에서 X와 M1, M2를 비교함},
 *   {@code B로도 비교됨}: the subject (the clause's own, the listed names, else the context) and the names it is compared
 *   with are evaluated by the benchmarks before {@code 에서}/{@code 로} and the measures before {@code 을/를}.</li>
 * </ul>
 */
final class ComparedEvaluations {
    /** "OpenHands, Agentless 등의 시스템도", "Mini-Omni, LLaMA-Omni 등의 모델도", "A, B 같은 agent 시스템도", "A, B 등도". */
    static final Pattern LISTED_SUBJECTS = Pattern.compile("(?:^|(?<=\\s))" + NAMES
            + "(?:\\s*(?:(?:등의|등|같은)\\s+(?:[\\p{IsLatin}\\-]+\\s+)?(?:시스템|모델|에이전트|agent|방법|기법|LLM|VLM|VLA)들?|등)(?:도|은|는)|(?<=,[^,]{1,40})\\s+모두)\\s");
    /** "비교함", "비교됨", "비교하였음", "비교한다": a comparison stated, not asked ("비교하면?") or planned. */
    static final Pattern COMPARED = Pattern.compile("비교(?:함|됨|했|하였|되었|한다|된다|해\\s*봄)");
    /** A slot of names before its particle: benchmarks before "에서" / "로(도)", what is compared before "을/를". */
    private static final Pattern SLOT = Pattern.compile(NAMES + "\\s*(에서|으로도|로도|으로|로|을|를)(?=\\s)");
    /** "YourTTS와 WER, …": the first name of a slot, joined by 와/과 to the rest. */
    private static final Pattern JOINED_HEAD = Pattern.compile("^" + NAME + "(?:와|과)\\s+(.+)$");
    /** A measure by its head noun: "speaker similarity", "pass@1", "throughput". */
    private static final Pattern MEASURE_PHRASE = Pattern.compile(
            "(?i)(?:[a-z][a-z0-9\\-]*\\s){0,3}(?:rate|ratio|speedup|accuracy|latency|throughput|score|error|perplexity|similarity)|pass@\\d+");
    /** "WER", "CER": an acronym no note names, compared on, is a measure. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,4}");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    /** "vLLM과 SGLang은": the names a clause opens with as its subject. */
    private static final Pattern OWN_SUBJECTS = Pattern.compile("^\\s*" + NAMES + "(?:은|는|이|가)\\s");
    /** "ShareGPT 기반 요청 trace로": means made from a named set. */
    static final Pattern BASED_MEANS = Pattern.compile(NAME + "\\s*기반(?:의)?\\s+(?:[^\\s.]+\\s+){0,2}?[^\\s.]*?(?:으로|로)\\s");
    private static final Pattern VERSION_END = Pattern.compile("[-\\s]v?\\d+(?:\\.\\d+)*$");
    private static final Pattern YEAR_END = Pattern.compile("(?:19|20)\\d\\d$");

    /** A comparison of one subject with others, stated on {@code line}. */
    record Compared(Entity subject, List<Entity> others, int line) {}

    private final SlotNames slots;
    private Compared last;

    /** The comparison the sentence before stated, when it was on {@code line}; each is handed out once. */
    Optional<Compared> takeCompared(int line) {
        Compared c = last;
        last = null;
        return c != null && c.line() == line ? Optional.of(c) : Optional.empty();
    }

    ComparedEvaluations(SlotNames slots) {
        this.slots = slots;
    }

    /** The names a clause lists as its subject before {@code before} ("OpenHands, Agentless 등의 시스템도"), or none. */
    List<Entity> listedSubjects(String s, int before, int line) {
        List<Entity> out = new ArrayList<>();
        if (!Gates.mayMatch(LISTED_SUBJECTS, s)) {
            return out;
        }
        Matcher m = LISTED_SUBJECTS.matcher(s);
        int from = sentenceStart(s, before); // "… 등의 모델도 같은 목표로 나왔으며 VoiceBench로 평가됨": one subject for its clauses
        while (m.find() && m.end() <= before) {
            if (m.start() < from) {
                continue;
            }
            out.clear();
            // named with their kind ("등의 모델도"), the items are names even when a plain word could be one ("Tern")
            boolean kindNamed = !m.group(0).strip().endsWith("등도") && !m.group(0).strip().endsWith("등은") && !m.group(0).strip().endsWith("등는");
            for (String name : slots.splitList(m.group(1))) {
                (kindNamed ? slots.resolveOrDeclare(name, Atlas.Model, line) : slots.resolve(name, Atlas.Model, line))
                        .filter(x -> !isMeasure(x) && !isModelKind(x) && !x.type().equals(Atlas.Organization))
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.;:](?!\\d)\\s");

    /** Where the sentence holding {@code at} begins: after the last full stop, semicolon or colon before it. */
    private static int sentenceStart(String s, int at) {
        Matcher b = SENTENCE_BREAK.matcher(s);
        int start = 0;
        while (b.find() && b.end() <= at) {
            start = b.end();
        }
        return start;
    }

    /** "X와 B1, B2에서 M을 비교함": see the class comment. */
    void compared(String s, Entity context, int line, List<Relation> out) {
        Matcher verb = COMPARED.matcher(s);
        if (s.indexOf('?') >= 0 || !verb.find()) {
            return;
        }
        int start = clauseStart(s, verb.start());
        String clause = LIST_MARK.matcher(s.substring(start, verb.start())).replaceFirst("");
        Set<Entity> measures = new LinkedHashSet<>();
        Set<Entity> compared = new LinkedHashSet<>();
        Matcher slot = SLOT.matcher(clause);
        int namedBoth = 0; // "A와 B를 … 비교함": the two compared are named, the context is not one of them
        while (slot.find()) {
            String particle = slot.group(2);
            boolean object = particle.equals("을") || particle.equals("를");
            int before = compared.size();
            read(slot.group(1), object ? Slot.OBJECT : particle.equals("에서") ? Slot.PLACE : Slot.MEANS, line, measures, compared);
            namedBoth += object ? compared.size() - before : 0;
        }
        Matcher based = BASED_MEANS.matcher(clause);
        while (based.find()) {
            // "ShareGPT 기반 요청 trace로 throughput을 비교함": what the means are made from is the benchmark
            String name = based.group(1);
            slots.lexicon().find(name).or(() -> slots.resolveOrDeclare(name, Atlas.Benchmark, line))
                    .filter(x -> !x.isModelLike() && !isModelKind(x) && !x.type().equals(Atlas.Organization)).ifPresent(measures::add);
        }
        if (measures.isEmpty()) {
            return; // "GQA와 MQA를 속도 면에서 비교함": nothing named measures them
        }
        List<Entity> subjects = new ArrayList<>(listedSubjects(s, verb.start(), line));
        if (subjects.isEmpty() && namedBoth < 2) {
            // "vLLM과 SGLang은 …": the clause's own subjects, else the context
            Matcher own = OWN_SUBJECTS.matcher(clause);
            if (own.lookingAt()) {
                slots.splitList(own.group(1)).forEach(n -> slots.resolve(n, Atlas.Model, line).filter(x -> !isMeasure(x)).ifPresent(subjects::add));
            }
            if (subjects.isEmpty()) {
                Optional.ofNullable(context).filter(x -> !isMeasure(x) && !isModelKind(x)).ifPresent(subjects::add);
            }
        }
        if (subjects.size() == 1 && !compared.isEmpty()) {
            last = new Compared(subjects.get(0), List.copyOf(compared), line); // a verdict may follow in the next sentence
        }
        subjects.addAll(compared);
        for (Entity x : subjects) {
            measures.stream().filter(b -> !b.equals(x))
                    .forEach(b -> out.add(new Relation(x, Atlas.evaluatedBy, b, Emitter.STATED, "compared-on")));
        }
    }

    /** The items of one slot: models compared, benchmarks or measures they are compared on. */
    private enum Slot { PLACE, MEANS, OBJECT }

    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*]\\s+)?");

    private void read(String slot, Slot kind, int line, Set<Entity> measures, Set<Entity> compared) {
        Matcher head = JOINED_HEAD.matcher(slot.strip());
        List<String> items = slots.splitList(slot);
        // "wav2vec 2.0과 Common Voice, FLEURS에서", "YourTTS와 WER, speaker similarity를": a name joined by 와/과 to a
        // comma list is what the subject is compared with; the list is what they are compared on
        // ("Jacana-1과 OwlEval에서": a name with a version number, not a year, is a model's too)
        boolean headCompared = head.matches() && (head.group(2).indexOf(',') > 0
                || VERSION_END.matcher(head.group(1)).find() && !YEAR_END.matcher(head.group(1)).find());
        for (int i = 0; i < items.size(); i++) {
            String name = items.get(i);
            Optional<Entity> known = slots.lexicon().find(name).or(() -> slots.lexicon().find(Names.stripSize(name)));
            if (known.isPresent() && known.get().isModelLike()) {
                compared.add(known.get());
            } else if (i == 0 && headCompared && known.isEmpty()) {
                slots.resolveOrDeclare(name, Atlas.Model, line).ifPresent(compared::add); // "wav2vec 2.0과 …"
            } else if (kind != Slot.OBJECT) {
                // "LibriSpeech test-clean에서": a place of comparison known as another kind is still where it is measured;
                // a known technique before "로" is a means ("LoRA로 학습하고"), not a benchmark
                // "Common Voice에서": two plain capitalised words there are a benchmark's name too
                (known.isPresent() ? known : slots.resolveOrDeclare(name, Atlas.Benchmark, line)).filter(x -> !x.isModelLike() && !isModelKind(x) && !x.type().equals(Atlas.Organization)
                                && (kind == Slot.PLACE || known.isEmpty() || isMeasure(x)))
                        .ifPresent(measures::add);
            } else if (known.isPresent() ? isMeasure(known.get()) || MEASURE_PHRASE.matcher(name).matches()
                    : MEASURE_PHRASE.matcher(name).matches() || ACRONYM.matcher(name).matches()) {
                // "throughput을 비교함": a measure by its name, whatever kind another note took it for
                measures.add(known.orElseGet(() -> slots.lexicon().declare(
                        name.equals(name.toLowerCase(java.util.Locale.ROOT)) ? SlotNames.titleCase(name) : name, Atlas.Metric, Lexicon.RANK_SENTENCE)));
            } else if (known.isEmpty() && Names.isNameLike(name) && HAS_DIGIT.matcher(name).find()) {
                slots.resolve(name, Atlas.Model, line).ifPresent(compared::add); // "GPT-4o를": a versioned name compared
            }
        }
    }
}
