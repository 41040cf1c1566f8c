package org.llmatlas.ask;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.llmatlas.ask.QuestionParser.Found;
import org.llmatlas.ask.QuestionParser.Intent;
import org.llmatlas.query.EntityIndex;
import org.llmatlas.query.Sparql;

/** Answers that span several statements: relation paths, comparisons and one-hop chains. */
final class Relations {
    private static final int MAX_DEPTH = 4;

    private record Edge(String s, String p, String o) {}

    private final Supplier<RDFConnection> connections;
    private final EntityIndex index;
    private final Sparql sparql;

    Relations(Supplier<RDFConnection> connections, EntityIndex index, Sparql sparql) {
        this.connections = connections;
        this.index = index;
        this.sparql = sparql;
    }

    /** The shortest chain of stated relations between two entities (either direction), with each hop's evidence. */
    Answer path(String q, Found a, Found b) {
        Query query = QuestionService.bind("internal/edges", Map.of());
        List<Edge> edges = edges(query);
        Map<String, List<Edge>> adjacent = new HashMap<>();
        for (Edge e : edges) {
            adjacent.computeIfAbsent(e.s(), k -> new ArrayList<>()).add(e);
            adjacent.computeIfAbsent(e.o(), k -> new ArrayList<>()).add(e);
        }
        String from = a.entry().iri();
        String to = b.entry().iri();
        Map<String, Edge> via = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>(Map.of(from, 0));
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty() && !depth.containsKey(to)) {
            String n = queue.poll();
            if (depth.get(n) >= MAX_DEPTH) {
                continue;
            }
            for (Edge e : adjacent.getOrDefault(n, List.of())) {
                String next = e.s().equals(n) ? e.o() : e.s();
                if (!depth.containsKey(next)) {
                    depth.put(next, depth.get(n) + 1);
                    via.put(next, e);
                    queue.add(next);
                }
            }
        }
        List<Answer.Item> hops = new ArrayList<>();
        if (depth.containsKey(to)) {
            List<Edge> path = new ArrayList<>();
            for (String n = to; !n.equals(from); ) {
                Edge e = via.get(n);
                path.add(0, e);
                n = e.s().equals(n) ? e.o() : e.s();
            }
            for (Edge e : path) {
                hops.add(hop(e));
            }
        }
        String interpretation = "how " + a.entry().label() + " and " + b.entry().label() + " are related"
                + (hops.isEmpty() ? " (no path of up to " + MAX_DEPTH + " relations)" : " (" + hops.size() + " hops)");
        return QuestionService.answer(q, interpretation, query, hops);
    }

    /**
     * How two entities differ: the relations between them first, then those both share (same relation,
     * same other end), then those only one has.
     */
    Answer compare(String q, Found a, Found b) {
        Query query = QuestionService.bind("internal/edges", Map.of());
        List<Edge> edges = edges(query);
        // "uses → X" / "uses ← Y" of each, with the edge that states it
        Map<String, Map<String, Edge>> facts = new LinkedHashMap<>();
        for (String iri : List.of(a.entry().iri(), b.entry().iri())) {
            Map<String, Edge> f = new LinkedHashMap<>();
            for (Edge e : edges) {
                if (isBetween(e, a, b)) {
                    continue; // said once, as a relation between them
                }
                if (e.s().equals(iri)) {
                    f.putIfAbsent(local(e.p()) + " → " + e.o(), e);
                } else if (e.o().equals(iri)) {
                    f.putIfAbsent(local(e.p()) + " ← " + e.s(), e);
                }
            }
            facts.put(iri, f);
        }
        Map<String, Edge> fa = facts.get(a.entry().iri());
        Map<String, Edge> fb = facts.get(b.entry().iri());
        List<Answer.Item> items = new ArrayList<>();
        fa.forEach((f, e) -> {
            List<Answer.Evidence> evidence = new ArrayList<>(evidence(e));
            if (fb.containsKey(f)) {
                evidence.addAll(evidence(fb.get(f)));
            }
            items.add(fact(f, fb.containsKey(f) ? "shared" : "only " + a.entry().label(), evidence));
        });
        fb.forEach((f, e) -> {
            if (!fa.containsKey(f)) {
                items.add(fact(f, "only " + b.entry().label(), evidence(e)));
            }
        });
        items.sort((x, y) -> Boolean.compare(!x.detail().equals("shared"), !y.detail().equals("shared")));
        for (Edge e : edges) {
            if (isBetween(e, a, b)) {
                items.add(0, hop(e));
            }
        }
        return QuestionService.answer(q, "compare " + a.entry().label() + " and " + b.entry().label(), query, items);
    }

    /** Most relations an entity without a definition is described by. */
    private static final int MAX_STATEMENTS = 12;

    /**
     * What the notes state about an entity, as its relations with other entities (not the sections or
     * questions it is in), each with its evidence: the description of a thing no note defines.
     */
    List<Answer.Item> statements(Found x) {
        Query query = QuestionService.bind("internal/neighbours", Map.of("n", QuestionService.iri(x)));
        List<Answer.Item> items = new ArrayList<>();
        for (Edge e : edges(query)) {
            EntityIndex.Entry other = index.byIri(e.s().equals(x.entry().iri()) ? e.o() : e.s());
            if (other != null && !other.type().equals("Topic") && !other.type().equals("Question") && items.size() < MAX_STATEMENTS) {
                items.add(hop(e));
            }
        }
        return items;
    }

    private static boolean isBetween(Edge e, Found a, Found b) {
        String x = a.entry().iri();
        String y = b.entry().iri();
        return e.s().equals(x) && e.o().equals(y) || e.s().equals(y) && e.o().equals(x);
    }

    /** "which VLA models use a model that uses SigLIP". */
    Answer chain(String q, Intent intent) {
        Found x = intent.entities().get(intent.entities().size() - 1);
        Map<String, RDFNode> values = new LinkedHashMap<>();
        values.put("concept", QuestionService.iri(x));
        if (intent.qualifier() != null) {
            values.put("qualifier", ResourceFactory.createPlainLiteral(intent.qualifier()));
        }
        Query query = QuestionService.bind("uses-something-that-uses", values);
        Map<String, QuestionService.Builder> items = new LinkedHashMap<>();
        try (RDFConnection conn = connections.get()) {
            ResultSetRewindable rs = sparql.select(conn, query, Map.of());
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String type = row.getResource("type").getLocalName();
                if (intent.typeFilter() != null && !intent.typeFilter().equals(type)) {
                    continue;
                }
                items.computeIfAbsent(row.getResource("user").getURI(),
                        k -> new QuestionService.Builder(k, row.getLiteral("label").getLexicalForm(), type)).evidence(row);
            }
        }
        return QuestionService.answer(q, (intent.qualifier() == null ? "" : intent.qualifier() + " ")
                + "entities that use something that uses " + x.entry().label(), query,
                items.values().stream().map(QuestionService.Builder::build).toList());
    }

    private Answer.Item fact(String f, String detail, List<Answer.Evidence> evidence) {
        String iri = f.substring(f.indexOf(' ', f.indexOf(' ') + 1) + 1);
        EntityIndex.Entry e = index.byIri(iri);
        String arrow = f.substring(0, f.indexOf(' ', f.indexOf(' ') + 1));
        return new Answer.Item(iri, arrow + " " + (e == null ? iri : e.label()), e == null ? "" : e.type(), detail, evidence);
    }

    private Answer.Item hop(Edge e) {
        String label = label(e.s()) + " " + local(e.p()) + " " + label(e.o());
        return new Answer.Item(e.o(), label, "Relation", local(e.p()), evidence(e));
    }

    /** Where an edge is stated: note, line and sentence. */
    private List<Answer.Evidence> evidence(Edge e) {
        Map<String, RDFNode> values = Map.of("s", ResourceFactory.createResource(e.s()),
                "p", ResourceFactory.createResource(e.p()), "o", ResourceFactory.createResource(e.o()));
        Query query = QuestionService.bind("internal/evidence", values);
        List<Answer.Evidence> evidence = new ArrayList<>();
        try (RDFConnection conn = connections.get()) {
            ResultSetRewindable rs = sparql.select(conn, query, Map.of());
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                evidence.add(new Answer.Evidence(row.getLiteral("document").getString(), row.getLiteral("line").getInt(),
                        row.getLiteral("quote").getLexicalForm()));
            }
        }
        return evidence;
    }

    private List<Edge> edges(Query query) {
        List<Edge> out = new ArrayList<>();
        try (RDFConnection conn = connections.get()) {
            ResultSetRewindable rs = sparql.select(conn, query, Map.of());
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                out.add(new Edge(row.getResource("s").getURI(), row.getResource("p").getURI(), row.getResource("o").getURI()));
            }
        }
        return out;
    }

    private String label(String iri) {
        EntityIndex.Entry e = index.byIri(iri);
        return e == null ? local(iri) : e.label();
    }

    private static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
