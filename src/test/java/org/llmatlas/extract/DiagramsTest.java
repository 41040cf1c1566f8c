package org.llmatlas.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramsTest {
    @Test
    void numberedStepsJoinedByArrowsFromTheFirstLineAreStages() {
        String diagram = """
                1. Draft Model: K개 토큰을 빠르게 생성
                   ↓
                2. Target Model: 한 번에 검증 (병렬)
                   ↓
                3. Rejection Sampling: 다시 생성
                """;
        assertThat(Diagrams.steps(diagram, 10)).extracting(Diagrams.Part::name, Diagrams.Part::line)
                .containsExactly(tuple("Draft Model", 10), tuple("Target Model", 12),
                        tuple("Rejection Sampling", 14));
    }

    @Test
    void stepsWithSubLinesAndKoreanTextKeepTheNameTheyOpenWith() {
        String diagram = """
                Step 1: SFT
                  - 목적: 지시 따르기

                  ↓

                Step 2: Reward Model 학습
                  ↓
                Step 3: PPO로 policy 최적화
                """;
        assertThat(Diagrams.steps(diagram, 1)).extracting(Diagrams.Part::name).containsExactly("SFT", "Reward Model", "PPO");
    }

    @Test
    void aFlowOpeningOnAnActorOrStepsWithoutArrowsAreNoStages() {
        assertThat(Diagrams.steps("User: 요청\n\n1. Router: 분배\n   ↓\n2. Worker: 생성\n", 1)).isEmpty();
        assertThat(Diagrams.steps("Step 1: Tokenizer\nStep 2: Detokenizer\n", 1)).isEmpty();
    }

    @Test
    void aResultsHeaderInsideTheDiagramGivesItsNamesAndRowsUpToABlankLine() {
        String diagram = """
                실험 결과 (MMLU, GSM8K):
                Mixtral 8x7B: 70.6
                Speedup: 2.4배

                Parameters: 47B
                """;
        List<Diagrams.Results> results = Diagrams.results(diagram, 5, null, 0);
        assertThat(results).hasSize(1);
        assertThat(results.get(0).names()).containsExactly("MMLU", "GSM8K");
        assertThat(results.get(0).rows()).extracting(Diagrams.Row::label).containsExactly("Mixtral 8x7B", "Speedup");
    }

    @Test
    void aBoldResultsLabelOverTheDiagramMakesAllOfItARowTable() {
        List<Diagrams.Results> results = Diagrams.results("Zephyr-7B (DPO): 7.34\nLLaMA 2-Chat 70B: 6.86\n", 20, "실험 결과 (MT-Bench):", 18);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(18);
            assertThat(r.names()).containsExactly("MT-Bench");
            assertThat(r.rows()).extracting(Diagrams.Row::label).containsExactly("Zephyr-7B (DPO)", "LLaMA 2-Chat 70B");
        });
    }

    @Test
    void roleLinesAreLatinRolesWithTheirValues() {
        assertThat(Diagrams.roles("Mixtral 8x7B\n  - Base: Mistral 7B 구조\n  - 총 파라미터: 47B\n", 1))
                .extracting(Diagrams.Role::role, Diagrams.Role::value).containsExactly(tuple("Base", "Mistral 7B 구조"));
    }

    @Test
    void latinAsidesAreNamesAndKoreanOrCountAsidesAreNot() {
        assertThat(Diagrams.asides("1. Retrieval (검색)\n   - Candidate Retrieval (Bi-encoder)\n2. Scoring (128 docs)\n", 1))
                .extracting(Diagrams.Part::name).containsExactly("Bi-encoder");
    }

    @Test
    void aListedItemIsDescribedByTheTextAfterItsColonAndTheItemsIndentedUnderIt() {
        String diagram = """
                1. MT-Bench
                   - GPT-4가 judge로 채점
                - MMLU: 57개 과목 객관식
                """;
        assertThat(Diagrams.described(diagram, 1)).extracting(Diagrams.Described::name, Diagrams.Described::text).containsExactly(
                tuple("MT-Bench", "GPT-4가 judge로 채점"), tuple("MMLU", "57개 과목 객관식"));
    }
}
