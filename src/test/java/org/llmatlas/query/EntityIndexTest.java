package org.llmatlas.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityIndexTest {
    private static EntityIndex index(EntityIndex.Entry... entries) {
        return EntityIndex.of(List.of(entries), Map.of());
    }

    private static EntityIndex.Entry entry(String label, String type, String... names) {
        Set<String> all = new java.util.LinkedHashSet<>(List.of(label));
        all.addAll(List.of(names));
        return new EntityIndex.Entry("urn:x:" + label.replace(' ', '_'), label, type, all);
    }

    private static List<String> labels(List<EntityIndex.Match> matches) {
        return matches.stream().map(m -> m.entry().label()).toList();
    }

    @Test
    void aTypoResolvesButAnotherVersionNumberDoesNot() {
        EntityIndex index = index(entry("LLaMA-3", "Model"), entry("Mistral", "Model"));
        assertThat(labels(index.resolve("Mistrall"))).containsExactly("Mistral");
        assertThat(labels(index.resolve("LLaMa 3"))).containsExactly("LLaMA-3");
        assertThat(index.resolve("LLaMA-4")).isEmpty();
    }

    @Test
    void aGlossaryNameLinksToTheEntityEvenWhenASectionHasTheSameName() {
        EntityIndex index = EntityIndex.of(List.of(entry("FlashAttention", "Concept"), entry("4.2. Flash Attention", "Topic")),
                Map.of("플래시 어텐션", "Flash Attention"));
        assertThat(labels(index.resolve("플래시 어텐션을"))).containsExactly("FlashAttention");
    }
}
