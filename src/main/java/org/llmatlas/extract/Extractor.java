package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <pre>{@code
 * Extraction x = new Extractor().extract(new NoteLoader().load(Path.of("content")));
 * }</pre>
 */
public final class Extractor {
    private final NoteParser parser = new NoteParser();

    /** Parses Markdown only; the baseline of the extraction benchmark. */
    public void parseOnly(String text) {
        parser.parse(text);
    }

    public Extraction extract(List<LoadedNote> notes) {
        Lexicon lexicon = new Lexicon(Aliases.load());
        Declarations declarations = new Declarations(lexicon);
        List<List<Block>> parsed = new ArrayList<>();
        for (LoadedNote n : notes) {
            List<Block> blocks = parser.blocks(n.note().text());
            parsed.add(blocks);
            declarations.declare(blocks);
        }
        List<DocumentExtractor> runs = new ArrayList<>();
        List<Emitter> emitters = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            Emitter emitter = new Emitter(notes.get(i).note().name());
            DocumentExtractor run = new DocumentExtractor(notes.get(i).note(), lexicon, emitter);
            run.run(parsed.get(i));
            runs.add(run);
            emitters.add(emitter);
        }
        lexicon.nameFamiliesByStem();
        // Labels and types last: names met in later notes may have added alternative labels.
        Dataset dataset = DatasetFactory.create();
        List<DocumentReport> reports = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            LoadedNote n = notes.get(i);
            Emitter e = emitters.get(i);
            runs.get(i).referenced().forEach(entity -> describe(e, entity));
            describeDocument(e, n);
            dataset.addNamedModel(Atlas.GRAPH + n.note().name(), e.model);
            reports.add(report(n, runs.get(i), e.model));
        }
        return new Extraction(dataset, reports);
    }

    private static void describe(Emitter e, Entity entity) {
        Resource r = e.resource(entity.iri);
        e.plain(r, RDF.type, entity.type());
        entity.labels.forEach((lang, label) -> e.plain(r, RDFS.label, e.model.createLiteral(label, lang)));
        for (String alt : entity.altLabels) {
            e.plain(r, SKOS.altLabel, e.text(alt));
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
        for (String line : note.text().split("\n", 50)) {
            if (line.startsWith("# ")) {
                return Layout.headingLabel(line.substring(2));
            }
        }
        return note.name();
    }

    private static DocumentReport report(LoadedNote n, DocumentExtractor run, Model m) {
        Map<String, Integer> relations = new LinkedHashMap<>();
        for (var p : Atlas.RELATIONS) {
            relations.put(p.getLocalName(), m.listStatements(null, p, (org.apache.jena.rdf.model.RDFNode) null).toList().size());
        }
        int topics = m.listSubjectsWithProperty(RDF.type, Atlas.Topic).toList().size();
        long entities = run.referenced().size();
        return new DocumentReport(n.note().name(), n.file(), (int) entities, run.questions(), topics, relations,
                n.problems(), run.unresolved());
    }
}
