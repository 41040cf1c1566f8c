package org.llmatlas.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmatlas.extract.Extractor;
import org.llmatlas.extract.LoadedNote;
import org.llmatlas.store.AtlasStore;

/**
 * Every named query in {@code queries/index.txt} runs on the small fixture graph (the golden
 * extraction cases) and must give the result in {@code src/test/resources/queries/NAME.srj},
 * compared term by term. {@code -Dgolden.update=true} rewrites the goldens.
 */
class NamedQueryGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/queries");
    private static AtlasStore store;
    private static EntityIndex index;

    @BeforeAll
    static void fixture() throws IOException {
        List<LoadedNote> notes = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/extract"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                notes.add(LoadedNote.of(p.getFileName().toString().replace(".md", ""), Files.readString(p)));
            }
        }
        store = AtlasStore.inMemory();
        store.replaceGraphs(new Extractor().extract(notes).dataset());
        try (RDFConnection conn = store.connect()) {
            index = EntityIndex.load(conn);
        }
    }

    static Stream<String> queries() {
        return NamedQueries.load().all().stream().map(NamedQuery::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void namedQueryGivesTheGoldenResult(String name) throws IOException {
        NamedQuery q = NamedQueries.load().get(name).orElseThrow();
        Properties params = new Properties();
        try (InputStream in = Files.newInputStream(DIR.resolve("params.properties"))) {
            params.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> given = new LinkedHashMap<>();
        for (String kv : params.getProperty(name, "").split(";")) {
            if (kv.contains("=")) {
                given.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
        assertThat(q.params().stream().map(NamedQuery.Param::name).toList())
                .as("every parameter of %s is exercised", name).containsAll(given.keySet());
        ResultSetRewindable actual;
        try (RDFConnection conn = store.connect()) {
            actual = Sparql.defaults().select(conn, Sparql.parse(q.sparql()), Parameters.bind(q, given, index));
        }
        Path golden = DIR.resolve(name + ".srj");
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            try (OutputStream out = Files.newOutputStream(golden)) {
                ResultSetFormatter.outputAsJSON(out, actual);
            }
            actual.reset();
        }
        ResultSetRewindable expected;
        try (InputStream in = Files.newInputStream(golden)) {
            expected = ResultSetFactory.makeRewindable(ResultSetFactory.fromJSON(in));
        }
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        ResultSetFormatter.out(dump, actual);
        actual.reset();
        assertThat(actual.size()).as("%s rows; actual:%n%s", name, dump.toString(StandardCharsets.UTF_8)).isEqualTo(expected.size());
        assertThat(ResultSetCompare.equalsByTerm((ResultSet) actual, expected))
                .as("%s differs from its golden; actual:%n%s", name, dump.toString(StandardCharsets.UTF_8)).isTrue();
    }
}
