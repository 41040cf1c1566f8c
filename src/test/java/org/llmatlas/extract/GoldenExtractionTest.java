package org.llmatlas.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden extraction cases: {@code src/test/resources/extract/<case>.md} must extract to a graph
 * isomorphic to {@code <case>.trig}. Run with {@code -Dgolden.update=true} to rewrite the goldens
 * after a deliberate change (and review the diff).
 */
class GoldenExtractionTest {
    private static final Path DIR = Path.of("src/test/resources/extract");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsTheGoldenGraph(String name) throws IOException {
        String text = Files.readString(DIR.resolve(name + ".md"), StandardCharsets.UTF_8);
        Dataset actual = new Extractor().extract(List.of(LoadedNote.of(name, text))).dataset();
        Path golden = DIR.resolve(name + ".trig");
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            try (OutputStream out = Files.newOutputStream(golden)) {
                RDFDataMgr.write(out, actual, RDFFormat.TRIG_PRETTY);
            }
        }
        Dataset expected = DatasetFactory.create();
        RDFDataMgr.read(expected, golden.toString());
        StringWriter dump = new StringWriter();
        RDFDataMgr.write(dump, actual, RDFFormat.TRIG_PRETTY);
        List<String> names = names(expected);
        assertThat(names(actual)).isEqualTo(names);
        for (String g : names) {
            assertThat(actual.getNamedModel(g).isIsomorphicWith(expected.getNamedModel(g)))
                    .as("graph %s of %s differs from the golden; actual:%n%s", g, name, dump).isTrue();
        }
    }

    private static List<String> names(Dataset d) {
        return Iter.toList(d.listModelNames()).stream().map(Object::toString).sorted().toList();
    }
}
