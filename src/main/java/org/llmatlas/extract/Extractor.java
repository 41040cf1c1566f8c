package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.llmatlas.vocab.Atlas;

/**
 * The extractor facade: notes in, an RDF dataset out (one named graph per note, the default graph
 * their union). Two passes: every note's definitions are declared first, so a name resolves to the
 * same entity whichever note mentions it; then each note's statements are written with evidence.
 * An extractor may be kept and reused (also from several threads): it remembers how the names
 * notes declared were analysed, so later extractions and replays of the same corpus are cheaper.
 *
 * <pre>{@code
 * Extraction x = new Extractor().extract(new NoteLoader().load(Path.of("content")));
 * }</pre>
 */
public final class Extractor {
    private final NoteParser parser = new NoteParser();
    /** Declared names analysed by earlier extractions (the lexicon itself is new for each). */
    private final NameAnalyses names = new NameAnalyses(Aliases.load());
    /** Called before each note is extracted, in each pass; a test seam to make one note fail. */
    private final Consumer<Note> beforeNote;
    /** Given the lexicon every name was resolved by, once an extraction is done; a test seam for the entity gold. */
    private final Consumer<Lexicon> afterExtraction;

    public Extractor() {
        this(note -> { });
    }

    Extractor(Consumer<Note> beforeNote) {
        this(beforeNote, lexicon -> { });
    }

    Extractor(Consumer<Note> beforeNote, Consumer<Lexicon> afterExtraction) {
        this.beforeNote = beforeNote;
        this.afterExtraction = afterExtraction;
    }

    /** Parses Markdown only; the baseline of the extraction benchmark. */
    public void parseOnly(String text) {
        parser.parse(text);
    }

    public Extraction extract(List<LoadedNote> notes) {
        return extractSome(notes.stream().map(Input::of).toList()).extraction();
    }

    /**
     * A note of the corpus for {@link #extractSome}: either a note to extract, or the
     * {@link DeclarationLog} an earlier extraction recorded for a note that has not changed (replayed
     * into the lexicon in its place, so names resolve as in a full extraction; nothing is written
     * for it).
     */
    public record Input(LoadedNote note, DeclarationLog replay) {
        public static Input of(LoadedNote note) {
            return new Input(java.util.Objects.requireNonNull(note, "note may not be null"), null);
        }

        public static Input replay(DeclarationLog log) {
            return new Input(null, java.util.Objects.requireNonNull(log, "log may not be null"));
        }
    }

    /**
     * The graphs of the extracted notes, and for each the log of its declarations (by document name)
     * to replay it later. Given the logs of the other notes, a note's graph is the one a full
     * extraction of the whole corpus, in the same order, would give it.
     */
    public record Partial(Extraction extraction, Map<String, DeclarationLog> logs) {}

    /** Extracts the notes given as text, replaying the others' logs in corpus order; see {@link Input}. */
    public Partial extractSome(List<Input> inputs) {
        return extractSome(inputs, () -> { });
    }

    /** As {@link #extractSome(List)}, calling {@code afterNote} after each note of each pass (2 × inputs, for progress). */
    public Partial extractSome(List<Input> inputs, Runnable afterNote) {
        Lexicon lexicon = new Lexicon(names);
        Declarations declarations = new Declarations(lexicon);
        Map<String, DeclarationLog> logs = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        List<List<Block>> parsed = new ArrayList<>();
        for (Input in : inputs) {
            if (in.note() == null) {
                in.replay().replayDeclarations(lexicon);
                parsed.add(null);
                afterNote.run();
                continue;
            }
            DeclarationLog log = new DeclarationLog();
            logs.put(in.note().note().name(), log);
            lexicon.recordInto(log);
            try {
                beforeNote.accept(in.note().note());
                List<Block> blocks = parser.blocks(in.note().note().text());
                declarations.declare(blocks);
                parsed.add(blocks);
            } catch (RuntimeException | StackOverflowError e) {
                // what it declared before failing stays in the lexicon; ContentSync re-extracts without the note
                failures.put(in.note().note().name(), failure(e));
                parsed.add(null);
            } finally {
                lexicon.recordInto(null);
            }
            afterNote.run();
        }
        List<LoadedNote> notes = new ArrayList<>();
        List<DocumentExtractor> runs = new ArrayList<>();
        List<Emitter> emitters = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            if (in.note() == null) {
                in.replay().replayStatements(lexicon);
                afterNote.run();
                continue;
            }
            String name = in.note().note().name();
            if (failures.containsKey(name)) {
                afterNote.run();
                continue;
            }
            DeclarationLog log = logs.get(name);
            log.secondPass();
            lexicon.recordInto(log);
            Emitter emitter = new Emitter(name);
            DocumentExtractor run = new DocumentExtractor(in.note().note(), lexicon, emitter);
            try {
                beforeNote.accept(in.note().note());
                run.run(parsed.get(i));
            } catch (RuntimeException | StackOverflowError e) {
                failures.put(name, failure(e));
                afterNote.run();
                continue;
            } finally {
                lexicon.recordInto(null);
            }
            notes.add(in.note());
            runs.add(run);
            emitters.add(emitter);
            afterNote.run();
        }
        lexicon.nameFamiliesByStem();
        afterExtraction.accept(lexicon);
        // Labels and types last: names met in later notes may have added alternative labels.
        Map<String, org.apache.jena.rdf.model.Literal> names = new java.util.HashMap<>(); // an entity's names, made once for all notes naming it
        Dataset dataset = DatasetFactory.createGeneral(); // links the note models instead of copying them
        List<DocumentReport> reports = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            LoadedNote n = notes.get(i);
            Emitter e = emitters.get(i);
            runs.get(i).referenced().forEach(entity -> describe(e, entity, names));
            describeDocument(e, n);
            dataset.addNamedModel(Atlas.GRAPH + n.note().name(), e.model);
        }
        Map<Integer, List<String>> conflicts = DefinitionConflicts.find(emitters.stream().map(e -> e.model).toList(),
                notes.stream().map(LoadedNote::file).toList());
        for (int i = 0; i < notes.size(); i++) {
            reports.add(report(notes.get(i), runs.get(i), emitters.get(i).model, conflicts.getOrDefault(i, List.of())));
        }
        for (Input in : inputs) {
            if (in.note() != null && failures.containsKey(in.note().note().name())) {
                LoadedNote n = in.note();
                List<String> problems = new ArrayList<>(n.problems());
                problems.add("1: " + failures.get(n.note().name()));
                reports.add(new DocumentReport(n.note().name(), n.file(), 0, 0, 0, Map.of(), problems, List.of()));
            }
        }
        return new Partial(new Extraction(dataset, reports, failures), logs);
    }

    /** One line for the report: the error's kind and message, never a stack trace. */
    private static String failure(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        if (message.length() > 200) {
            message = message.substring(0, 200) + "…";
        }
        return "extraction failed: " + e.getClass().getSimpleName() + message;
    }

    /** Types and names of an entity; {@code names} keeps the name literals (by language and text) across the notes' graphs. */
    private static void describe(Emitter e, Entity entity, Map<String, org.apache.jena.rdf.model.Literal> names) {
        Resource r = e.entity(entity);
        e.plain(r, RDF.type, entity.type());
        entity.labels.forEach((lang, label) -> e.plain(r, RDFS.label, names.computeIfAbsent(lang + '\u0000' + label,
                k -> org.apache.jena.rdf.model.ResourceFactory.createLangLiteral(label, lang))));
        for (String alt : entity.altLabels) {
            e.plain(r, SKOS.altLabel, names.computeIfAbsent("\u0000" + alt, k -> e.text(alt)));
        }
    }

    private static void describeDocument(Emitter e, LoadedNote n) {
        Resource d = e.document;
        e.plain(d, RDF.type, Atlas.Document);
        e.plain(d, RDFS.label, e.text(title(n.note())));
        e.plain(d, Atlas.fileName, e.model.createLiteral(n.file()));
        e.plain(d, Atlas.graph, e.resource(Atlas.GRAPH + n.note().name()));
        if (!n.sha256().isEmpty()) {
            e.plain(d, Atlas.sha256, e.model.createLiteral(n.sha256()));
        }
        e.plain(d, Atlas.repaired, e.model.createTypedLiteral(n.repair() != null));
        if (n.repair() != null) {
            RepairInfo r = n.repair();
            e.plain(d, Atlas.repairCodePage, e.model.createLiteral(r.codePage()));
            e.plain(d, Atlas.repairConfidence, e.model.createTypedLiteral(new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.4f", r.confidence()))));
            e.plain(d, Atlas.repairedSequences, e.integer(r.sequences()));
            e.plain(d, Atlas.unresolvedPositions, e.integer(r.unresolved()));
        }
    }

    private static String title(Note note) {
        String[] lines = note.lines(); // the title is looked for in the first 50 lines
        for (int i = 0; i < Math.min(lines.length, 50); i++) {
            if (lines[i].startsWith("# ")) {
                return Layout.headingLabel(lines[i].substring(2));
            }
        }
        return note.name();
    }

    /** The number of triples with predicate {@code p} and object {@code o} (may be ANY), counted without listing them. */
    private static int count(Model m, org.apache.jena.graph.Node p, org.apache.jena.graph.Node o) {
        return (int) org.apache.jena.atlas.iterator.Iter.count(m.getGraph().find(org.apache.jena.graph.Node.ANY, p, o));
    }

    private static DocumentReport report(LoadedNote n, DocumentExtractor run, Model m, List<String> conflicts) {
        Map<String, Integer> relations = new LinkedHashMap<>();
        for (var p : Atlas.RELATIONS) {
            relations.put(p.getLocalName(), count(m, p.asNode(), org.apache.jena.graph.Node.ANY));
        }
        int topics = count(m, RDF.type.asNode(), Atlas.Topic.asNode()); // one triple per topic
        long entities = run.referenced().size();
        List<String> problems = new ArrayList<>(n.problems());
        problems.addAll(conflicts);
        return new DocumentReport(n.note().name(), n.file(), (int) entities, run.questions(), topics, relations,
                problems, run.unresolved());
    }
}
