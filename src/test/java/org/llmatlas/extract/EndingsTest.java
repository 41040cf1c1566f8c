package org.llmatlas.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndingsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            보상 모델과 PPO 알고리즘을 사용합니다.          | 보상 모델과 PPO 알고리즘을 사용함.
            Llama 3 등 최신 모델의 표준입니다.             | Llama 3 등 최신 모델의 표준임.
            LayerNorm에서 평균 계산을 제외하여 속도를 높입니다. | LayerNorm에서 평균 계산을 제외하여 속도를 높임.
            Mistral에 도입되었습니다                      | Mistral에 도입되었음
            MMLU로 평가됩니다. 정확도는 높습니다.            | MMLU로 평가됨. 정확도는 높음.
            비용이 없습니다                              | 비용이 없음
            LLaMA가 사용함.                            | LLaMA가 사용함.
            니다 로 시작하는 말                            | 니다 로 시작하는 말
            아니다                                     | 아니다
            어니다니다                                  | 어니다니다
            """)
    void politeEndingsReadAsTheNotesPlainEndings(String polite, String plain) {
        assertThat(Endings.plain(polite)).isEqualTo(plain);
    }
}
