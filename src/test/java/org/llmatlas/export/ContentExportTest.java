package org.llmatlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmatlas.web.Atlas;
import org.w3c.dom.Document;

/**
 * The three selections of issue 7 on the real notes: the depth-2 neighbourhood of GQA, the "Alignment"
 * sections (all sections whose heading contains the word, across notes), and the Hard questions of the
 * VLA sections. The store is built once for the class from {@code content/}.
 */
class ContentExportTest {
    static Atlas atlas;
    static Selections selections;
    static Exporter exporter;
    static List<Selection> all;

    @BeforeAll
    static void build() {
        atlas = Fixtures.content();
        selections = Fixtures.selections(atlas);
        exporter = Fixtures.exporter(atlas);
        all = List.of(selections.focus("GQA", 2, Set.of(), 60), selections.topic("Alignment"),
                selections.questions(QuestionFilter.parse("difficulty:Hard,topic:VLA")));
    }

    static Stream<Integer> selectionIndexes() {
        return Stream.of(0, 1, 2);
    }

    @Test
    void theThreeSelectionsAreNotEmpty() {
        assertThat(all.get(0).nodes()).contains("https://w3id.org/llm-atlas/concept/gqa").hasSizeGreaterThan(5);
        assertThat(all.get(1).nodes()).contains("https://w3id.org/llm-atlas/topic/further-questions/5-alignment",
                "https://w3id.org/llm-atlas/topic/keywords-summary/alignment-rlhf-dpo-grpo", "https://w3id.org/llm-atlas/concept/dpo");
        assertThat(all.get(2).nodes()).anyMatch(n -> n.startsWith("https://w3id.org/llm-atlas/question/further-questions-q"));
        assertThat(exporter.export(all.get(2), Format.ANKI).text().lines().filter(l -> l.contains("difficulty::Hard")).count()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("selectionIndexes")
    void turtleJsonLdAndNTriplesReimportIsomorphicToTheSelection(int i) {
        Selection s = all.get(i);
        Model expected = s.model();
        assertThat(expected.size()).isPositive();
        for (var f : List.of(Format.TTL, Format.JSONLD, Format.NT)) {
            Model back = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(exporter.export(s, f).bytes()))
                    .lang(f == Format.TTL ? Lang.TURTLE : f == Format.JSONLD ? Lang.JSONLD : Lang.NTRIPLES).parse(back);
            assertThat(back.isIsomorphicWith(expected)).as("%s round-trips for %s", f.id(), s.title()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("selectionIndexes")
    void trigReimportsToTheSameDatasetWithOneGraphPerNote(int i) {
        Selection s = all.get(i);
        Dataset back = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(exporter.export(s, Format.TRIG).bytes())).lang(Lang.TRIG).parse(back);
        List<String> names = new ArrayList<>();
        s.dataset().listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        List<String> backNames = new ArrayList<>();
        back.listModelNames().forEachRemaining(r -> backNames.add(r.getURI()));
        assertThat(backNames).containsExactlyInAnyOrderElementsOf(names).allMatch(n -> n.startsWith("https://w3id.org/llm-atlas/graph/"));
        for (String g : names) {
            assertThat(back.getNamedModel(g).isIsomorphicWith(s.dataset().getNamedModel(g))).as(g).isTrue();
        }
        assertThat(back.getDefaultModel().isIsomorphicWith(s.dataset().getDefaultModel())).isTrue();
    }

    @ParameterizedTest
    @MethodSource("selectionIndexes")
    void graphmlParsesWithTheExpectedNodeAndEdgeCounts(int i) throws Exception {
        Selection s = all.get(i);
        GraphView v = GraphView.of(s);
        Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(exporter.export(s, Format.GRAPHML).bytes()));
        assertThat(doc.getElementsByTagNameNS(GraphMl.NS, "node").getLength()).isEqualTo(v.nodes().size()).isPositive();
        assertThat(doc.getElementsByTagNameNS(GraphMl.NS, "edge").getLength()).isEqualTo(v.edges().size());
    }

    @ParameterizedTest
    @MethodSource("selectionIndexes")
    void dotRendersWithGraphviz(int i) {
        Fixtures.assumeGraphviz();
        String svg = new String(Graphviz.defaults().render(exporter.export(all.get(i), Format.DOT).text(), "svg"));
        assertThat(svg).contains("<svg").contains("class=\"cluster\"");
    }

    @ParameterizedTest
    @MethodSource("selectionIndexes")
    void studyOrderRespectsEveryUsesAndImprovesOnEdgeNotInAReportedCycle(int i) {
        GraphView v = GraphView.of(all.get(i));
        StudyOrder.Result r = StudyMap.order(v);
        List<String> nodes = v.nodes().stream().filter(n -> !n.type().equals("Question")).map(GraphView.ViewNode::id).toList();
        List<StudyOrder.Prerequisite> edges = v.edges().stream().filter(e -> e.relation().equals("uses") || e.relation().equals("improvesOn"))
                .map(e -> new StudyOrder.Prerequisite(e.source(), e.target(), e.relation())).toList();
        StudyOrderTest.assertRespects(nodes, edges, r);
        assertThat(exporter.export(all.get(i), Format.STUDYMAP).text()).contains("- [ ] **", "## Cycles broken");
    }

    @ParameterizedTest
    @MethodSource("selectionIndexes")
    void everyTextFormatExportsWithoutError(int i) {
        for (Format f : Format.values()) {
            if (f == Format.SVG || f == Format.PNG) {
                continue;
            }
            Exporter.Output out = exporter.export(all.get(i), f);
            assertThat(out.bytes()).as(f.id()).isNotEmpty();
            assertThat(out.fileName()).matches("atlas-[a-z0-9-]+\\.[a-z]+");
        }
    }

    @Test
    void theNeighbourhoodOfAMakerHoldsWhatItDevelopedWithEvidence() {
        Selection google = selections.focus("Google", 1, Set.of(), 60);
        Model m = google.model();
        var developedBy = m.createProperty("https://w3id.org/llm-atlas/ontology#developedBy");
        var made = m.listSubjectsWithProperty(developedBy, m.createResource("https://w3id.org/llm-atlas/concept/google")).toList();
        assertThat(made).hasSizeGreaterThan(1);
        assertThat(exporter.export(google, Format.MERMAID).text()).contains("|developedBy|");
        var evidenced = m.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.predicate, developedBy)
                .mapWith(e -> e.getPropertyResourceValue(org.apache.jena.vocabulary.RDF.subject)).toSet();
        assertThat(evidenced).containsExactlyInAnyOrderElementsOf(made);
        assertThat(selections.focus("Google", 1, Set.of("uses"), 60).nodes()).hasSize(1);
    }
}
