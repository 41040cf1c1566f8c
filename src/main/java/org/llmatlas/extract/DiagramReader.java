package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Writes what a diagram states ({@link Diagrams}) as relations of the thing it is about: the bold label or heading over
 * it, else, when the diagram itself names that thing as one of its parts, the nearest enclosing section's subject.
 */
final class DiagramReader {
    private final Note note;
    private final Lexicon lexicon;
    private final RelationRules rules;
    private final SlotNames slots;
    private final NoteRecorder recorder;

    DiagramReader(Note note, Lexicon lexicon, RelationRules rules, NoteRecorder recorder) {
        this.note = note;
        this.lexicon = lexicon;
        this.rules = rules;
        this.slots = rules.slots();
        this.recorder = recorder;
    }

    /**
     * @param label     the paragraph right over the diagram (its bold label, if it is one, says what the diagram shows), or null
     * @param about     what the label or the section is about, or null
     * @param enclosing the subjects of the sections around the current one, innermost first
     */
    void read(Block b, Block label, Entity about, List<Entity> enclosing) {
        String bold = label == null ? null : Layout.boldOnly(label.raw());
        String text = bold == null ? null : DocumentExtractor.stripMarkdown(bold);
        chains(b, text);
        components(b, about, enclosing);
        benchmarksListed(b);
        if (about != null && text != null && STRUCTURE_LABEL.matcher(text).matches()) {
            structure(b, about);
        }
        if (about != null && !about.isModelLike()) {
            steps(b, about);
        }
        if (about != null && about.isModelLike()) {
            for (Diagrams.Role role : Diagrams.roles(b.raw(), b.line())) {
                roleFilled(role, about);
            }
        }
        for (Diagrams.Results r : Diagrams.results(b.raw(), b.line(), text, text == null ? 0 : label.line())) {
            results(r, about);
        }
    }

    /**
     * A column of names joined by arrows, read as the sentence it draws after the label over it ("**발전 과정:**"); a
     * label of successors ("**후속 연구:**") says it is a development too.
     */
    private void chains(Block b, String label) {
        String over = label != null && SUCCESSORS.matcher(label).find() ? "발전 과정:" : label;
        for (Diagrams.Chain c : Diagrams.chains(b.raw(), b.line())) {
            for (Relation r : rules.apply(over == null ? c.sentence() : over + " " + c.sentence(), null, c.line())) {
                recorder.relation(r, c.line(), note.line(c.line()));
            }
        }
    }

    /** "1. MT-Bench" / "   - GPT-4가 judge로 multi-turn 대화 채점": what the diagram says of a benchmark it lists. */
    private void benchmarksListed(Block b) {
        for (Diagrams.Described d : Diagrams.described(b.raw(), b.line())) {
            Optional<Entity> benchmark = lexicon.find(d.name()).filter(x -> x.type().equals(Atlas.Benchmark));
            for (Relation r : benchmark.isEmpty() ? List.<Relation>of() : rules.apply(d.text(), benchmark.get(), d.line())) {
                recorder.relation(r, d.line(), note.line(d.line()));
            }
        }
    }

    /** "**RAG의 구조**" over "- Candidate Retrieval (Bi-encoder)": the technique a step of the structure is built with. */
    private void structure(Block b, Entity about) {
        for (Diagrams.Part aside : Diagrams.asides(b.raw(), b.line())) {
            lexicon.find(aside.name()).filter(x -> !x.equals(about) && !x.isModelLike() && !Clauses.isModelKind(x) && !Clauses.isMeasure(x)
                    && !x.type().equals(Atlas.Organization)).ifPresent(x -> recorder.relation(
                            new Relation(about, Atlas.uses, x, Emitter.STATED, "diagram-structure"), aside.line(), note.line(aside.line())));
        }
    }

    /** "1. Draft Model: … ↓ 2. Target Model: …" under "### Speculative Decoding": the stages of the subject. */
    private void steps(Block b, Entity about) {
        for (Diagrams.Part step : Diagrams.steps(b.raw(), b.line())) {
            if (lexicon.find(step.name()).isEmpty() && !TITLE_WORDS.matcher(step.name()).matches()) {
                continue; // "1. Generate rollouts": an action, not a named stage
            }
            slots.resolveTerm(step.name(), step.line()).filter(x -> !x.equals(about) && !x.isModelLike() && !Clauses.isMeasure(x)
                    && !x.type().equals(Atlas.Organization)).ifPresent(x -> part(about, x, step.line(), "diagram-step"));
        }
    }

    /** "RAG의 구조", "Architecture", "ViT 아키텍처": a label saying the diagram draws how the subject is built. */
    private static final Pattern STRUCTURE_LABEL = Pattern.compile("(?i)^(?:\\S.*?(?:의)?\\s*)?(?:구조|아키텍처|architecture)\\s*[:：]?$");
    /** "후속 연구", "후속 모델", "계보", "Lineage", "Successors": a label over a column of successors. */
    private static final Pattern SUCCESSORS = Pattern.compile("(?i)^(?:후속|계보|lineage|successors?)");
    /** A parameter count after a row's name: "Guanaco 65B". */
    private static final Pattern SIZE = Pattern.compile("\\s+\\d+(?:\\.\\d+)?[BMT]$");
    /** One to three plain words, the first possibly capitalised: "Speedup", "Acceptance rate" (not "Switch-Base", "GPT-4"). */
    private static final Pattern MEASURE = Pattern.compile("\\p{Lu}?\\p{Ll}+(?: \\p{Ll}+){0,2}");
    /** A figure opening a value: "2.4배", "~80%", "7.34". */
    private static final Pattern FIGURE = Pattern.compile("[~≈약]?\\s*\\d");
    /** "benchmark", "벤치마크" after a name in a results header. */
    private static final Pattern BENCHMARK_WORD = Pattern.compile("(?i)\\s+(?:benchmark|벤치마크)$");

    /**
     * A results table evaluates what the diagram is about, and each row that names a known thing, by the benchmarks its
     * header names ("실험 결과 (MATH benchmark):", a name with "benchmark" declared as one; a paper, a corpus or an unknown
     * name is none); a row labelled with a measure ("Speedup: 2.4배", a known metric) says what the subject was evaluated by.
     */
    private void results(Diagrams.Results r, Entity about) {
        List<Entity> benchmarks = new ArrayList<>();
        for (String name : r.names()) {
            String bare = BENCHMARK_WORD.matcher(name).replaceFirst("");
            Optional<Entity> known = lexicon.find(bare).filter(e -> e.type().equals(Atlas.Benchmark));
            if (known.isEmpty() && !bare.equals(name) && Names.isNameLike(bare)) {
                known = Optional.of(lexicon.declare(SlotNames.titleCase(name), Atlas.Benchmark, Lexicon.RANK_SENTENCE));
            }
            known.ifPresent(benchmarks::add);
        }
        List<Entity> metrics = new ArrayList<>();
        List<Integer> metricLines = new ArrayList<>();
        List<Entity> evaluated = new ArrayList<>();
        List<Integer> evaluatedLines = new ArrayList<>();
        if (about != null) {
            evaluated.add(about);
            evaluatedLines.add(r.line());
        }
        for (Diagrams.Row row : r.rows()) {
            Optional<Entity> named = lexicon.find(SIZE.matcher(Names.stripSize(Lexicon.withoutParenthesis(row.label()))).replaceFirst(""));
            if (named.isEmpty() && MEASURE.matcher(row.label()).matches() && FIGURE.matcher(row.value()).lookingAt()) {
                // "Speedup: 2.4배", "Acceptance rate: ~80%": a plain word given a figure in a table of results is a measure
                named = Optional.of(lexicon.declare(SlotNames.titleCase(row.label()), Atlas.Metric, Lexicon.RANK_SENTENCE));
            }
            if (named.isEmpty()) {
                continue;
            }
            Entity e = named.get();
            if (e.type().equals(Atlas.Metric)) {
                metrics.add(e);
                metricLines.add(row.line());
            } else if (!e.type().equals(Atlas.Benchmark) && !e.type().equals(Atlas.Organization) && !evaluated.contains(e)) {
                evaluated.add(e);
                evaluatedLines.add(row.line());
            }
        }
        for (int i = 0; i < evaluated.size(); i++) {
            int line = evaluatedLines.get(i);
            for (Entity bm : benchmarks) {
                recorder.relation(new Relation(evaluated.get(i), Atlas.evaluatedBy, bm, Emitter.STATED, "diagram-results"), line, note.line(line));
            }
        }
        for (int i = 0; about != null && i < metrics.size(); i++) {
            int line = metricLines.get(i);
            recorder.relation(new Relation(about, Atlas.evaluatedBy, metrics.get(i), Emitter.STATED, "diagram-results"), line, note.line(line));
        }
    }

    /** The parts under "Components:" belong to what the diagram is about, which uses each. */
    private void components(Block b, Entity about, List<Entity> enclosing) {
        List<Diagrams.Part> listed = Diagrams.components(b.raw(), b.line());
        List<Entity> parts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Diagrams.Part p : listed) {
            Optional<Entity> x = slots.resolveTerm(p.name(), p.line()).filter(e -> !e.isModelLike() && !e.type().equals(Atlas.Organization));
            x.ifPresent(e -> {
                parts.add(e);
                lines.add(p.line());
            });
        }
        // "### 1.1. Gating Network", "**Router (Gating Network)**" then "Components: 1. Router …": a list naming the
        // label's thing lists the parts of what the section around this one is about ("## 1. MoE 기본 구조")
        Entity whole = about == null || !parts.contains(about) ? about
                : enclosing.stream().filter(e -> !parts.contains(e)).findFirst().orElse(null);
        if (whole == null) {
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            part(whole, parts.get(i), lines.get(i), "diagram-component");
        }
    }

    /** "Draft Model", "Rejection Sampling", "SFT": a name of capitalised words. */
    private static final Pattern TITLE_WORDS = Pattern.compile("[\\p{Lu}\\d][\\p{IsLatin}\\d\\-]*(?:\\s[\\p{Lu}\\d][\\p{IsLatin}\\d\\-]*){0,3}");
    /** "Frozen (CLIP)", "Trainable (LLaMA)": a training state with the name of what is in that state. */
    private static final Pattern STATE = Pattern.compile("(?i)(?:frozen|trainable|fine-?tuned|고정|학습)\\s*[(（]([^()（）]+)[)）]");
    /** Korean text closing a value: "Mistral 7B 구조". */
    private static final Pattern KOREAN_TAIL = Pattern.compile("\\s*\\p{IsHangul}.*$");

    /**
     * A model's diagram: a role line ("- Base: Mistral 7B 구조", "- Routing: Top-2", "- Attention: GQA + Sliding Window
     * Attention", "- Vision encoder: Frozen (CLIP)") names known things the model uses: the names its value lists, the value
     * with its role word ("Top-2" + "Routing" → Top-2 Routing) or the name a training state holds. Unknown names, figures
     * ("Experts: 8개") and measures are not read.
     */
    private void roleFilled(Diagrams.Role role, Entity model) {
        Matcher state = STATE.matcher(role.value());
        String value = state.find() ? state.group(1) : KOREAN_TAIL.matcher(role.value()).replaceFirst("");
        if (value.isEmpty() || !Names.startsLatinOrGreek(value)) {
            return;
        }
        String quote = note.line(role.line());
        for (String item : value.split("\\s*[+,，]\\s*")) {
            lexicon.find(item).or(() -> lexicon.find(item + " " + role.role()))
                    .filter(x -> !x.equals(model) && !Clauses.isMeasure(x) && !Clauses.isModelKind(x) && !x.type().equals(Atlas.Organization))
                    .ifPresent(x -> recorder.relation(new Relation(model, Atlas.uses, x, Emitter.STATED, "diagram-role"), role.line(), quote));
        }
    }

    private void part(Entity whole, Entity part, int line, String rule) {
        recorder.relation(new Relation(whole, Atlas.uses, part, Emitter.STATED, rule), line, note.line(line));
        recorder.relation(new Relation(part, Atlas.partOf, whole, Emitter.IMPLIED, rule), line, note.line(line));
    }
}
