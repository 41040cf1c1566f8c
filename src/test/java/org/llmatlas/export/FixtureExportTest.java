package org.llmatlas.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmatlas.web.Atlas;
import org.w3c.dom.Document;

/** Formats and escaping on the small fixture (one hostile label); Mermaid checked against golden files. */
class FixtureExportTest {
    static final String EVIL = "Evil \"A\" <script>alert(1)</script> | [x] {y} # ; \\N `tick`\nsecond line";
    static final Path GOLDEN = Path.of("src/test/resources/export");

    static Atlas atlas;
    static Selections selections;
    static Exporter exporter;

    @BeforeAll
    static void build() {
        atlas = Fixtures.fixture();
        selections = Fixtures.selections(atlas);
        exporter = Fixtures.exporter(atlas);
    }

    private String text(Selection s, Format f) {
        return exporter.export(s, f).text();
    }

    private Selection evil() {
        return selections.focus("https://w3id.org/llm-atlas/concept/evil", 3, Set.of(), 60);
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("export.updateGoldens") || !Files.exists(file)) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void mermaidFlowchartMatchesItsGoldenFile() throws IOException {
        assertGolden("focus-evil.mmd", text(evil(), Format.MERMAID));
    }

    @Test
    void mermaidMindmapOfATopicMatchesItsGoldenFile() throws IOException {
        assertGolden("topic-fixture.mmd", text(selections.topic("Fixture Topics"), Format.MINDMAP));
    }

    @Test
    void studyOrderDiagramMatchesItsGoldenFile() throws IOException {
        assertGolden("study-order-evil.mmd", text(evil(), Format.STUDYMAP_MERMAID));
    }

    @Test
    void mermaidLabelsCarryNoRawMarkupQuotesOrLineBreaks() {
        String mmd = text(evil(), Format.MERMAID);
        assertThat(mmd).doesNotContain("<script>", "[x]", "{y}", "\"A\"", "`tick`")
                .contains("#quot;A#quot; #60;script#62;alert#40;1#41;#60;/script#62; #124; #91;x#93; #123;y#125; #35; #59; #92;N #96;tick#96; second line");
    }

    @Test
    void focusSelectionHoldsNodesRelationsSectionsAndEvidence() {
        Selection s = evil();
        assertThat(s.nodes()).containsExactlyInAnyOrder(
                "https://w3id.org/llm-atlas/concept/evil", "https://w3id.org/llm-atlas/concept/bee",
                "https://w3id.org/llm-atlas/concept/sea", "https://w3id.org/llm-atlas/concept/dee",
                "https://w3id.org/llm-atlas/concept/bench");
        String ttl = text(s, Format.TTL);
        assertThat(ttl).contains("evidence/fix/1", "evidence/fix/2", "evidence/fix/3", "topic/fix/sub", "fix.md");
        assertThat(s.dataset().containsNamedModel("https://w3id.org/llm-atlas/graph/fix")).isTrue();
    }

    @Test
    void relationFilterKeepsOnlyThoseRelations() {
        Selection s = selections.focus("Bee", 2, Set.of("uses"), 60);
        GraphView v = GraphView.of(s);
        assertThat(v.edges()).extracting(GraphView.ViewEdge::relation).containsOnly("uses");
    }

    @Test
    void graphmlParsesAsXmlAndKeepsTheHostileLabelIntact() throws Exception {
        Selection s = evil();
        Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(exporter.export(s, Format.GRAPHML).bytes()));
        assertThat(doc.getElementsByTagNameNS(GraphMl.NS, "node").getLength()).isEqualTo(5);
        assertThat(doc.getElementsByTagNameNS(GraphMl.NS, "edge").getLength()).isEqualTo(5);
        assertThat(doc.getElementsByTagNameNS(GraphMl.Y, "ShapeNode").getLength()).isEqualTo(5);
        String labels = doc.getElementsByTagNameNS(GraphMl.NS, "data").item(0).getTextContent();
        assertThat(labels).isEqualTo("Bee");
        assertThat(text(s, Format.GRAPHML)).contains(EVIL.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }

    @Test
    void dotEscapesQuotesBackslashesAndLineBreaks() {
        String dot = text(evil(), Format.DOT);
        assertThat(dot).contains("label=\"Evil \\\"A\\\" <script>alert(1)</script> | [x] {y} # ; \\\\N `tick` second line\"");
    }

    @Test
    void dotRendersWithGraphvizToSvgAndPng() {
        Fixtures.assumeGraphviz();
        String svg = text(evil(), Format.SVG);
        assertThat(svg).contains("<svg", "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        byte[] png = exporter.export(evil(), Format.PNG).bytes();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void csvZipHoldsNodesAndEdgesWithQuotedFields() throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(exporter.export(evil(), Format.CSV).bytes()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsOnlyKeys("nodes.csv", "edges.csv");
        assertThat(files.get("nodes.csv")).startsWith("\uFEFFId,Label,Type")
                .contains("\"" + EVIL.replace("\"", "\"\"") + "\"");
        assertThat(files.get("edges.csv").lines().count()).isEqualTo(6);
    }

    @Test
    void csvCellsThatLookLikeFormulasAreDefused() {
        assertThat(Escape.csv("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Escape.csv("plain")).isEqualTo("plain");
    }

    @Test
    void cytoscapeJsonHasElementsNodesAndEdgesWithTheExactLabel() {
        JsonObject json = JsonParser.parseString(text(evil(), Format.CYJS)).getAsJsonObject();
        var elements = json.getAsJsonObject("elements");
        assertThat(elements.getAsJsonArray("nodes")).hasSize(5);
        assertThat(elements.getAsJsonArray("edges")).hasSize(5);
        assertThat(elements.getAsJsonArray("nodes").asList()).anyMatch(n ->
                n.getAsJsonObject().getAsJsonObject("data").get("label").getAsString().equals(EVIL));
    }

    @Test
    void studyMapBreaksTheCycleAndReportsTheBrokenEdge() {
        String md = text(evil(), Format.STUDYMAP);
        assertThat(md).contains("## Cycles broken", "- [ ] **Bench**", "(fix.md:4)")
                .contains("**Evil \"A\" &lt;script&gt;alert(1)&lt;/script&gt; \\| \\[x\\] \\{y\\} \\# ; \\\\N \\`tick\\` second line**")
                .doesNotContain("None: every prerequisite");
        GraphView v = GraphView.of(evil());
        StudyOrder.Result r = StudyMap.order(v);
        assertThat(r.cycles()).hasSize(1);
        assertThat(r.broken()).hasSize(1);
    }

    @Test
    void ankiDeckHasHeadersEscapedHtmlAndQuotedFields() {
        String tsv = text(evil(), Format.ANKI);
        assertThat(tsv).startsWith("#separator:tab\n#html:true\n#tags column:3\n");
        String card = tsv.substring(tsv.indexOf("#columns:"));
        card = card.substring(card.indexOf('\n') + 1);
        assertThat(card).startsWith("Why is &quot;Evil&quot; &lt;script&gt; so <code>evil</code>?\t\"<p>Because:</p>\n")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "<strong>bold</strong>", "llm-atlas topic::sub difficulty::Hard", "\tfix.md:9\n")
                .doesNotContain("<script>");
    }

    @Test
    void questionSelectionTakesQuestionsTheirConceptsAndOneHop() {
        Selection s = selections.questions(QuestionFilter.parse("difficulty:Hard,topic:Sub"));
        assertThat(s.nodes()).containsExactly("https://w3id.org/llm-atlas/question/fix-q1",
                "https://w3id.org/llm-atlas/concept/evil", "https://w3id.org/llm-atlas/concept/bee");
        assertThat(selections.questions(QuestionFilter.parse("difficulty:Easy")).nodes()).isEmpty();
    }

    @Test
    void constructSelectionExportsTheBuiltGraph() {
        Selection s = selections.construct("PREFIX atlas: <https://w3id.org/llm-atlas/ontology#>\n"
                + "CONSTRUCT { ?s atlas:uses ?o } WHERE { ?s atlas:uses ?o }", "uses");
        assertThat(s.model().size()).isEqualTo(3);
        assertThat(s.nodes()).hasSize(4);
        assertThatThrownBy(() -> selections.construct("SELECT * WHERE { ?s ?p ?o }", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only CONSTRUCT");
        assertThatThrownBy(() -> selections.construct("DELETE WHERE { ?s ?p ?o }", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a SPARQL query");
    }

    @Test
    void unknownNamesAndBadParametersAreUserErrors() {
        assertThatThrownBy(() -> selections.focus("no such thing at all", 1, Set.of(), 10)).hasMessageContaining("no entity named");
        assertThatThrownBy(() -> selections.focus("Bee", 9, Set.of(), 10)).hasMessageContaining("depth");
        assertThatThrownBy(() -> selections.focus("Bee", 1, Set.of("likes"), 10)).hasMessageContaining("unknown relation");
        assertThatThrownBy(() -> selections.topic("Nothing Here Zzz")).hasMessageContaining("no topic");
        assertThatThrownBy(() -> QuestionFilter.parse("level:3")).hasMessageContaining("unknown question filter key");
        assertThatThrownBy(() -> QuestionFilter.parse("difficulty:Brutal")).hasMessageContaining("Easy, Medium or Hard");
        assertThatThrownBy(() -> Format.parse("pdf")).hasMessageContaining("unknown format");
    }
}
