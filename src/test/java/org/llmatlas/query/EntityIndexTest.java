package org.llmatlas.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.llmatlas.store.TdbStore;

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
    void aPluralNameFindsTheThingNamedInTheSingularButAShortWordEndingInSDoesNot() {
        EntityIndex index = index(entry("Random Negative", "Concept"), entry("LLM", "Concept"), entry("Ga", "Concept"));
        assertThat(labels(index.exact("random negatives"))).containsExactly("Random Negative");
        assertThat(labels(index.exact("LLMs를"))).containsExactly("LLM");
        assertThat(index.exact("gas")).isEmpty(); // a short word ending in s is no plural
    }

    @Test
    void aGlossaryNameLinksToTheEntityEvenWhenASectionHasTheSameName() {
        EntityIndex index = EntityIndex.of(List.of(entry("FlashAttention", "Concept"), entry("4.2. Flash Attention", "Topic")),
                Map.of("플래시 어텐션", "Flash Attention"));
        assertThat(labels(index.resolve("플래시 어텐션을"))).containsExactly("FlashAttention");
    }

    @Test
    void anUpdateDropsAnEntityNoGraphDescribesAndMovesItsGlossaryNameToAnother() {
        try (TdbStore store = TdbStore.inMemory(); RDFConnection conn = store.connect()) {
            store.replaceGraphs(graph("urn:g:1", "urn:x:flash", "FlashAttention"));
            EntityIndex before = EntityIndex.load(conn);
            assertThat(before.best("플래시 어텐션").iri()).isEqualTo("urn:x:flash");

            Dataset next = graph("urn:g:1", "urn:x:flash2", "FlashAttention");
            store.replaceGraphs(next);
            EntityIndex after = before.updated(conn, List.of("urn:x:flash", "urn:x:flash2"));
            assertThat(after.byIri("urn:x:flash")).isNull();
            assertThat(after.best("플래시 어텐션").iri()).isEqualTo("urn:x:flash2");
            assertThat(after.best("FlashAttention").iri()).isEqualTo("urn:x:flash2");
            assertThat(before.best("플래시 어텐션").iri()).as("the index updated from is unchanged").isEqualTo("urn:x:flash");
        }
    }

    /** A dataset with one named graph describing one concept. */
    private static Dataset graph(String graph, String iri, String label) {
        Dataset ds = DatasetFactory.create();
        Model m = ds.getNamedModel(graph);
        m.createResource(iri).addProperty(RDF.type, m.createResource(org.llmatlas.vocab.Atlas.NS + "Concept"))
                .addProperty(RDFS.label, label, "en");
        return ds;
    }
}
