package org.llmatlas.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.llmatlas.vocab.Atlas;

/** The evidence statement nodes of a selection, indexed by the triple they state: where it was said, and how. */
final class Evidence {
    record Source(String file, long line, String cue) {
        String where() {
            return file + ":" + line;
        }
    }

    private final Map<List<RDFNode>, List<Source>> byTriple = new HashMap<>();

    static Evidence of(Model m) {
        Evidence e = new Evidence();
        m.listSubjectsWithProperty(RDF.type, Atlas.Evidence).forEachRemaining(ev -> {
            Resource s = ev.getPropertyResourceValue(RDF.subject);
            Resource p = ev.getPropertyResourceValue(RDF.predicate);
            Statement o = ev.getProperty(RDF.object);
            Resource doc = ev.getPropertyResourceValue(Atlas.document);
            Statement line = ev.getProperty(Atlas.line);
            if (s == null || p == null || o == null || doc == null || line == null) {
                return;
            }
            String file = GraphView.text(m, doc, Atlas.fileName).orElse(doc.getLocalName() + ".md");
            Statement cue = ev.getProperty(Atlas.cue);
            e.byTriple.computeIfAbsent(List.of(s, p, o.getObject()), k -> new ArrayList<>())
                    .add(new Source(file, line.getLong(), cue == null ? "implied" : cue.getString()));
        });
        e.byTriple.values().forEach(l -> l.sort(Comparator.comparing(Source::file).thenComparingLong(Source::line)));
        return e;
    }

    List<Source> of(Statement st) {
        return byTriple.getOrDefault(List.of(st.getSubject(), st.getPredicate(), st.getObject()), List.of());
    }

    Optional<String> source(Statement st) {
        return of(st).stream().findFirst().map(Source::where);
    }

    /** "stated" when any evidence says it in words, else "implied". */
    String cue(Statement st) {
        return of(st).stream().anyMatch(s -> s.cue().equals("stated")) ? "stated" : "implied";
    }

    Optional<String> definitionSource(Resource r) {
        Model m = r.getModel();
        String def = GraphView.definition(m, r);
        return m.listStatements(r, SKOS.definition, (RDFNode) null).toList().stream()
                .filter(st -> st.getObject().asLiteral().getLexicalForm().equals(def))
                .flatMap(st -> of(st).stream()).findFirst().map(Source::where);
    }

    /** The first place (by file and line) that says anything about {@code r}. */
    Optional<String> anySource(Resource r) {
        return byTriple.entrySet().stream().filter(e -> e.getKey().get(0).equals(r))
                .flatMap(e -> e.getValue().stream())
                .min(Comparator.comparing(Source::file).thenComparingLong(Source::line)).map(Source::where);
    }
}
