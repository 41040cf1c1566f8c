package org.llmatlas.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeCaseTest {
    private final Repairer repairer = Repairer.trainedOn(List.of("café naïve — “quoted” 강의 개요"));

    @Test
    void emptyTextIsReturnedUnchanged() {
        RepairResult r = repairer.repair("");
        assertThat(r.damaged()).isFalse();
        assertThat(r.text()).isEmpty();
        assertThat(r.confidence()).isEqualTo(1.0);
        assertThat(r.report()).contains("unchanged");
    }

    @Test
    void pureAsciiIsReturnedUnchanged() {
        String text = "# Title\n\nPlain ASCII only, 1 + 1 = 2.\n";
        RepairResult r = repairer.repair(text);
        assertThat(r.damaged()).isFalse();
        assertThat(r.text()).isSameAs(text);
    }

    @Test
    void fewMojibakeCharactersAreReversed() {
        RepairResult r = repairer.repair("cafÃ© and naÃ¯ve â€” fine");
        assertThat(r.damaged()).isTrue();
        assertThat(r.text()).isEqualTo("café and naïve — fine");
        assertThat(r.unresolved()).isEmpty();
        assertThat(r.report()).contains("windows-1252");
    }

    @Test
    void lostBytesInAShortTextAreRebuiltOrReported() {
        // 강의 개요 damaged with 1254: 의 = EC 9D 98 loses 0x9D.
        String damaged = Damage.simulate("강의 개요 and 강의 개요", java.nio.charset.Charset.forName("windows-1254"));
        RepairResult r = repairer.repair(damaged);
        assertThat(r.damaged()).isTrue();
        assertThat(r.text()).isEqualTo("강의 개요 and 강의 개요");
        assertThat(r.repairedSequences()).isEqualTo(2);
    }

    @Test
    void truncatedSequenceWithoutCredibleCandidateBecomesReplacementCharacter() {
        // A lead byte of a 4-byte sequence with no surviving continuation: nothing credible.
        RepairResult r = repairer.repair("cafÃ© naÃ¯ve ð end");
        assertThat(r.damaged()).isTrue();
        assertThat(r.text()).startsWith("café naïve ");
        assertThat(r.text().codePoints().filter(c -> c == 0xFFFD).count())
                .isEqualTo(r.unresolved().size());
    }
}
