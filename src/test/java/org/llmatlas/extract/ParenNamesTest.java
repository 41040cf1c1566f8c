package org.llmatlas.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link ParenNames#find} finds what {@link Matcher#find} finds, match after match, on every line of the notes. */
class ParenNamesTest {
    private static final List<String> EDGES = List.of("", "(", "A(", "A(b)", "Q-Former (BLIP-2)", "Q-Former  (BLIP-2)", "a, B C D E F(x)",
            "한국어A(x)", "A 한(x)", "GPT-4（Meta）", "A(B(C)) D(E)", "Stanford Alpaca(GPT-3로 52K 생성), WizardLM(Evol-Instruct로 확장)",
            "A\uD835\uDC00(x)", "x (y) z(w", "Hybrid architecture(Jamba, Zamba)의", "A  B (c)", "A\tB\n(c)");

    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>(EDGES);
        List<Path> notes = new ArrayList<>();
        for (String dir : List.of("content", "src/test/resources/extract")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(notes::add);
            }
        }
        for (Path f : notes) {
            for (String line : Files.readAllLines(f)) {
                String s = line.replace("`", "").replace("**", "");
                out.add(s);
                out.addAll(Layout.sentences(s));
            }
        }
        return out;
    }

    private static List<String> byFind(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(1) + "|" + m.group(2));
        }
        return out;
    }

    private static List<String> byParenNames(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        for (int from = 0; ParenNames.find(m, s, from); from = m.end()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(1) + "|" + m.group(2));
        }
        return out;
    }

    @Test
    void theNamesBeforeParenthesesAreTheOnesTheFullScanFinds() throws IOException {
        for (Pattern p : List.of(UseRules.NAME_THEN_PARENS, UseRules.MADE_WITH)) {
            for (String s : texts()) {
                assertThat(byParenNames(p, s)).as(p + " on " + s).isEqualTo(byFind(p, s));
            }
        }
    }
}
