package org.llmatlas.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A {@link CueScan} finds what {@link Matcher#find} finds, match after match, on every line and sentence of the notes. */
class CueScanTest {
    private static final List<String> EDGES = List.of("", "(", "A(", "A(b)", "Q-Former (BLIP-2)", "Q-Former  (BLIP-2)", "a, B C D E F(x)",
            "한국어A(x)", "A 한(x)", "GPT-4（Meta）", "A(B(C)) D(E)", "Stanford Alpaca(GPT-3로 52K 생성), WizardLM(Evol-Instruct로 확장)",
            "A\uD835\uDC00(x)", "x (y) z(w", "Hybrid architecture(Jamba, Zamba)의", "A  B (c)", "A\tB\n(c)",
            "BFS/DFS/MCTS로 탐색", "MLM으로 사전학습", "Ring-AllReduce로 통신", "A, B와 C 또는 D 알고리즘으로 학습", "X: A로 학습; B로 탐색",
            "LoRA는 A로 학습하고 B로 압축", "로 학습", "A로", "(A로 학습)", "GPT-4 모델로 데이터를 생성", "A 자료구조로 검색", "a로 b로 c로 학습");

    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>(EDGES);
        for (String line : NoteLines.all()) {
            String s = line.replace("`", "").replace("**", "");
            out.add(s);
            out.add(UseRules.objectText(s));
            for (String sentence : Layout.sentences(s)) {
                out.add(sentence);
                out.add(UseRules.objectText(sentence));
            }
        }
        return out;
    }

    private static String match(Matcher m) {
        StringBuilder b = new StringBuilder(m.start() + "-" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            b.append('|').append(m.group(g));
        }
        return b.toString();
    }

    private static List<String> byFind(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(match(m));
        }
        return out;
    }

    private static List<String> byScan(CueScan scan, Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        for (int from = 0; scan.find(m, s, from); from = m.end()) {
            out.add(match(m));
        }
        return out;
    }

    @Test
    void theNamesBeforeParenthesesAreTheOnesTheFullScanFinds() throws IOException {
        for (Pattern p : List.of(UseRules.NAME_THEN_PARENS, UseRules.MADE_WITH)) {
            for (String s : texts()) {
                assertThat(byScan(CueScan.NAME_THEN_PARENTHESIS, p, s)).as(p + " on " + s).isEqualTo(byFind(p, s));
            }
        }
    }

    @Test
    void theMeansBeforeRoAreTheOnesTheFullScanFinds() throws IOException {
        assertThat(ObjectClauses.INSTRUMENT_SCAN).as("the instrument pattern still spells its cue as the scan reads it").isNotNull();
        for (String s : texts()) {
            assertThat(byScan(ObjectClauses.INSTRUMENT_SCAN, ObjectClauses.INSTRUMENT, s)).as(s).isEqualTo(byFind(ObjectClauses.INSTRUMENT, s));
        }
    }
}
