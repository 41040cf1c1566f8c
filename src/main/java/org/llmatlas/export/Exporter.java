package org.llmatlas.export;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.jena.rdfconnection.RDFConnection;
import org.llmatlas.query.Sparql;

/**
 * Renders a {@link Selection} in a {@link Format}:
 * <pre>
 *   Exporter.Output out = new Exporter(atlas::connect, atlas.sparql(), Graphviz.defaults()).export(selection, Format.GRAPHML);
 *   Files.write(Path.of(out.fileName()), out.bytes());
 * </pre>
 */
public final class Exporter {
    /** The bytes, the content type to serve them with, and a file name ({@code atlas-gqa-depth-2.graphml}). */
    public record Output(byte[] bytes, String contentType, String fileName) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final QuizDeck deck;
    private final Graphviz graphviz;

    public Exporter(Supplier<RDFConnection> connections, Sparql sparql, Graphviz graphviz) {
        this.deck = new QuizDeck(Objects.requireNonNull(connections, "connections may not be null"),
                Objects.requireNonNull(sparql, "sparql may not be null"));
        this.graphviz = Objects.requireNonNull(graphviz, "graphviz may not be null");
    }

    public Output export(Selection s, Format f) {
        byte[] bytes = switch (f) {
            case TTL, JSONLD, TRIG, NT -> RdfFormats.write(s, f);
            case CSV -> CsvZip.write(GraphView.of(s));
            case PNG -> graphviz.render(Dot.write(GraphView.of(s)), "png");
            case SVG -> graphviz.render(Dot.write(GraphView.of(s)), "svg");
            default -> text(s, f).getBytes(StandardCharsets.UTF_8);
        };
        return new Output(bytes, f.contentType(), fileName(s, f));
    }

    private String text(Selection s, Format f) {
        return switch (f) {
            case GRAPHML -> GraphMl.write(GraphView.of(s));
            case DOT -> Dot.write(GraphView.of(s));
            case MERMAID -> Mermaid.flowchart(GraphView.of(s));
            case MINDMAP -> Mermaid.mindmap(GraphView.of(s));
            case CYJS -> CytoscapeJson.write(GraphView.of(s));
            case STUDYMAP -> StudyMap.markdown(GraphView.of(s));
            case STUDYMAP_MERMAID -> StudyMap.mermaid(GraphView.of(s));
            case ANKI -> deck.tsv(s);
            default -> throw new IllegalArgumentException("not a text format: " + f.id());
        };
    }

    static String fileName(Selection s, Format f) {
        String suffix = switch (f) {
            case CSV -> "-csv";
            case MINDMAP -> "-mindmap";
            case STUDYMAP, STUDYMAP_MERMAID -> "-study-map";
            case ANKI -> "-anki";
            default -> "";
        };
        return "atlas-" + s.slug() + suffix + "." + f.extension();
    }
}
