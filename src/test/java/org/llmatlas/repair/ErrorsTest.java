package org.llmatlas.repair;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorsTest {
    @Test
    void errors() {
        Map<String, String> clean = Notes.clean();
        String name = "textbook-03-llm-architecture.md";
        List<String> train = new ArrayList<>();
        clean.forEach((k, v) -> {
            if (!k.equals(name)) {
                train.add(v);
            }
        });
        Repairer r = Repairer.trainedOn(train);
        String orig = clean.get(name);
        RepairResult res = r.repair(Damage.simulate(orig, Charset.forName("windows-1254")));
        int[] a = orig.codePoints().toArray();
        int[] b = res.text().codePoints().toArray();
        int shown = 0;
        for (int i = 0; i < a.length && shown < 70; i++) {
            if (a[i] != b[i]) {
                shown++;
                int s = Math.max(0, i - 8);
                int e = Math.min(a.length, i + 6);
                System.out.println(new String(a, s, e - s).replace('\n', ' ') + "  |  "
                        + new String(b, s, e - s).replace('\n', ' ') + "   " + Character.toString(a[i])
                        + "->" + Character.toString(b[i]) + " seen=" + 0);
            }
        }
    }
}
