package org.llmatlas.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmatlas.Seeds;
import org.llmatlas.web.TestAtlas;
import org.llmatlas.query.EntityIndex;
import org.llmatlas.vocab.Atlas;

/**
 * Scores the extracted relations against the hand-annotated development gold set
 * ({@code src/test/resources/gold}): all of keywords-summary, and the listed Q&A items of
 * further-questions. Gold names are resolved with the same name index the app uses; a gold name
 * that resolves to nothing counts as a miss. Prints precision and recall per relation.
 */
class RelationGoldTest {
    private static final Path GOLD = Path.of("src/test/resources/gold");
    /**
     * Floors per relation (precision, recall) so that a change that makes extraction worse fails: the
     * recall floors of uses, improvesOn and evaluatedBy are the issue's target 0.85, which both gold files
     * reach; the precision floors are just under what the rules reach today (the target is 0.90).
     */
    private static final Map<String, double[]> FLOORS = Map.of(
            "uses", new double[] {0.91, 0.85},
            "improvesOn", new double[] {0.93, 0.85},
            "evaluatedBy", new double[] {0.92, 0.85},
            "partOf", new double[] {0.97, 0.95});
    /** Regression floor for the recall of model→family partOf (gold partOf rows whose object is a family); the target is 0.95. */
    private static final double FAMILY_RECALL_FLOOR = 0.97;

    private record Triple(String s, String p, String o) {}

    private static EntityIndex index;
    private static final Map<String, double[]> SCORES = new LinkedHashMap<>();

    @BeforeAll
    static void load() {
        index = TestAtlas.real().index();
    }

    @Test
    void keywordsSummaryRelationsMeetTheFloors() throws IOException {
        score("keywords-summary", line -> true);
    }

    @Test
    void furtherQuestionsRelationsMeetTheFloors() throws IOException {
        Set<Integer> lines = itemLines();
        score("further-questions", lines::contains);
    }

    private void score(String doc, java.util.function.IntPredicate inScope) throws IOException {
        Set<Triple> gold = new LinkedHashSet<>();
        Set<Triple> familyGold = new LinkedHashSet<>();
        Set<String> unresolved = new LinkedHashSet<>();
        List<String> rows = Files.readAllLines(GOLD.resolve(doc + ".tsv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t");
            if (c.length < 4) {
                continue;
            }
            String s = resolve(c[1], unresolved);
            String o = resolve(c[3], unresolved);
            gold.add(new Triple(s, c[2], o));
            if (c[2].equals("partOf") && isFamily(c[3], o)) {
                familyGold.add(new Triple(s, c[2], o));
            }
        }
        Model m = Seeds.extraction().dataset().getNamedModel(Atlas.GRAPH + doc);
        Set<Triple> predicted = new HashSet<>();
        Map<Triple, String> why = new java.util.HashMap<>();
        for (Property p : List.of(Atlas.uses, Atlas.improvesOn, Atlas.evaluatedBy, Atlas.partOf)) {
            for (Statement st : m.listStatements(null, p, (Resource) null).toList()) {
                if (!st.getObject().isURIResource()) {
                    continue;
                }
                Resource o = st.getObject().asResource();
                if (p.equals(Atlas.partOf) && (m.contains(o, RDF.type, Atlas.Topic) || m.contains(st.getSubject(), RDF.type, Atlas.Question))) {
                    continue; // only model→family and component→system partOf are annotated, not the layout of the note
                }
                if (evidenceLines(m, st).stream().anyMatch(inScope::test)) {
                    Triple t = new Triple(st.getSubject().getURI(), p.getLocalName(), o.getURI());
                    predicted.add(t);
                    why.put(t, evidence(m, st));
                }
            }
        }
        SoftAssertions soft = new SoftAssertions();
        // -Dgold.verbose=true lists false positives (with their evidence line and rule) and false negatives
        System.out.printf("%n== %s: %d gold relations (%d gold names unresolved)%n", doc, gold.size(), unresolved.size());
        for (String rel : List.of("uses", "improvesOn", "evaluatedBy", "partOf")) {
            Set<Triple> g = filter(gold, rel);
            Set<Triple> p = filter(predicted, rel);
            Set<Triple> tp = new HashSet<>(g);
            tp.retainAll(p);
            double precision = p.isEmpty() ? 1 : (double) tp.size() / p.size();
            double recall = g.isEmpty() ? 1 : (double) tp.size() / g.size();
            System.out.printf("%-12s precision %.3f (%d/%d)  recall %.3f (%d/%d)%n", rel, precision, tp.size(), p.size(), recall, tp.size(), g.size());
            if (Boolean.getBoolean("gold.verbose")) {
                p.stream().filter(t -> !g.contains(t)).forEach(t -> System.out.println("   FP " + show(t) + "   " + why.get(t)));
                g.stream().filter(t -> !p.contains(t)).forEach(t -> System.out.println("   FN " + show(t)));
            }
            SCORES.put(doc + "/" + rel, new double[] {precision, recall});
            soft.assertThat(precision).as(doc + " " + rel + " precision").isGreaterThanOrEqualTo(FLOORS.get(rel)[0]);
            soft.assertThat(recall).as(doc + " " + rel + " recall").isGreaterThanOrEqualTo(FLOORS.get(rel)[1]);
        }
        Set<Triple> familyFound = new HashSet<>(familyGold);
        familyFound.retainAll(predicted);
        double familyRecall = familyGold.isEmpty() ? 1 : (double) familyFound.size() / familyGold.size();
        System.out.printf("%-12s recall %.3f (%d/%d)%n", "model→family", familyRecall, familyFound.size(), familyGold.size());
        if (Boolean.getBoolean("gold.verbose")) {
            familyGold.stream().filter(t -> !predicted.contains(t)).forEach(t -> System.out.println("   FN " + show(t)));
        }
        soft.assertThat(familyRecall).as(doc + " model→family partOf recall").isGreaterThanOrEqualTo(FAMILY_RECALL_FLOOR);
        soft.assertAll();
    }

    /** A gold object that is a model family: it resolves to one, or is named as one ("Mistral family"). */
    private static boolean isFamily(String name, String iri) {
        EntityIndex.Entry e = iri.startsWith("name:") ? null : index.byIri(iri);
        return e != null ? e.type().equals("ModelFamily") : name.matches("(?i).*(?:family|계열)$");
    }

    private static Set<Triple> filter(Set<Triple> all, String rel) {
        Set<Triple> out = new HashSet<>();
        all.stream().filter(t -> t.p().equals(rel)).forEach(out::add);
        return out;
    }

    private static String resolve(String name, Set<String> unresolved) {
        List<EntityIndex.Match> exact = index.exact(name);
        EntityIndex.Entry e = exact.isEmpty() ? null : exact.get(0).entry();
        if (e == null || e.type().equals("Topic")) {
            unresolved.add(name);
            return "name:" + name;
        }
        return e.iri();
    }

    private static String show(Triple t) {
        return label(t.s()) + " " + t.p() + " " + label(t.o());
    }

    private static String label(String iri) {
        EntityIndex.Entry e = index.byIri(iri);
        return e == null ? iri : e.label();
    }

    /** "line:rule" of each piece of evidence, for the verbose listing of false positives. */
    private static String evidence(Model m, Statement st) {
        List<String> out = new java.util.ArrayList<>();
        m.listResourcesWithProperty(RDF.subject, st.getSubject()).forEachRemaining(e -> {
            if (e.hasProperty(RDF.predicate, st.getPredicate()) && e.hasProperty(RDF.object, st.getObject())) {
                out.add(e.getProperty(Atlas.line).getInt() + ":" + e.getProperty(Atlas.rule).getString());
            }
        });
        return String.join(" ", out);
    }

    private static Set<Integer> evidenceLines(Model m, Statement st) {
        Set<Integer> out = new HashSet<>();
        m.listResourcesWithProperty(RDF.subject, st.getSubject()).forEachRemaining(e -> {
            if (e.hasProperty(RDF.predicate, st.getPredicate()) && e.hasProperty(RDF.object, st.getObject())) {
                out.add(e.getProperty(Atlas.line).getInt());
            }
        });
        return out;
    }

    /** The lines of the Q&A items listed in further-questions-items.txt (question line to the next question). */
    private static Set<Integer> itemLines() throws IOException {
        Set<String> items = new HashSet<>(Files.readAllLines(GOLD.resolve("further-questions-items.txt")).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        List<String> lines = Files.readAllLines(Path.of("content/further-questions.md"), StandardCharsets.UTF_8);
        Pattern q = Pattern.compile("^\\*\\*(Q\\d+)\\.");
        Set<Integer> out = new HashSet<>();
        boolean in = false;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = q.matcher(lines.get(i));
            if (m.find()) {
                in = items.contains(m.group(1));
            } else if (lines.get(i).startsWith("#")) {
                in = false;
            }
            if (in) {
                out.add(i + 1);
            }
        }
        return out;
    }
}
