package org.llmatlas.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The hand-written name analyses and gates give what the regular expressions they replace or guard
 * give, on every word, line and sentence of the seed notes and fixtures and on edge cases.
 */
class NameFastPathsTest {
    private static final List<String> EDGES = List.of("", " ", "GQA를", "GQA를\u0085", "GQA를\u2028\u0085", "Qwen2-VL이 ", "π0가", "T5)는",
            "[1]의", "LLaMA 2의 ", "한국어", "가", "a가", "1가", "x\u0085", "ABC\uD835\uDC00가", "LLaMA-3.1", "DeepSeek-V2", "Qwen 2",
            "GPT\n4", "a\nb1", "a-b1", "a b1", "v2", "LLMs", "Optimizers", "LLMs\n", "LLMs\r\n", "Loss", "bias\u0085",
            "평가 벤치마크임.", "평가 벤치마크임.\n", "BENCHMARK.", "Benchmark임", "평가 데이터셋", "평가  세트.", "정확도 지표임.", "a metric.\r\n",
            "벤치마크\n\n", "벤치마크.임", "척도", "ﬀ Benchmarks", "Ｂｅｎｃｈｍａｒｋ", "LLaMA 2 (70B)", "RT-2 (Google 2023)", "RT-2 (Google 2023) (7B)",
            "X (7B) ", "X (7B)\u0085", "X (7B) \u0085", "X\t(2024)", "X (a (2024))", "X (2024) y)", "X (2024))", "(2024)", "X(8x7B)", "X (~1.5 T)",
            "X (v2)", "X (in 2019 and 2020)", "X ( 2023 )", "X (2023)\n");

    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>(EDGES);
        for (String line : NoteLines.all()) {
            out.add(line);
            out.addAll(Layout.sentences(line));
            for (String word : line.split("[\\s,:;()]+")) {
                out.add(word);
            }
        }
        return out;
    }

    @Test
    void aParticleIsStrippedWhereTheGluedTailPatternStripsIt() throws IOException {
        for (String t : texts()) {
            String s = t.strip();
            String expected = s.isEmpty() || !Names.startsLatinOrGreek(s) ? s : Names.GLUED_TAIL.matcher(s).replaceFirst("").strip();
            assertThat(Names.stripParticle(t)).as(t).isEqualTo(expected);
        }
    }

    @Test
    void qualifiersAreStrippedWhereTheSizePatternStripsThem() throws IOException {
        for (String t : texts()) {
            String expected = t.strip();
            String before;
            do {
                before = expected;
                expected = Names.SIZE.matcher(expected).replaceFirst("").strip();
            } while (!expected.equals(before));
            assertThat(Names.stripQualifiers(t)).as(t).isEqualTo(expected);
        }
    }

    @Test
    void stagesAreSpokenOfWhereTheStagesPatternFindsThem() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("Stage 1에서는", "STEP2", "phase 3", "PHASE\t4", "2단계", "단계 3", "stages", "1 단계", "ſtage 1", "xstage 1"));
        for (String t : texts) {
            assertThat(Layout.speaksOfStages(t)).as(t).isEqualTo(Layout.STAGES.matcher(t).find());
        }
    }

    @Test
    void aTextStartsLatinOrGreekWhereItsFirstLettersScriptSays() {
        for (int c = 0; c < 0x10000; c++) {
            String s = (char) c + "x";
            Character.UnicodeScript sc = Character.UnicodeScript.of(s.codePointAt(0));
            boolean expected = sc == Character.UnicodeScript.LATIN || sc == Character.UnicodeScript.GREEK || Character.isDigit(s.codePointAt(0));
            assertThat(Names.startsLatinOrGreek(s)).as("U+%04X", c).isEqualTo(expected);
        }
    }

    @Test
    void theSizeGatePassesEveryNameTheTrailingSizePatternFinds() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("Mistral 7B", "LLaMA-2 70b", "X 1.5M", "X 7B\n", "X 7B\r\n", "X 7B\u0085", "X 7BB", "X B", "7B"));
        for (String t : texts) {
            if (Names.TRAILING_SIZE.matcher(t).find()) {
                assertThat(Names.endsWithSize(t)).as(t).isTrue();
            }
        }
    }

    @Test
    void aStemEndsWhereTheStemPatternEndsIt() throws IOException {
        for (String t : texts()) {
            Matcher m = Names.STEM.matcher(t.strip());
            assertThat(Names.stemKey(t)).as(t).isEqualTo(Names.key(m.find() ? m.group(1) : t));
        }
    }

    @Test
    void theLettersOfANameAreWhatRemovingNonLettersLeaves() throws IOException {
        for (String t : texts()) {
            assertThat(Lexicon.letters(t)).as(t).isEqualTo(Lexicon.NOT_LETTERS.matcher(t).replaceAll(""));
        }
    }

    @Test
    void thePluralGatePassesEveryNameThePluralPatternFinds() throws IOException {
        for (String t : texts()) {
            if (Lexicon.PLURAL.matcher(t).find()) {
                assertThat(Lexicon.endsInS(t)).as(t).isTrue();
            }
        }
    }

    @Test
    void theHeadWordGatesPassEverySentenceTheirPatternsFind() throws IOException {
        for (String t : texts()) {
            assertThat(Declarations.isBenchmarkHead(t)).as(t).isEqualTo(Declarations.BENCHMARK_HEAD.matcher(t).find());
            assertThat(Declarations.isMetricHead(t)).as(t).isEqualTo(Declarations.METRIC_HEAD.matcher(t).find());
        }
    }

    @Test
    void aKeyIsTheSameWhetherItsCharactersAreCopiedOrKept() throws IOException {
        for (String t : texts()) {
            String s = t.chars().allMatch(c -> c < 0x80) ? t : java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKC);
            StringBuilder b = new StringBuilder();
            s.chars().map(c -> c == '×' ? 'x' : c).filter(c -> !Character.isWhitespace(c) && "-_‐–—·".indexOf(c) < 0)
                    .forEach(c -> b.append(Character.toLowerCase((char) c)));
            String expected = b.toString().replaceAll("(\\d)\\.0(?![\\d.])", "$1");
            assertThat(Names.key(t)).as(t).isEqualTo(expected);
        }
    }
}
