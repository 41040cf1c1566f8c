package org.llmatlas.repair;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperimentTest {
    @Test
    void variants() {
        Map<String, String> clean = Notes.clean();
        for (boolean nori : new boolean[] {true}) {
            for (boolean words : new boolean[] {true}) {
                System.out.println("== nori=" + nori + " words=" + words);
                for (String cs : new String[] {"windows-1252", "windows-1254"}) {
                    for (var e : clean.entrySet()) {
                        List<String> train = new ArrayList<>();
                        clean.forEach((k, v) -> {
                            if (!k.equals(e.getKey())) {
                                train.add(v);
                            }
                        });
                        Repairer r = Repairer.trainedOn(train, nori, words);
                        String damaged = Damage.simulate(e.getValue(), Charset.forName(cs));
                        RepairResult res = r.repair(damaged);
                        System.out.println(cs + " " + res.codePage() + " "
                                + Scoring.of(e.getKey(), e.getValue(), res.text(), Charset.forName(cs))
                                + " unresolved=" + res.unresolved().size() + " amb=" + res.ambiguousChoices());
                    }
                }
            }
        }
    }
}
