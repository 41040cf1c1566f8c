package org.llmatlas.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.assertj.core.api.SoftAssertions;
import org.llmatlas.query.EntityIndex;
import org.llmatlas.vocab.Atlas;

/**
 * Scores the relations extracted from one note against its hand-annotated gold TSV
 * ({@code line, subject, relation, object, note}). Gold names are resolved with the same name index
 * the app uses; a gold name that resolves to nothing counts as a miss. Prints precision and recall
 * per relation and the recall of model→family {@code partOf}, and checks them against floors.
 */
final class GoldScorer {
    private record Triple(String s, String p, String o) {}

    private static final List<String> RELATIONS = List.of("uses", "improvesOn", "evaluatedBy", "partOf");

    private final EntityIndex index;

    GoldScorer(EntityIndex index) {
        this.index = index;
    }

    /**
     * @param graph      the note's extracted graph
     * @param inScope    the lines of the note the gold covers (a relation counts if some evidence is on one)
     * @param floors     per relation, the lowest acceptable {precision, recall}
     */
    void score(String doc, Model graph, Path tsv, IntPredicate inScope, Map<String, double[]> floors, double familyFloor)
            throws IOException {
        Set<Triple> gold = new LinkedHashSet<>();
        Set<Triple> familyGold = new LinkedHashSet<>();
        Set<String> unresolved = new LinkedHashSet<>();
        List<String> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8);
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
        Set<Triple> predicted = new HashSet<>();
        Map<Triple, String> why = new HashMap<>();
        for (String rel : RELATIONS) {
            Property p = graph.createProperty(Atlas.NS + rel);
            for (Statement st : graph.listStatements(null, p, (Resource) null).toList()) {
                if (!st.getObject().isURIResource()) {
                    continue;
                }
                Resource o = st.getObject().asResource();
                if (p.equals(Atlas.partOf) && (graph.contains(o, RDF.type, Atlas.Topic) || graph.contains(st.getSubject(), RDF.type, Atlas.Question))) {
                    continue; // only model→family and component→system partOf are annotated, not the layout of the note
                }
                List<Resource> evidence = evidence(graph, st);
                if (evidence.stream().anyMatch(e -> inScope.test(e.getProperty(Atlas.line).getInt()))) {
                    Triple t = new Triple(st.getSubject().getURI(), rel, o.getURI());
                    predicted.add(t);
                    why.put(t, String.join(" ", evidence.stream()
                            .map(e -> e.getProperty(Atlas.line).getInt() + ":" + e.getProperty(Atlas.rule).getString()).toList()));
                }
            }
        }
        SoftAssertions soft = new SoftAssertions();
        // -Dgold.verbose=true lists false positives (with their evidence line and rule) and false negatives
        System.out.printf("%n== %s: %d gold relations (%d gold names unresolved)%n", doc, gold.size(), unresolved.size());
        for (String rel : RELATIONS) {
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
            soft.assertThat(precision).as(doc + " " + rel + " precision").isGreaterThanOrEqualTo(floors.get(rel)[0]);
            soft.assertThat(recall).as(doc + " " + rel + " recall").isGreaterThanOrEqualTo(floors.get(rel)[1]);
        }
        Set<Triple> familyFound = new HashSet<>(familyGold);
        familyFound.retainAll(predicted);
        double familyRecall = familyGold.isEmpty() ? 1 : (double) familyFound.size() / familyGold.size();
        System.out.printf("%-12s recall %.3f (%d/%d)%n", "model→family", familyRecall, familyFound.size(), familyGold.size());
        if (Boolean.getBoolean("gold.verbose")) {
            familyGold.stream().filter(t -> !predicted.contains(t)).forEach(t -> System.out.println("   FN " + show(t)));
        }
        soft.assertThat(familyRecall).as(doc + " model→family partOf recall").isGreaterThanOrEqualTo(familyFloor);
        soft.assertAll();
    }

    /** A gold object that is a model family: it resolves to one, or is named as one ("Mistral family"). */
    private boolean isFamily(String name, String iri) {
        EntityIndex.Entry e = iri.startsWith("name:") ? null : index.byIri(iri);
        return e != null ? e.type().equals("ModelFamily") : name.matches("(?i).*(?:family|계열)$");
    }

    private static Set<Triple> filter(Set<Triple> all, String rel) {
        Set<Triple> out = new HashSet<>();
        all.stream().filter(t -> t.p().equals(rel)).forEach(out::add);
        return out;
    }

    private String resolve(String name, Set<String> unresolved) {
        List<EntityIndex.Match> exact = index.exact(name);
        EntityIndex.Entry e = exact.isEmpty() ? null : exact.get(0).entry();
        if (e == null || e.type().equals("Topic")) {
            unresolved.add(name);
            return "name:" + name;
        }
        return e.iri();
    }

    private String show(Triple t) {
        return label(t.s()) + " " + t.p() + " " + label(t.o());
    }

    private String label(String iri) {
        EntityIndex.Entry e = index.byIri(iri);
        return e == null ? iri : e.label();
    }

    /** The evidence nodes of a statement in its graph. */
    private static List<Resource> evidence(Model m, Statement st) {
        List<Resource> out = new ArrayList<>();
        m.listResourcesWithProperty(RDF.subject, st.getSubject()).forEachRemaining(e -> {
            if (e.hasProperty(RDF.predicate, st.getPredicate()) && e.hasProperty(RDF.object, st.getObject())) {
                out.add(e);
            }
        });
        return out;
    }
}
