package org.llmatlas.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where prose is split into sentences (the same rule as {@link Layout#SENTENCE_END}, checked on the notes by FastPathsTest). */
class SentencesTest {
    @Test
    void aNameEndingInANumberEndsASentenceButADecimalOrACountDoesNot() {
        assertThat(Layout.sentences("Phi-3, Phi-4. 작은 모델임.")).containsExactly("Phi-3, Phi-4.", "작은 모델임.");
        assertThat(Layout.sentences("Llama 3. 다음 세대임.")).containsExactly("Llama 3.", "다음 세대임.");
        assertThat(Layout.sentences("LLaVA-1.5는 더 좋음. 크기는 7.5 GB임.")).containsExactly("LLaVA-1.5는 더 좋음.", "크기는 7.5 GB임.");
        assertThat(Layout.sentences("방법 1. 데이터 수집")).containsExactly("방법 1. 데이터 수집");
    }

    @Test
    void anAbbreviationDoesNotEndASentence() {
        assertThat(Layout.sentences("설명. e.g. LLaMA-2, Qwen2")).containsExactly("설명.", "e.g. LLaMA-2, Qwen2");
        assertThat(Layout.sentences("GQA vs. MQA 비교.")).containsExactly("GQA vs. MQA 비교.");
    }
}
