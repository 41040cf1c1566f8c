package org.llmatlas.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: damage each clean note, repair it with a model trained on the other notes only,
 * and compare with the original.
 */
class LeaveOneOutTest {
    private static final Map<String, String> CLEAN = Notes.clean();

    @Test
    void restoresDamagedNotesLeaveOneOutWindows1252() {
        restoresAll(Charset.forName("windows-1252"));
    }

    @Test
    void restoresDamagedNotesLeaveOneOutWindows1254() {
        restoresAll(Charset.forName("windows-1254"));
    }

    @Test
    void damageSimulatorDropsUndefinedBytesAndSoftHyphens() {
        String damaged = Damage.simulate("의\u00AD", Charset.forName("windows-1252"));
        // 의 = EC 9D 98: 0x9D is undefined in 1252; U+00AD = C2 AD: the soft hyphen goes too.
        assertThat(damaged).isEqualTo("ì˜Â");
        assertThat(Damage.simulate("자", Charset.forName("windows-1254"))).isEqualTo("ì");
    }

    private static void restoresAll(Charset cp) {
        for (Map.Entry<String, String> note : CLEAN.entrySet()) {
            List<String> others = new ArrayList<>();
            CLEAN.forEach((name, text) -> {
                if (!name.equals(note.getKey())) {
                    others.add(text);
                }
            });
            Repairer repairer = Repairer.trainedOn(others);
            String damaged = Damage.simulate(note.getValue(), cp);
            RepairResult result = repairer.repair(damaged);
            Scoring score = Scoring.of(note.getKey(), note.getValue(), result.text(), cp);
            System.out.println("[" + cp.name() + "] " + score);

            assertThat(result.damaged()).as(note.getKey()).isTrue();
            assertThat(result.detection().consistentCodePages()).as(note.getKey()).contains(cp.name());
            assertThat(score.aligned()).as(note.getKey() + " aligned").isTrue();
            assertThat(score.rate()).as(note.getKey() + " restored").isGreaterThanOrEqualTo(0.99);
            assertThat(score.undamagedChanged()).as(note.getKey() + " undamaged changed").isZero();
        }
    }
}
