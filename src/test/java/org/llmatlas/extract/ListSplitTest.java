package org.llmatlas.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ListSplit#split} splits where its pattern does, piece for piece, on every line, sentence and clause of the notes. */
class ListSplitTest {
    private static final List<String> EDGES = List.of("", " ", ",", ", ", " ,", "a", "a,b", "a , b", "a,,b", "a,", "a, ", ",a", " , a",
            "A and B", "A  and  B", "A and and B", "A andB", "Aand B", "A and", "and B", " and B", "A or B", "A 또는 B", "A 및 B", "A및 B",
            "GPT와 BERT", "GPT 와 BERT", "GPT와BERT", "T5)와 X", "1과 2", "한국어와 영어", "와 X", "A와", "A，B、C", "A\tand\nB",
            "A\u00A0and B", "x와 \u000By", "LLaMA, Mistral 및 Qwen 또는 Gemma와 GPT-4 and PaLM or T5", "A , , B", "A, and B");

    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>(EDGES);
        for (String line : NoteLines.all()) {
            out.add(line);
            for (String sentence : Layout.sentences(line)) {
                out.add(sentence);
                out.addAll(List.of(sentence.split("[:;()]")));
            }
        }
        return out;
    }

    @Test
    void aListIsSplitWhereTheListPatternSplitsIt() throws IOException {
        for (String t : texts()) {
            assertThat(ListSplit.split(t)).as(t).containsExactly(ListSplit.PATTERN.split(t));
            assertThat(ListSplit.split(t.strip())).as(t).containsExactly(ListSplit.PATTERN.split(t.strip()));
        }
    }
}
