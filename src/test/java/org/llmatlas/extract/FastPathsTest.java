package org.llmatlas.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written fast paths of the extractor give what the regular expressions they replace
 * give, on every line of the seed notes and on edge cases.
 */
class FastPathsTest {
    private static final List<String> EDGES = List.of("", " ", "\n", "a. b", "1.5 배", "A.  B.\nC", "Q? R! S",
            "끝.\" 다음", "(예시.) 다음", "x.\tY", "a.. b", " . b", ".. b", "3. 항목", "a\r\nb", "a \n \n b",
            "end.", "GQA를", "GQA를\u0085", "\"LLaMA.\"", "Qwen2-VL이 ", "“BERT”", "T5).", "π0가", "GPT-4o", "x\u0085");

    private static List<String> seedLines() throws IOException {
        List<String> lines = new ArrayList<>(EDGES);
        try (Stream<Path> files = Files.list(Path.of("content"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f));
                lines.add(Files.readString(f)); // whole notes: line breaks inside
            }
        }
        return lines;
    }

    private static List<String> regexSentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : Layout.SENTENCE_END.split(text)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    @Test
    void sentencesSplitWhereTheBoundaryPatternDoes() throws IOException {
        for (String line : seedLines()) {
            assertThat(Layout.sentences(line)).as(line).isEqualTo(regexSentences(line));
        }
    }

    @Test
    void theFirstSentenceIsTheFirstOfAllTheSentences() throws IOException {
        for (String line : seedLines()) {
            List<String> all = Layout.sentences(line);
            assertThat(Layout.firstSentence(line)).as(line).isEqualTo(all.isEmpty() ? "" : all.get(0));
        }
    }

    @Test
    void theArrowAndVersionChainGatesPassEveryLineThePatternsMatch() throws IOException {
        java.util.regex.Pattern arrow = java.util.regex.Pattern.compile("\\s*(?:→|->|⇒)\\s*");
        java.util.regex.Pattern chain = java.util.regex.Pattern.compile("[(（]\\s*v?\\d");
        List<String> lines = new ArrayList<>(seedLines());
        lines.addAll(List.of("LLaVA (1.0→1.5)", "X ( v2 -> v3)", "X （\t3⇒4）", "(v", "(vv1)", "a -> b", "a - > b", "(\u00851)"));
        for (String line : lines) {
            assertThat(Clauses.hasArrow(line)).as(line).isEqualTo(arrow.matcher(line).find());
            assertThat(LineageRules.mayHoldVersionChain(line)).as(line).isEqualTo(chain.matcher(line).find());
        }
    }

    private static List<String> seedAndFixtureLines() throws IOException {
        List<String> lines = new ArrayList<>(seedLines());
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/extract"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        return lines;
    }

    @Test
    void theCueGatesPassEverySentenceTheirPatternsMatch() throws IOException {
        List<String> texts = new ArrayList<>(List.of("LLaMA, Mistral, Qwen, Gemma의 표준", "DeepSeek-R1에 사용됨",
                "LLaMA-3 128K context 확장에 사용됨", "VLM의 vision encoder로 가장 많이 사용됨", "LLaMA-2/3, Mistral, Gemma, Qwen2 채택.",
                "LLaMA, PaLM에서 채택됨", "GPT 계열, LLaMA 사용 .", "SGLang의 RadixAttention", "Static batching의 GPU idle time을 없애",
                "CLIP의 softmax 기반 InfoNCE 대신 sigmoid loss를 사용", "기존 RoPE: 절대 위치", "Mistral의 후속 모델", "BERT를 개선한 모델",
                "o1/o3가 AIME에서 전문가 수준에 도달", "X는 MMLU에서 85.2 점", "extended thinking 지원", "AnyRes 도입으로",
                "BFS/DFS/MCTS로 탐색", "GPT-4 모델로 데이터를 생성", "MLM으로 사전학습", "Hessian을 활용하여", "weight decay 를 사용하는"));
        for (String line : seedAndFixtureLines()) {
            String s = line.replace("`", "").replace("**", "");
            texts.add(s);
            texts.add(UseRules.objectText(s));
            texts.addAll(Layout.sentences(s));
        }
        for (java.util.regex.Pattern p : Gates.gatedPatterns()) {
            int matched = 0;
            for (String t : texts) {
                if (p.matcher(t).find()) {
                    matched++;
                    assertThat(Gates.mayMatch(p, t)).as("the gate of %s on: %s", p, t).isTrue();
                }
            }
            assertThat(matched).as("texts %s matches", p).isPositive();
        }
    }

    @Test
    void particlesAndEdgePunctuationAreRemovedAsByThePatterns() throws IOException {
        java.util.regex.Pattern glued = java.util.regex.Pattern.compile(
                "(?<=[\\p{IsLatin}\\p{IsGreek}\\d)\\]])(?:[\\p{IsHangul}]+)$");
        java.util.regex.Pattern edge = java.util.regex.Pattern.compile("^[\"'“‘]+|[\"'”’.,;:]+$");
        for (String line : seedLines()) {
            for (String word : line.split("[\\s,()]+")) {
                String t = word.strip();
                String particle = Names.startsLatinOrGreek(t) ? glued.matcher(t).replaceFirst("").strip() : t;
                assertThat(Names.stripParticle(word)).as(word).isEqualTo(particle);
                String s = word.replace("**", "").replace("`", "").replace("*", "").strip();
                s = edge.matcher(s).replaceAll("").strip();
                if (s.endsWith(")") && s.chars().filter(c -> c == '(').count() < s.chars().filter(c -> c == ')').count()) {
                    s = s.substring(0, s.length() - 1).strip();
                }
                assertThat(Lexicon.clean(word)).as(word).isEqualTo(Names.stripParticle(s));
            }
        }
    }

    @Test
    void prefixIndexKnowsEveryPrefixOfItsKeysAndNothingElse() {
        PrefixIndex index = new PrefixIndex();
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        java.util.Random random = new java.util.Random(7);
        for (int k = 0; k < 5000; k++) {
            StringBuilder key = new StringBuilder();
            for (int c = 1 + random.nextInt(11); c > 0; c--) {
                key.append("abcgq한국어0.".charAt(random.nextInt(10)));
            }
            index.add(key.toString());
            for (int i = 1; i <= key.length(); i++) {
                prefixes.add(key.substring(0, i));
            }
        }
        for (int k = 0; k < 20000; k++) {
            StringBuilder probe = new StringBuilder();
            for (int c = 1 + random.nextInt(8); c > 0; c--) {
                probe.append("abcgq한국어0.x".charAt(random.nextInt(11)));
            }
            assertThat(index.isPrefix(probe.toString())).as(probe.toString()).isEqualTo(prefixes.contains(probe.toString()));
        }
        assertThat(index.isPrefix("")).isFalse();
    }
}
