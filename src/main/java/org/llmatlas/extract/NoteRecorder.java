package org.llmatlas.extract;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.llmatlas.vocab.Atlas;

/**
 * Writes the relations one note states into its graph and records the entities it names; a versioned
 * model named ("Qwen2-VL이 도입", "LLaVA-OneVision") is placed in its family once per unit (the note, or one
 * Q&A item, which stands alone).
 */
final class NoteRecorder {
    private final Note note;
    private final Lexicon lexicon;
    private final Emitter out;
    private final Set<Entity> referenced = new LinkedHashSet<>();
    /** Models placed in their family within the current unit (the note, or one Q&A item, which stands alone). */
    private final Set<Entity> placed = new java.util.HashSet<>();
    private final ModelEditions editions;
    /** Models whose name was looked at for a stem family and had none (each is looked at once per note). */
    private final Set<Entity> noStemFamily = new java.util.HashSet<>();

    NoteRecorder(Note note, Lexicon lexicon, Emitter out) {
        this.note = note;
        this.lexicon = lexicon;
        this.out = out;
        this.editions = new ModelEditions(lexicon);
    }

    Set<Entity> referenced() {
        return referenced;
    }

    /** A new unit starts (a Q&A item): its models are placed in their families again. */
    void newUnit() {
        placed.clear();
    }

    /**
     * A model the line names ("GPT-4V 생성 … data", "Qwen2-VL이 도입") is in its family: its name says so wherever
     * it stands. Only single words with a digit are looked up (a versioned name), which keeps this cheap.
     */
    void placeMentionedModels(String line, int lineNo) {
        int i = 0;
        int n = line.length();
        int previous = -1; // the start of the word before, when it is a Latin word ("Gemma" of "Gemma 2는")
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            boolean digit = false;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                digit |= line.charAt(i) >= '0' && line.charAt(i) <= '9';
                i++;
            }
            boolean versionOnly = start < n && Character.isDigit(line.charAt(start));
            if (digit && versionOnly && previous >= 0) {
                // "Gemma 2는", "Gemini 1.5는": a version after the name; "Claude 3.7 Sonnet": with an edition after it
                String versioned = line.substring(previous, i);
                Optional<Entity> edition = ModelEditions.BARE_VERSION.matcher(line.substring(start, i)).matches()
                        ? editions.edition(versioned, ModelEditions.nextWord(line, i), " ") : Optional.empty();
                String stem = line.substring(previous, start).strip();
                String version = line.substring(start, i);
                edition.ifPresentOrElse(e -> place(e, lineNo), () -> {
                    if (!placeModel(versioned, lineNo)) {
                        versionOfFamily(stem, version).ifPresent(e -> place(e, lineNo)); // "InternVL 1.0이"
                    }
                });
            }
            if (digit && i - start >= 2 && Names.startsLatinOrGreek(line.substring(start, start + 1))) {
                String word = line.substring(start, i);
                if (!placeModel(word, lineNo)) {
                    editions.hyphenated(word).ifPresent(e -> place(e, lineNo)); // "DeepSeek-R1-Zero", "GPT-4-Turbo가"
                }
            }
            previous = start < n && Names.startsLatinOrGreek(line.substring(start, start + 1)) && !digit ? start : -1;
        }
    }

    /** "1.0이", "2.5": a version (a particle may be glued to it). */
    private static final java.util.regex.Pattern VERSION_WORD = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)+|\\d+)(?:\\p{IsHangul}{1,2})?[,.]?");

    /**
     * "InternVL 1.0이" when nothing declared InternVL 1.0: a version written apart after the name a declared family is
     * called by (its stem, "InternVL" of the InternVL family) names a model of that family, declared.
     */
    private Optional<Entity> versionOfFamily(String stem, String version) {
        java.util.regex.Matcher v = VERSION_WORD.matcher(version);
        if (!v.matches() || !Names.startsLatinOrGreek(stem) || Names.hasHangul(stem)
                || v.group(1).indexOf('.') < 0 && !Names.hasHangul(version)) {
            return Optional.empty(); // "Numbat 4 가지 변형": a count, not a version (a bare number needs its particle: "Numbat 4는")
        }
        Optional<Entity> family = lexicon.find(stem).filter(f -> f.type().equals(Atlas.ModelFamily));
        if (family.isEmpty()) {
            return Optional.empty();
        }
        Entity model = lexicon.declare(stem + " " + v.group(1), Atlas.Model, Lexicon.RANK_SENTENCE);
        if (model.family == null) {
            lexicon.setFamily(model, family.get());
        }
        return Optional.of(model);
    }

    /** Places the known model {@code name} names in its family; false when it names no model of a family. */
    private boolean placeModel(String name, int lineNo) {
        Optional<Entity> model = lexicon.find(name).filter(e -> e.type().equals(Atlas.Model)
                && (e.family != null || lexicon.familyOf(e.label()).isPresent()));
        model.ifPresent(e -> place(e, lineNo));
        return model.isPresent();
    }

    private void place(Entity model, int lineNo) {
        if (!placed.contains(model)) {
            reference(model, lineNo);
        }
    }

    void relation(Relation r, int line, String quote) {
        if (r.subject().equals(r.object())) {
            return;
        }
        typeByRelation(r, quote);
        reference(r.subject(), line);
        reference(r.object(), line);
        out.stated(res(r.subject()), r.predicate(), res(r.object()), line, quote, r.cue(), r.rule());
    }


    /** One word opening with a capital or a Greek letter: "Petrel-X", "CogACT", "π0.5" (not "Speculative decoding"). */
    private static final java.util.regex.Pattern ONE_PROPER_WORD = java.util.regex.Pattern.compile("[\\p{Lu}\\p{IsGreek}]\\S*");

    /**
     * What a relation says of a name no section typed (a concept by default): written with a parameter count, it is a
     * model; what an evaluation is done with is a benchmark
     * ("MMLU-Pro와 HellaSwag로 평가함"), or a metric when it is measured by a plain word ("throughput으로 측정함"); a
     * proper name that improves on a model ("OpenVLA의 개선 버전", "OpenVLA보다 성공률이 높음") is a model too.
     */
    private void typeByRelation(Relation r, String quote) {
        sizedModel(r.subject(), quote);
        sizedModel(r.object(), quote);
        if (r.predicate().equals(Atlas.evaluatedBy) && r.object().type().equals(Atlas.Concept)) {
            boolean plain = !Declarations.MARKED_NAME.matcher(r.object().label()).find();
            if (r.rule().equals("table-measure") || r.rule().equals("metrics-listed")) {
                lexicon.offerType(r.object(), Atlas.Metric, Lexicon.RANK_SENTENCE); // a measure column's, a metric list's
            } else if (plain && quote.contains("측정")) {
                lexicon.offerType(r.object(), Atlas.Metric, Lexicon.RANK_SENTENCE);
            } else {
                // "A와 B로 평가함" says so more plainly than an answer's label line ("- MT-Bench: …"), not "탐지" (a detection method)
                lexicon.offerType(r.object(), Atlas.Benchmark, quote.contains("평가") ? Lexicon.RANK_SECTION : Lexicon.RANK_SENTENCE);
            }
        } else if (r.predicate().equals(Atlas.improvesOn) && r.object().type().equals(Atlas.Model) && r.subject().type().equals(Atlas.Concept)
                && ONE_PROPER_WORD.matcher(r.subject().label()).matches()) {
            lexicon.offerType(r.subject(), Atlas.Model, Lexicon.RANK_SENTENCE);
        }
    }

    /** "PaLI-X (55B)", "Gannet(12B)": a name written with its parameter count is a model's. */
    private void sizedModel(Entity e, String quote) {
        if (!e.type().equals(Atlas.Concept)) {
            return;
        }
        String label = e.label();
        for (int i = quote.indexOf(label); i >= 0; i = quote.indexOf(label, i + 1)) {
            java.util.regex.Matcher m = SlotNames.PARAMETER_COUNT.matcher(quote).region(i + label.length(), quote.length());
            if (m.lookingAt() || quote.startsWith(" ", i + label.length()) && m.region(i + label.length() + 1, quote.length()).lookingAt()) {
                lexicon.offerType(e, Atlas.Model, Lexicon.RANK_SENTENCE);
                return;
            }
        }
    }

    /** "LLaVA-OneVision", "Qwen2-VL": capitalised or numbered parts joined by hyphens. */
    private static final java.util.regex.Pattern EDITION_NAME = java.util.regex.Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d.]*(?:-[\\p{Lu}\\d][\\p{L}\\d.]*)+");

    /** Records that the note names {@code e}; a versioned model is placed in its family, once per note or Q&A item. */
    void reference(Entity e, int line) {
        if (e.family == null && (e.type().equals(Atlas.Model) || e.type().equals(Atlas.Concept) && EDITION_NAME.matcher(e.label()).matches())) {
            // "LLaVA-OneVision" defined as a keyword: a family's name with an edition is a model of that family (not "DeepSeek-R1-style")
            lexicon.familyOf(e.label()).or(() -> e.type().equals(Atlas.Model) && !noStemFamily.contains(e) ? stemFamily(e) : Optional.empty())
                    .ifPresent(f -> e.family = f);
        }
        referenced.add(e);
        if (e.family != null && !e.family.equals(e) && placed.add(e)) {
            referenced.add(e.family);
            out.stated(res(e), Atlas.partOf, res(e.family), line, note.line(line), Emitter.IMPLIED, "model-in-family");
        }
    }

    /** A versioned name and its stem: "Stable Diffusion 1.5", "Stable Diffusion XL", "StarCoder2" (not a size, "InternViT-6B", nor "TinyBench-Pro"). */
    private static final java.util.regex.Pattern STEM_VERSION = java.util.regex.Pattern.compile(
            "(\\p{Lu}[\\p{L}]*(?:[ -]\\p{Lu}[\\p{L}]*)*?)(?:[ -]?\\d+(?:\\.\\d+)*| (?:" + Names.EDITION.pattern() + "))");

    /**
     * The family of a model whose name is a version of a thing the notes name on its own, when no note declares a family for
     * it ("Stable Diffusion 3" while "Stable Diffusion" is named; "StarCoder2" after "StarCoder"): the stem's family, declared.
     */
    private Optional<Entity> stemFamily(Entity model) {
        java.util.regex.Matcher m = STEM_VERSION.matcher(model.label());
        Optional<Entity> family = !m.matches() ? Optional.empty()
                : lexicon.find(m.group(1)).filter(x -> (x.type().equals(Atlas.Concept) || x.type().equals(Atlas.Model)) && Names.key(x.label()).equals(Names.key(m.group(1))))
                        .map(x -> lexicon.declareFamily(m.group(1) + " 계열"));
        if (family.isEmpty()) {
            noStemFamily.add(model);
        }
        return family;
    }

    Resource res(Entity e) {
        return out.entity(e);
    }
}
