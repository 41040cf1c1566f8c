package org.llmatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RepairCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new RepairCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void repairsTheDamagedNoteToStdoutAndReportsToStderr() {
        int code = run("content/lecture-09-current-trends.md");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("강의 개요").doesNotContain("ê°•");
        assertThat(err.toString()).contains("trained on 4 clean note(s)", "windows-1254",
                "sequences rebuilt", "confidence");
    }

    @Test
    void writesTheRepairedTextToTheOutputFile(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("note.md");
        Files.writeString(in, "cafÃ© and naÃ¯ve â€” fine\n", StandardCharsets.UTF_8);
        Path target = tmp.resolve("fixed.md");
        int code = run(in.toString(), "-o", target.toString(), "--content", "content");
        assertThat(code).isZero();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("café and naïve — fine\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void leavesCleanNotesUnchanged() throws Exception {
        int code = run("content/basics-roadmap.md");
        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo(
                Files.readString(Path.of("content/basics-roadmap.md"), StandardCharsets.UTF_8));
        assertThat(err.toString()).contains("damage: none");
    }

    @Test
    void failsWithExitCodeOneAndTheFileNameOnAMissingFile() {
        int code = run("content/no-such-note.md");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("cannot read", "no-such-note.md");
    }
}
