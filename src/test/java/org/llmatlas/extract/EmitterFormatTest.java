package org.llmatlas.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** The evidence hash reads literals as Jena writes them: the short path writes what {@code toString} does. */
class EmitterFormatTest {
    @Test
    void aLiteralIsFormattedAsJenaFormatsIt() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "a", "따옴표 \"안\"", "back\\slash", "tab\there", "line\nbreak", "\u0085",
                "\u007F", "é", "\uD835\uDC00", "\uFFFE", "😀 emoji", "'single'", "<html>", "a@b", "\u2028"));
        try (Stream<Path> files = Files.list(Path.of("content"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                texts.addAll(Files.readAllLines(f));
            }
        }
        Model m = ModelFactory.createDefaultModel();
        for (String t : texts) {
            for (Literal l : List.of(m.createLiteral(t, "ko"), m.createLiteral(t, "en"), m.createLiteral(t), m.createTypedLiteral(t.length()))) {
                assertThat(Emitter.literal(l)).as(t).isEqualTo(l.toString());
            }
        }
    }
}
