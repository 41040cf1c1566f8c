package org.llmatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.ask.Answer;
import org.llmatlas.web.Atlas;
import org.llmatlas.web.TestAtlas;

/** The benchmark corpus is deterministic, about 20 KB a note, and read by the extractor as the seeds are. */
class SyntheticCorpusTest {
    @Test
    void writesTheSameNotesEveryTime(@TempDir Path a, @TempDir Path b) throws IOException {
        SyntheticCorpus.write(a, 3);
        SyntheticCorpus.write(b, 3);
        for (int i = 0; i < 3; i++) {
            String name = String.format("synthetic-%04d.md", i);
            assertThat(Files.readString(a.resolve(name))).isEqualTo(Files.readString(b.resolve(name)));
            assertThat(Files.size(a.resolve(name))).isGreaterThanOrEqualTo(20_000);
        }
    }

    @Test
    void generatedNamesBecomeEntitiesWithRelationsAcrossNotes(@TempDir Path dir) {
        Atlas atlas = TestAtlas.of(SyntheticCorpus.write(dir, 3));
        String concept = SyntheticCorpus.acronym(2, 0);
        assertThat(atlas.index().resolve(concept)).isNotEmpty();
        assertThat(atlas.index().resolve(SyntheticCorpus.model(1, 0, 0))).isNotEmpty();
        Answer users = atlas.questions().ask("which models use " + concept);
        assertThat(users.understood()).isTrue();
        assertThat(users.answers()).isNotEmpty();
        assertThat(atlas.index().all().size()).as("entities grow with the notes").isGreaterThan(3 * 40);
    }
}
