package org.llmatlas.export;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.rdfconnection.RDFConnection;
import org.llmatlas.query.Sparql;
import org.llmatlas.vocab.Atlas;

/**
 * The Q&A items behind a selection as an Anki-importable TSV: the selection's own questions, or else
 * every question about its entities. Columns: front (question), back (answer Markdown as HTML, raw
 * HTML in notes escaped), tags ({@code llm-atlas topic::SLUG difficulty::Hard}), source (file:line).
 * Fields with a tab, line break or quote are quoted with quotes doubled, as Anki's importer reads them.
 */
final class QuizDeck {
    record Card(String iri, int number, String front, String back, String difficulty, String topic, String source) {}

    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, false);
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    private final Supplier<RDFConnection> connections;
    private final Sparql sparql;

    QuizDeck(Supplier<RDFConnection> connections, Sparql sparql) {
        this.connections = connections;
        this.sparql = sparql;
    }

    List<Card> cards(Selection s) {
        Set<String> questions = new LinkedHashSet<>();
        List<String> entities = new ArrayList<>();
        for (String n : s.nodes()) {
            (n.startsWith(Atlas.QUESTION) ? questions : entities).add(n);
        }
        Map<String, Card> cards = new LinkedHashMap<>();
        try (RDFConnection conn = connections.get()) {
            if (questions.isEmpty()) {
                Lookup.select(conn, sparql, "queries/internal/export-questions-about.rq", entities,
                        row -> questions.add(row.getResource("q").getURI()));
            }
            Lookup.select(conn, sparql, "queries/internal/export-deck.rq", questions, row -> {
                String iri = row.getResource("n").getURI();
                if (cards.containsKey(iri)) {
                    return;
                }
                String topic = row.contains("topic") ? row.getResource("topic").getURI() : "";
                String slug = topic.isEmpty() ? "none" : topic.substring(topic.lastIndexOf('/') + 1).replaceAll("\\s+", "-");
                String answer = row.contains("answer") ? row.getLiteral("answer").getLexicalForm() : "";
                String source = row.getLiteral("file").getLexicalForm() + ":" + row.getLiteral("line").getLong();
                cards.put(iri, new Card(iri, row.contains("number") ? row.getLiteral("number").getInt() : 0,
                        inline(row.getLiteral("text").getLexicalForm()),
                        (answer.isBlank() ? "<p><em>(no answer in the notes)</em></p>\n" : html(answer))
                                + "<p><small>" + Escape.xml(source) + "</small></p>",
                        row.getLiteral("difficulty").getLexicalForm(), slug, source));
            });
        }
        List<Card> out = new ArrayList<>(cards.values());
        out.sort(Comparator.comparing(Card::source, Comparator.comparing((String x) -> x.substring(0, x.lastIndexOf(':'))))
                .thenComparingInt(Card::number).thenComparing(Card::iri));
        return out;
    }

    String tsv(Selection s) {
        StringBuilder b = new StringBuilder();
        b.append("#separator:tab\n#html:true\n#tags column:3\n#columns:Front\tBack\tTags\tSource\n");
        for (Card c : cards(s)) {
            String tags = "llm-atlas topic::" + c.topic() + " difficulty::" + c.difficulty().replaceAll("\\s+", "-");
            b.append(field(c.front())).append('\t').append(field(c.back())).append('\t').append(field(tags))
                    .append('\t').append(field(c.source())).append('\n');
        }
        return b.toString();
    }

    /** Markdown to HTML with raw HTML escaped (a note's {@code <script>} shows as text). */
    static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** One paragraph of Markdown as inline HTML (no {@code <p>} wrapper). */
    static String inline(String markdown) {
        String h = html(markdown).strip();
        return h.startsWith("<p>") && h.endsWith("</p>") && h.indexOf("<p>", 3) < 0 ? h.substring(3, h.length() - 4) : h;
    }

    static String field(String s) {
        String v = s.replace("\r\n", "\n").replace('\r', '\n');
        if (v.contains("\t") || v.contains("\n") || v.contains("\"")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
