package org.llmatlas.search;

import java.util.List;
import java.util.Map;

/**
 * Korean words and the English terms the notes use for the same thing. The notes name most
 * techniques in English and explain them in Korean, so "그룹 쿼리" must reach "Grouped Query
 * Attention" and "강화학습" must reach "Reinforcement Learning".
 */
final class Loanwords {
    private static final Map<String, String> KO_EN = Map.ofEntries(
            Map.entry("쿼리", "query"), Map.entry("그룹", "group"), Map.entry("어텐션", "attention"),
            Map.entry("주의", "attention"), Map.entry("트랜스포머", "transformer"), Map.entry("토큰", "token"),
            Map.entry("모델", "model"), Map.entry("강화", "reinforcement"), Map.entry("학습", "learning"),
            Map.entry("보상", "reward"), Map.entry("인간", "human"), Map.entry("피드백", "feedback"),
            Map.entry("임베딩", "embedding"), Map.entry("디코더", "decoder"), Map.entry("인코더", "encoder"),
            Map.entry("정규화", "normalization"), Map.entry("양자화", "quantization"), Map.entry("증류", "distillation"),
            Map.entry("미세", "fine"), Map.entry("조정", "tuning"), Map.entry("튜닝", "tuning"), Map.entry("파인", "fine"),
            Map.entry("검색", "retrieval"), Map.entry("생성", "generation"), Map.entry("위치", "position"),
            Map.entry("인코딩", "encoding"), Map.entry("평가", "evaluation"), Map.entry("환각", "hallucination"),
            Map.entry("추론", "reasoning"), Map.entry("전문가", "expert"), Map.entry("혼합", "mixture"),
            Map.entry("선호", "preference"), Map.entry("최적화", "optimization"), Map.entry("정책", "policy"),
            Map.entry("지식", "knowledge"), Map.entry("비전", "vision"), Map.entry("언어", "language"),
            Map.entry("행동", "action"), Map.entry("캐시", "cache"), Map.entry("확산", "diffusion"),
            Map.entry("사전", "pre"), Map.entry("지시", "instruction"), Map.entry("프롬프트", "prompt"),
            Map.entry("에이전트", "agent"), Map.entry("벤치마크", "benchmark"), Map.entry("회전", "rotary"),
            Map.entry("슬라이딩", "sliding"), Map.entry("윈도우", "window"), Map.entry("헤드", "head"),
            Map.entry("멀티", "multi"), Map.entry("직접", "direct"), Map.entry("대조", "contrastive"),
            Map.entry("코딩", "coding"), Map.entry("코드", "code"), Map.entry("수학", "math"), Map.entry("안전", "safety"),
            Map.entry("다국어", "multilingual"), Map.entry("대화", "dialogue"), Map.entry("문맥", "context"),
            Map.entry("이미지", "image"), Map.entry("비디오", "video"), Map.entry("음성", "speech"), Map.entry("로봇", "robot"));

    /** Korean compounds and the English phrase they stand for (spaces ignored when matching). */
    private static final Map<String, String> PHRASES = Map.ofEntries(
            Map.entry("강화학습", "reinforcement learning"), Map.entry("그룹쿼리", "grouped query"),
            Map.entry("위치인코딩", "positional encoding"), Map.entry("전문가혼합", "mixture of experts"),
            Map.entry("지식증류", "knowledge distillation"), Map.entry("미세조정", "fine tuning"),
            Map.entry("인간피드백", "human feedback"), Map.entry("멀티쿼리", "multi query"),
            Map.entry("검색증강생성", "retrieval augmented generation"), Map.entry("사전학습", "pre training"));

    private Loanwords() {}

    /** The English phrases whose Korean compound occurs in {@code typed}. */
    static List<String> phrases(String typed) {
        String compact = typed.replaceAll("\\s+", "");
        return PHRASES.entrySet().stream().filter(e -> compact.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /** Every Korean word of the table with its English. */
    static Map<String, String> pairs() {
        return KO_EN;
    }

    /** The English words for one analysed Korean term, or none. */
    static List<String> english(String term) {
        String en = KO_EN.get(term);
        return en == null ? List.of() : List.of(en);
    }
}
