package org.llmatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmatlas.web.Atlas;
import org.llmatlas.web.TestAtlas;

class SearchIndexTest {
    private static final String GQA = "https://w3id.org/llm-atlas/concept/gqa";
    private final Atlas atlas = TestAtlas.real();

    private List<String> iris(String q) {
        return atlas.search().search(q, 10).stream().map(SearchIndex.Hit::iri).toList();
    }

    @Test
    void findsGqaByItsAbbreviationFirst() {
        assertThat(iris("gqa")).first().isEqualTo(GQA);
    }

    @Test
    void findsGqaByHyphenatedEnglishName() {
        assertThat(iris("Grouped-Query")).first().isEqualTo(GQA);
    }

    @Test
    void findsGqaByKoreanWordsForGroupAndQuery() {
        assertThat(iris("그룹 쿼리")).first().isEqualTo(GQA);
    }

    @Test
    void findsReinforcementLearningConceptsByTheKoreanCompound() {
        List<SearchIndex.Hit> hits = atlas.search().search("강화학습", 10);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).label()).contains("RLHF");
        assertThat(hits.stream().map(SearchIndex.Hit::label)).anyMatch(l -> l.contains("GRPO"));
    }

    @Test
    void matchesKoreanWordsInsideLongerKoreanPhrases() {
        // "공유" occurs only inside definitions ("공유함", "공유하는"); Nori splits off the endings
        assertThat(iris("공유")).contains(GQA);
    }

    @Test
    void findsDefinitionsWrittenInKoreanByTheEnglishWord() {
        // HumanEval's definition says "코딩 능력 평가"; no name or definition of it has the word "coding"
        assertThat(iris("coding")).contains("https://w3id.org/llm-atlas/concept/humaneval", "https://w3id.org/llm-atlas/concept/livecodebench");
    }

    @Test
    void toleratesASmallTypo() {
        assertThat(iris("Grouped Qeury Attention")).first().isEqualTo(GQA);
    }

    @Test
    void ranksAnExactNameBeforePrefixAndDefinitionHits() {
        List<SearchIndex.Hit> hits = atlas.search().search("RoPE", 5);
        assertThat(hits.get(0).label()).isEqualTo("RoPE");
    }

    @Test
    void returnsNothingForABlankQuery() {
        assertThat(atlas.search().search("  ", 10)).isEmpty();
    }
}
