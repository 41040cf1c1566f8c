package org.llmatlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.cli.Main;
import picocli.CommandLine;

/** {@code atlas export} through {@code Main.commandLine()} with captured output, on the real notes. */
class ExportCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void exportsTheDepthTwoNeighbourhoodOfGqaAsMermaid() {
        assertThat(run("export", "--focus", "GQA", "--depth", "2", "--format", "mermaid")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("%% GQA #40;depth 2#41;\nflowchart LR\n")
                .contains("[\"LLaMA-2\"]", "-->|uses|");
    }

    @Test
    void exportsTheAlignmentSectionsAsAStudyMap() {
        assertThat(run("export", "--topic", "Alignment", "--format", "studymap")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("# Study map: Alignment\n").contains("- [ ] **DPO**", "## Cycles broken");
    }

    @Test
    void exportsTheHardVlaQuestionsAsAnAnkiDeckToAFile(@TempDir Path tmp) throws Exception {
        Path deck = tmp.resolve("deck.tsv");
        assertThat(run("export", "--questions", "difficulty:Hard,topic:VLA", "--format", "anki", "-o", deck.toString()))
                .as(err.toString()).isZero();
        String tsv = Files.readString(deck);
        assertThat(tsv).startsWith("#separator:tab\n#html:true\n#tags column:3\n").contains("difficulty::Hard", "further-questions.md:");
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("wrote", "deck.tsv");
    }

    @Test
    void refusesToWriteBinaryFormatsToTheTerminalAndRejectsBadOptions() {
        assertThat(run("export", "--focus", "GQA", "--format", "png")).isEqualTo(2);
        assertThat(err.toString()).contains("png is binary; write it to a file with -o FILE");
        assertThat(run("export", "--focus", "GQA", "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'pdf'");
        assertThat(run("export", "--focus", "GQA", "--topic", "VLA", "--format", "ttl")).isEqualTo(2);
    }

    @Test
    void exportsAConstructQueryFileAsTurtle(@TempDir Path tmp) throws Exception {
        Path rq = tmp.resolve("uses-gqa.rq");
        Files.writeString(rq, "PREFIX atlas: <https://w3id.org/llm-atlas/ontology#>\n"
                + "CONSTRUCT { ?s atlas:uses ?o } WHERE { ?s atlas:uses ?o . FILTER(?o = <https://w3id.org/llm-atlas/concept/gqa>) }\n");
        assertThat(run("export", "--construct", rq.toString(), "--format", "ttl")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("atlas:uses", "gqa");
    }
}
