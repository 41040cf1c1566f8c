package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.llmatlas.vocab.Atlas;

/**
 * The same keyword defined twice in one note, in the same language, with different text (a slip
 * of the writer: notes that define a term each their own way are normal, and the concept page shows
 * every definition): both definitions are kept in the graph, and the later one is reported at its
 * {@code line} with the {@code file:line} of the first, so the writer sees both places.
 */
final class DefinitionConflicts {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern FINAL_STOP = java.util.regex.Pattern.compile("[.。]$");

    private record Seen(String file, int line, String text) {}

    private DefinitionConflicts() {}

    /** Problems ({@code line: message}) per note index, for the notes' {@code models} and {@code files} in corpus order. */
    static Map<Integer, List<String>> find(List<Model> models, List<String> files) {
        Map<String, Seen> first = new HashMap<>();
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < models.size(); i++) {
            Model m = models.get(i);
            List<Statement> definitions = m.listStatements(null, RDF.predicate, SKOS.definition).toList();
            Map<Statement, Integer> lines = new HashMap<>(); // each evidence's line read once, not per comparison
            for (Statement st : definitions) {
                Statement line = st.getSubject().getProperty(Atlas.line);
                lines.put(st, line == null ? 0 : line.getInt());
            }
            definitions.sort(java.util.Comparator.comparingInt(lines::get));
            for (Statement st : definitions) {
                Resource ev = st.getSubject();
                RDFNode subject = ev.getPropertyResourceValue(RDF.subject);
                Statement object = ev.getProperty(RDF.object);
                Statement line = ev.getProperty(Atlas.line);
                if (subject == null || object == null || !object.getObject().isLiteral() || line == null) {
                    continue;
                }
                Literal text = object.getLiteral();
                String key = files.get(i) + " " + subject.asResource().getURI() + "@" + text.getLanguage();
                Seen here = new Seen(files.get(i), line.getInt(), text.getLexicalForm());
                Seen before = first.putIfAbsent(key, here);
                if (before != null && !normalise(before.text()).equals(normalise(here.text())) && !(before.file().equals(here.file()) && before.line() == here.line())) {
                    out.computeIfAbsent(i, k -> new ArrayList<>()).add(here.line() + ": \"" + label(m, subject.asResource())
                            + "\" is defined again with different text (first defined at " + before.file() + ":" + before.line() + ")");
                }
            }
        }
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    private static String normalise(String s) {
        return FINAL_STOP.matcher(SPACES.matcher(s.strip()).replaceAll(" ")).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String label(Model m, Resource r) {
        Statement l = m.getProperty(r, RDFS.label);
        return l != null ? l.getString() : r.getLocalName();
    }
}
