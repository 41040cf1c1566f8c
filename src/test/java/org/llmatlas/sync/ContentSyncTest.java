package org.llmatlas.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.extract.Extractor;
import org.llmatlas.extract.NoteLoader;
import org.llmatlas.store.AtlasStore;
import org.llmatlas.store.TdbStore;
import org.llmatlas.vocab.Atlas;

/** A persistent store kept in step with a notes folder, note by note. */
class ContentSyncTest {
    private static final String SMALL = "textbook-03-llm-architecture";

    @TempDir
    Path tmp;
    Path content;
    Path data;
    TdbStore store;
    /** Kept between syncs, as serve --watch keeps it (it remembers the files it hashed and the names it analysed). */
    ContentSync syncer;

    @BeforeEach
    void copyNotes() throws IOException {
        content = tmp.resolve("content");
        data = tmp.resolve("data");
        Files.createDirectories(content);
        try (Stream<Path> s = Files.list(Path.of("content"))) {
            for (Path p : s.toList()) {
                Path copy = Files.copy(p, content.resolve(p.getFileName()));
                // written long ago: the sync may then trust a file's size and time instead of hashing it again
                Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
            }
        }
        open();
    }

    private void open() {
        store = AtlasStore.persistent(data);
        syncer = new ContentSync(content, store, ProgressSink.NONE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SyncReport sync() {
        return syncer.sync(false);
    }

    private Map<String, Model> graphs() {
        return graphs(store);
    }

    /** A copy of every named graph of {@code store}, by graph IRI (also used by {@link CrashIT}). */
    static Map<String, Model> graphs(TdbStore store) {
        DatasetGraph dsg = store.local().orElseThrow();
        return Txn.calculateRead(dsg, () -> {
            Map<String, Model> out = new HashMap<>();
            for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                Model m = ModelFactory.createDefaultModel();
                dsg.getGraph(g).find().forEachRemaining(m.getGraph()::add);
                out.put(g.getURI(), m);
            }
            return out;
        });
    }

    /** Every graph of the store is the one a full in-memory extraction of the folder gives. */
    private void assertSameAsFullExtraction() {
        Dataset full = new Extractor().extract(new NoteLoader().loadDirectory(content).notes()).dataset();
        Map<String, Model> stored = graphs();
        java.util.List<String> names = new java.util.ArrayList<>();
        full.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(names);
        stored.forEach((g, m) -> assertThat(m.isIsomorphicWith(full.getNamedModel(g))).as(g).isTrue());
    }

    private void append(String note, String text) throws IOException {
        Files.writeString(content.resolve(note + ".md"), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @Test
    void restartWithUnchangedNotesExtractsNothing() {
        SyncReport first = sync();
        assertThat(first.extracted()).isEqualTo(5);
        assertThat(first.full()).isTrue();
        store.close();
        open();
        SyncReport second = sync();
        assertThat(second.extracted()).isZero();
        assertThat(second.written()).isZero();
        assertThat(second.reused()).isEqualTo(5);
        assertThat(second.changedAnything()).isFalse();
        assertSameAsFullExtraction();
    }

    @Test
    void changingOneNoteReplacesOnlyItsGraph() throws IOException {
        sync();
        Map<String, Model> before = graphs();
        append(SMALL, "\nGQA는 MQA보다 우수함.\n");
        SyncReport r = sync();
        assertThat(r.full()).as(r.reason()).isFalse();
        assertThat(r.extracted()).isEqualTo(1);
        assertThat(r.written()).isEqualTo(1);
        Map<String, Model> after = graphs();
        String changed = Atlas.GRAPH + SMALL;
        before.forEach((g, m) -> assertThat(after.get(g).isIsomorphicWith(m)).as(g).isEqualTo(!g.equals(changed)));
        assertSameAsFullExtraction();
    }

    @Test
    void aNoteThatDeclaresSomethingNewReExtractsAllButRewritesOnlyChangedGraphs() throws IOException {
        sync();
        append(SMALL, "\n## 7. 새 용어\n\n- **Zeta Attention (ZA)**: GQA를 사용하는 가상의 기법.\n");
        SyncReport r = sync();
        assertThat(r.full()).isTrue();
        assertThat(r.reason()).contains(SMALL);
        assertThat(r.extracted()).isEqualTo(5);
        assertThat(r.written()).isBetween(1, 5);
        assertSameAsFullExtraction();
    }

    @Test
    void aNoteThatStopsDeclaringWhatOthersReferToMatchesAFullExtraction() throws IOException {
        sync();
        Path note = content.resolve("keywords-summary.md");
        java.util.List<String> lines = Files.readAllLines(note, StandardCharsets.UTF_8);
        Files.write(note, lines.subList(0, lines.size() / 3), StandardCharsets.UTF_8);
        SyncReport r = sync();
        assertThat(r.full()).isTrue();
        assertSameAsFullExtraction();
    }

    @Test
    void editingAMisDecodedNoteRepairsItAsAFullLoadWould() throws IOException {
        sync();
        append("lecture-09-current-trends", "\nSee also: GQA.\n");
        SyncReport r = sync();
        assertThat(r.extracted()).isGreaterThanOrEqualTo(1);
        assertThat(r.problems()).anyMatch(p -> p.startsWith("lecture-09-current-trends.md:1: mis-decoded"));
        assertThat(store.texts().get("lecture-09-current-trends")).endsWith("See also: GQA.\n");
        assertSameAsFullExtraction();
    }

    @Test
    void deletingANoteRemovesItsGraph() throws IOException {
        sync();
        Files.delete(content.resolve(SMALL + ".md"));
        SyncReport r = sync();
        assertThat(r.removed()).isEqualTo(1);
        assertThat(graphs()).doesNotContainKey(Atlas.GRAPH + SMALL);
        assertThat(store.notes()).doesNotContainKey(Atlas.GRAPH + SMALL);
        assertThat(store.texts()).doesNotContainKey(SMALL).hasSize(4);
        assertSameAsFullExtraction();
    }

    @Test
    void aNoteThatCannotBeDecodedKeepsItsPreviousGraph() throws IOException {
        sync();
        Map<String, Model> before = graphs();
        String text = store.texts().get(SMALL);
        byte[] broken = Files.readAllBytes(content.resolve(SMALL + ".md"));
        broken[broken.length / 2] = (byte) 0xC3;
        broken[broken.length / 2 + 1] = (byte) 0x28;
        Files.write(content.resolve(SMALL + ".md"), broken);
        SyncReport r = sync();
        assertThat(r.kept()).containsExactly(SMALL + ".md");
        int line = 1;
        for (int i = 0; i < broken.length / 2; i++) {
            line += broken[i] == '\n' ? 1 : 0;
        }
        String where = SMALL + ".md:" + line + ":";
        assertThat(r.problems()).anyMatch(p -> p.startsWith(where) && p.contains("previous graph"));
        assertThat(r.written()).isZero();
        Map<String, Model> after = graphs();
        before.forEach((g, m) -> assertThat(after.get(g).isIsomorphicWith(m)).as(g).isTrue());
        assertThat(store.texts().get(SMALL)).isEqualTo(text);
    }

    @Test
    void theBookkeepingIsInvisibleToQueries() {
        sync();
        try (var conn = store.connect()) {
            long hidden = count(conn, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?p), 'https://w3id.org/llm-atlas/store#')) }");
            assertThat(hidden).isZero();
            long graphs = count(conn, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
            assertThat(graphs).isEqualTo(5);
        }
        assertThat(store.notes()).hasSize(5);
        assertThat(store.texts().get(SMALL)).startsWith("# ");
    }

    private static long count(org.apache.jena.rdfconnection.RDFConnection conn, String query) {
        return Txn.calculateRead(conn, () -> conn.query(query).execSelect().next().getLiteral("n").getLong());
    }

    @Test
    void rebuildExtractsEveryNoteButRewritesNothingUnchanged() {
        sync();
        SyncReport r = syncer.sync(true);
        assertThat(r.extracted()).isEqualTo(5);
        assertThat(r.written()).isZero();
        assertThat(r.reason()).isEqualTo("--rebuild");
    }

    @Test
    void anEditThatKeepsTheFileSizeIsStillNoticed() throws IOException {
        sync();
        Path note = content.resolve(SMALL + ".md");
        String text = Files.readString(note, StandardCharsets.UTF_8);
        int at = text.indexOf("GQA");
        Files.writeString(note, text.substring(0, at) + "MQA" + text.substring(at + 3), StandardCharsets.UTF_8);
        SyncReport r = sync();
        assertThat(r.extracted()).isGreaterThanOrEqualTo(1);
        assertSameAsFullExtraction();
    }

    @Test
    void aNoteUnchangedSinceItWasHashedIsNotReadAgain() throws IOException {
        sync();
        Path note = content.resolve(SMALL + ".md");
        FileTime time = Files.getLastModifiedTime(note);
        byte[] original = Files.readAllBytes(note);
        byte[] same = original.clone();
        same[same.length / 2] = (byte) 0xC3; // not UTF-8: a read would report it
        same[same.length / 2 + 1] = (byte) 0x28;
        Files.write(note, same);
        Files.setLastModifiedTime(note, time); // same size, same time, same file: taken as unchanged
        SyncReport r = sync();
        assertThat(r.problems()).isEmpty();
        assertThat(r.changedAnything()).isFalse();
        Files.write(note, original);
        Files.setLastModifiedTime(note, time);
    }
}
