package org.llmatlas.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.llmatlas.web.TestAtlas;

/** Each question form, in English and Korean, on the seed graph. */
class QuestionServiceTest {
    private static Answer ask(String q) {
        return TestAtlas.real().questions().ask(q);
    }

    private static List<String> labels(Answer a) {
        return a.answers().stream().map(Answer.Item::label).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            which models use GQA            | models that use GQA     | LLaMA-2
            GQA를 사용하는 모델은?            | models that use GQA     | Mistral
            Grouped-Query Attention을 쓰는 모델 | models that use GQA  | LLaMA-3
            models using RoPE               | models that use RoPE    | Mistral
            what does π0 use                | what π0 uses            | Flow Matching
            OpenVLA는 무엇을 사용하나?         | what OpenVLA uses       | SigLIP
            what improves on PPO            | improve on PPO          | GRPO
            PPO를 개선한 방법은?               | improve on PPO          | GRPO
            what does SigLIP improve on     | what SigLIP improves on | CLIP
            what evaluates hallucination    | evaluate Hallucination  | POPE
            how is hallucination evaluated  | evaluate Hallucination  | POPE
            POPE는 무엇을 평가하나?            | what POPE evaluates     | Hallucination
            which models are in the LLaMA family | members of LLaMA family | LLaMA-2
            LLaMA 계열 모델은?                 | members of LLaMA family | LLaMA-3
            what is LLaMA-2 part of         | what LLaMA-2 is part of | LLaMA family
            LoRA란?                         | what LoRA is            | LoRA
            what is QLoRa                   | what QLoRA is           | QLoRA
            Which LLMs adopt RoPE?          | models that use RoPE    | Mistral
            어떤 VLM이 SigLIP을 쓰나?          | models that use SigLIP  | PaLiGemma
            What does pi0 use?              | what π0 uses            | Flow Matching
            PPO보다 나은 방법은?               | improve on PPO          | GRPO
            what outperforms PPO            | improve on PPO          | GRPO
            what came after PPO             | improve on PPO          | GRPO
            환각을 평가하는 벤치마크는?           | evaluate Hallucination  | POPE
            GQA는 어떤 모델에서 쓰이나?          | models that use GQA     | Mistral
            GQA가 적용된 모델                   | models that use GQA     | LLaMA-3
            What is used by Mistral         | what Mistral uses       | GQA
            What is used in OpenVLA?        | what OpenVLA uses       | SigLIP
            Which models rely on RoPE?      | models that use RoPE    | Mistral
            list models with GQA            | models that use GQA     | LLaMA-2
            which llms have rope            | models that use RoPE    | Mistral
            which frameworks support LoRA   | use LoRA                | vLLM
            Which models are mixture of experts? | models that use MoE | DeepSeek-V3
            MoE 모델은?                       | models that use MoE     | DeepSeek-V3
            What does the π0 model use?     | what π0 uses            | Flow Matching
            POPE 벤치마크는 무엇을 평가하나?      | what POPE evaluates     | Hallucination
            which VLA models build on a VLM that uses SigLIP | VLA entities that use something that uses SigLIP | π0
            SigLIP을 쓰는 모델을 쓰는 VLA는?      | VLA entities that use something that uses SigLIP | π0
            OpenVLA는 무엇으로 구성되어 있나?      | parts and members of OpenVLA | SigLIP
            what is QLoRA made of           | parts and members of QLoRA | NF4
            what's newer than LLaVA 1.0     | improve on LLaVA 1.0    | LLaVA-1.5
            RoPE 사용하는 LLM 뭐 있어?          | models that use RoPE    | Mistral
            플래시 어텐션이란?                    | what FlashAttention is  | FlashAttention
            what do GRPO and PPO have in common | compare GRPO and PPO | GRPO improvesOn PPO
            """)
    void answersEachFormInEitherLanguage(String question, String interpretation, String expected) {
        Answer a = ask(question);
        assertThat(a.understood()).isTrue();
        assertThat(a.interpretation()).contains(interpretation);
        assertThat(labels(a)).contains(expected);
        assertThat(a.sparql()).contains("SELECT");
        assertThat(a.answers()).allSatisfy(item -> assertThat(item.evidence()).isNotEmpty());
    }

    @Test
    void definitionsComeFromEveryNoteInBothLanguages() {
        Answer a = ask("what is GQA");
        assertThat(a.answers().get(0).evidence()).extracting(Answer.Evidence::source)
                .contains("keywords-summary.md", "textbook-03-llm-architecture.md");
    }

    @Test
    void questionsAboutAConceptCanBeFilteredByDifficulty() {
        assertThat(ask("RoPE 관련 질문").answers()).hasSizeGreaterThanOrEqualTo(2);
        Answer hard = ask("hard questions about RoPE");
        assertThat(hard.answers()).isNotEmpty().allSatisfy(i -> assertThat(i.detail()).isEqualTo("Hard"));
    }

    @Test
    void aDifficultyWithoutQuestionsOffersTheLevelsThereAre() {
        Answer all = ask("questions about LoRA");
        String missing = java.util.stream.Stream.of("Easy", "Medium", "Hard")
                .filter(d -> all.answers().stream().noneMatch(i -> d.equals(i.detail()))).findFirst().orElseThrow();
        Answer none = ask(missing.toLowerCase() + " questions about LoRA");
        assertThat(none.answers()).isEmpty();
        assertThat(none.suggestions()).isNotEmpty().allSatisfy(s -> assertThat(s).contains("questions about LoRA").doesNotStartWith(missing));
    }

    @Test
    void comparesTwoConceptsInEitherLanguage() {
        for (String q : List.of("compare GQA and MQA", "GQA와 MQA 비교", "GQA와 MQA는 어떻게 다른가?")) {
            Answer a = ask(q);
            assertThat(a.interpretation()).isEqualTo("compare GQA and MQA");
            assertThat(a.answers()).extracting(Answer.Item::detail).contains("only GQA", "only MQA");
        }
    }

    @Test
    void aComparisonOpensWithTheRelationBetweenTheTwoThenWhatEachIs() {
        Answer a = ask("what is the difference between GQA and MQA");
        assertThat(a.answers().get(0).label()).isEqualTo("GQA improvesOn MQA");
        assertThat(a.answers().subList(1, 3)).extracting(Answer.Item::label).containsExactly("GQA", "MQA");
        assertThat(a.answers().get(1).detail()).isNotEmpty();
        assertThat(a.answers()).extracting(Answer.Item::label).doesNotContain("improvesOn → MQA", "improvesOn ← GQA");
    }

    @Test
    void relatesTwoConceptsThroughAPathWithEvidencePerHop() {
        Answer a = ask("how are LLaMA-2 and OpenVLA related");
        assertThat(a.understood()).isTrue();
        assertThat(a.answers()).isNotEmpty().allSatisfy(hop -> assertThat(hop.evidence()).isNotEmpty());
    }

    @Test
    void usersOfAFamilyIncludeUsersOfItsMembersWithTheMemberNamed() {
        for (String q : List.of("which models are based on LLaMA", "LLaMA 기반 모델")) {
            Answer.Item openVla = ask(q).answers().stream().filter(i -> i.label().equals("OpenVLA")).findFirst().orElseThrow();
            assertThat(openVla.detail()).startsWith("via LLaMA-2");
            assertThat(openVla.evidence()).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            who developed Gemma             | Google    |
            which company made LLaMA-2      | Meta      | via LLaMA family
            Qwen은 어디서 만들었나?             | Alibaba   |
            RT-2 개발사                      | Google    |
            who made Mistral                | Mistral AI | via Mistral / Mixtral family
            """)
    void whoDevelopedSomethingIsTheOrganizationNamedBesideItOrBesideItsFamilyOrTheFamilyItIsNamedFor(String question, String maker, String via) {
        Answer a = ask(question);
        assertThat(a.answers()).singleElement().satisfies(i -> {
            assertThat(i.label()).isEqualTo(maker);
            assertThat(i.detail()).isEqualTo(via);
            assertThat(i.evidence()).isNotEmpty();
        });
    }

    @Test
    void anOrganizationIsAnsweredWithWhatItDevelopedAndTheModelsOfItsFamilies() {
        for (String q : List.of("what models does Meta have", "Meta가 만든 모델은?")) {
            assertThat(ask(q).answers()).extracting(Answer.Item::label).contains("LLaMA family", "LLaMA-2")
                    .allSatisfy(label -> assertThat(label).startsWith("LLaMA"));
        }
        assertThat(ask("what models does Google have").answers()).extracting(Answer.Item::label).contains("Gemma 2", "RT-2");
        assertThat(ask("Did Meta develop LLaMA?").interpretation()).endsWith(": yes");
        assertThat(ask("Did Google develop LLaMA?").interpretation()).endsWith("the notes do not say so");
        // a relation cue comes first: these ask about uses, not makers
        assertThat(ask("GQA는 어디서 쓰이나?").interpretation()).contains("that use GQA");
        assertThat(ask("GQA를 사용해 만든 모델은?").interpretation()).contains("that use GQA");
    }

    @Test
    void anEntityNoNoteDefinesIsDescribedByWhatTheNotesStateAboutIt() {
        Answer a = ask("what is Value Model");
        assertThat(a.interpretation()).endsWith("no note defines it; what they state about it");
        assertThat(a.answers()).extracting(Answer.Item::label).contains("Value Model", "PPO uses Value Model", "Value Model partOf PPO");
        assertThat(a.answers().subList(1, a.answers().size())).allSatisfy(i -> assertThat(i.evidence()).isNotEmpty());
        // a defined entity is answered by its definition alone
        assertThat(ask("what is GRPO").answers()).singleElement().satisfies(i -> assertThat(i.detail()).contains("advantage"));
    }

    @Test
    void whatABenchmarkEvaluatesFallsBackToItsDefinitionWhenTheNotesNameNoConcept() {
        for (String q : List.of("what does MMLU evaluate", "MMLU는 무엇을 평가하나?")) {
            Answer a = ask(q);
            assertThat(a.interpretation()).endsWith("in its definition's words");
            assertThat(a.answers()).singleElement().satisfies(i -> {
                assertThat(i.detail()).contains("평가");
                assertThat(i.evidence()).isNotEmpty();
            });
        }
        // named concepts answer as edges, not as the definition
        assertThat(ask("what does POPE evaluate").answers()).extracting(Answer.Item::label).contains("Object Hallucination");
    }

    @Test
    void whatAFamilyUsesIncludesWhatItsMembersUseWithTheMemberNamed() {
        for (String q : List.of("what does LLaVA use", "LLaVA 계열은 무엇을 사용하나")) {
            Answer a = ask(q);
            Answer.Item projector = a.answers().stream().filter(i -> i.label().equals("MLP Projector")).findFirst().orElseThrow();
            assertThat(projector.detail()).contains("LLaVA-1.5");
            assertThat(projector.evidence()).isNotEmpty();
            assertThat(a.answers()).extracting(Answer.Item::label).doesNotContain("LLaVA-1.5", "LLaVA family");
        }
        // a model's own uses are not marked as coming through anything
        assertThat(ask("what does OpenVLA use").answers()).isNotEmpty().allSatisfy(i -> assertThat(i.detail()).isNull());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Does LLaMA-2 use GQA?                 | GQA
            LLaMA-2는 GQA를 사용하나?               | GQA
            Is GQA used in Mistral?               | Mistral
            GQA가 LLaMA-2에 적용되었나?              | LLaMA-2
            Does GRPO improve on PPO?             | PPO
            Is LLaMA-2 part of the LLaMA family?  | LLaMA family
            """)
    void aYesNoQuestionAnswersWithTheOneStatementAskedAbout(String question, String expected) {
        Answer a = ask(question);
        assertThat(a.interpretation()).startsWith("whether " + expected).endsWith(": yes");
        assertThat(labels(a)).containsExactly(expected);
        assertThat(a.answers().get(0).evidence()).isNotEmpty();
    }

    @Test
    void aYesNoQuestionTheNotesDoNotSupportSaysSoAndOffersTheOpenQuestion() {
        Answer a = ask("Does BERT use GQA?");
        assertThat(a.understood()).isTrue();
        assertThat(a.answers()).isEmpty();
        assertThat(a.interpretation()).endsWith("the notes do not say so");
        assertThat(a.suggestions()).containsExactly("what BERT uses");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"which LLaMA models use GQA", "GQA를 사용하는 LLaMA 모델은?", "LLaMA 계열 중 GQA를 쓰는 모델은?",
            "which models in the LLaMA family use GQA"})
    void aFamilyNamedAsTheScopeNarrowsTheAnswersToItsMembers(String question) {
        Answer a = ask(question);
        assertThat(a.interpretation()).isEqualTo("models of LLaMA family that use GQA");
        assertThat(labels(a)).containsExactlyInAnyOrder("LLaMA-2", "LLaMA-3");
    }

    @Test
    void typeWordsConstrainTheAnswers() {
        assertThat(ask("which benchmarks evaluate hallucination").answers())
                .allSatisfy(i -> assertThat(i.type()).isEqualTo("Benchmark"));
    }

    @Test
    void ambiguousOrMisspelledNamesStillResolve() {
        assertThat(labels(ask("which models use gqa?"))).contains("LLaMA-2");
        assertThat(labels(ask("which models use GQAA"))).contains("LLaMA-2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            list the model families       | all model families | ModelFamily | LLaMA family
            모델 계열 목록                   | all model families | ModelFamily | Qwen family
            어떤 벤치마크가 있나?               | all benchmarks     | Benchmark   | MMLU
            which companies are there     | all organizations  | Organization | Meta
            metrics                       | all metrics        | Metric      | Perplexity
            """)
    void aQuestionNamingOnlyATypeListsEverythingOfIt(String question, String interpretation, String type, String expected) {
        Answer a = ask(question);
        assertThat(a.interpretation()).isEqualTo(interpretation);
        assertThat(a.answers()).allSatisfy(i -> assertThat(i.type()).isEqualTo(type));
        assertThat(labels(a)).contains(expected).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(a.answers().stream().filter(i -> i.label().equals(expected)).findFirst().orElseThrow().evidence()).isNotEmpty();
    }

    @Test
    void aDifficultyWithoutANameListsTheQuestionsOfThatDifficulty() {
        for (String q : List.of("hard questions", "어려운 면접 질문 보여줘")) {
            Answer a = ask(q);
            assertThat(a.interpretation()).isEqualTo("all Hard questions");
            assertThat(a.answers()).isNotEmpty().allSatisfy(i -> assertThat(i.evidence()).isNotEmpty());
        }
        assertThat(ask("medium questions").answers()).extracting(Answer.Item::iri)
                .doesNotContainAnyElementsOf(ask("hard questions").answers().stream().map(Answer.Item::iri).toList());
    }

    @Test
    void aTypeWithARelationButNoNameIsNotAList() {
        assertThat(ask("which models use").understood()).isFalse();
        assertThat(ask("which benchmarks evaluate reasoning").interpretation()).doesNotStartWith("all ");
    }

    @Test
    void whatNoNameOfTheAtlasSaysIsFoundInTheNotesTextForTheTypeAsked() {
        for (String q : List.of("which benchmarks evaluate coding", "코딩을 평가하는 벤치마크는?")) {
            Answer a = ask(q);
            assertThat(a.understood()).as(q).isTrue();
            assertThat(a.interpretation()).as(q).startsWith("benchmarks whose notes mention").contains("text search");
            assertThat(labels(a)).as(q).contains("HumanEval", "LiveCodeBench").doesNotContain("MMLU", "POPE");
            assertThat(a.answers()).allSatisfy(i -> {
                assertThat(i.type()).isEqualTo("Benchmark");
                assertThat(i.evidence()).isNotEmpty();
            });
        }
        assertThat(ask("what is the meaning of life").understood()).isFalse(); // asks for nothing of a type
    }

    @Test
    void unmappableQuestionGetsSuggestionsNotAnError() {
        Answer a = ask("what is the meaning of life");
        assertThat(a.understood()).isFalse();
        assertThat(a.suggestions()).isNotEmpty();
        assertThat(ask("").understood()).isFalse();
    }
}
