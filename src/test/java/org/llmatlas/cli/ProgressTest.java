package org.llmatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void onATerminalOneLineIsRedrawnWithABar() {
        StringWriter s = new StringWriter();
        Progress p = new Progress("extracting", 4, new PrintWriter(s), true, 0);
        for (int i = 0; i < 4; i++) {
            p.step();
        }
        p.done();
        String out = s.toString();
        assertThat(out).startsWith("\rextracting [######------------------]  25%  1/4");
        assertThat(out).contains("\rextracting [########################] 100%  4/4");
        assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(1);
        assertThat(out).endsWith(" s\n");
    }

    @Test
    void elsewherePlainLinesArePrinted() {
        StringWriter s = new StringWriter();
        Progress p = new Progress("loading", 2, new PrintWriter(s), false, 0);
        p.step();
        p.step();
        p.done();
        assertThat(s.toString().lines()).hasSize(3).first().isEqualTo("loading:  50%  1/2");
        assertThat(s.toString()).doesNotContain("\r");
    }

    @Test
    void shortWorkPrintsNothing() {
        StringWriter s = new StringWriter();
        Progress p = new Progress("reading", 3, new PrintWriter(s), false, Long.MAX_VALUE);
        p.step();
        p.done();
        assertThat(s.toString()).isEmpty();
    }
}
