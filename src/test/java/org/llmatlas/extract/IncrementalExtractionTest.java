package org.llmatlas.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmatlas.vocab.Atlas;

/** Re-extracting one note while replaying the others' declaration logs gives what a full extraction gives. */
class IncrementalExtractionTest {
    private static List<LoadedNote> notes;
    private static Dataset full;
    private static Extractor.Partial logged;

    @BeforeAll
    static void extractAll() {
        notes = new NoteLoader().loadDirectory(Path.of("content")).notes();
        logged = new Extractor().extractSome(notes.stream().map(Extractor.Input::of).toList());
        full = logged.extraction().dataset();
    }

    @Test
    void eachNoteExtractedAloneWithTheOthersReplayedMatchesTheFullExtraction() {
        for (LoadedNote target : notes) {
            List<Extractor.Input> inputs = new ArrayList<>();
            for (LoadedNote n : notes) {
                String name = n.note().name();
                DeclarationLog replayed = DeclarationLog.parse(logged.logs().get(name).serialize());
                inputs.add(n == target ? Extractor.Input.of(n) : Extractor.Input.replay(replayed));
            }
            Extractor.Partial one = new Extractor().extractSome(inputs);
            String graph = Atlas.GRAPH + target.note().name();
            Model expected = full.getNamedModel(graph);
            Model actual = one.extraction().dataset().getNamedModel(graph);
            assertThat(actual.isIsomorphicWith(expected)).as(graph).isTrue();
            assertThat(one.logs().get(target.note().name()).serialize())
                    .isEqualTo(logged.logs().get(target.note().name()).serialize());
            assertThat(one.extraction().reports()).hasSize(1);
        }
    }

    @Test
    void aLogSurvivesSerialisationWithTabsNewlinesAndBackslashes() {
        DeclarationLog log = new DeclarationLog();
        log.record("D", "a\tb\\n\nc", "x", "1");
        log.secondPass();
        log.record("F", "fam\\");
        assertThat(DeclarationLog.parse(log.serialize()).serialize()).isEqualTo(log.serialize());
        assertThat(DeclarationLog.parse(log.serialize()).serialize()).contains("a\\tb\\\\n\\nc");
    }
}
