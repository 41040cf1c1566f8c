package org.llmatlas.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.llmatlas.vocab.Atlas;

/**
 * The neighbourhood of an entity: breadth-first over the relations between entities up to a depth, keeping
 * the relations and node types asked for, and stopping at a node cap (the result says whether
 * more was left out, for "show more").
 */
public final class Neighbourhood {
    public record Node(String iri, String label, String type, int depth) {}

    public record Edge(String source, String target, String relation, String cue) {}

    public record Graph(String focus, List<Node> nodes, List<Edge> edges, boolean truncated) {}

    /** The relations followed: the local names of {@link Atlas#LINKS}. */
    public static final Set<String> RELATIONS = Atlas.LINKS.stream().map(p -> p.getLocalName()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Parsed once; bindings are applied per call, the template is never changed. */
    private static final Query EDGES_AT = Sparql.parse(NamedQueries.read("queries/internal/neighbours.rq"));

    private final Supplier<RDFConnection> connections;
    private final EntityIndex index;
    private final Sparql sparql;

    public Neighbourhood(Supplier<RDFConnection> connections, EntityIndex index, Sparql sparql) {
        this.connections = connections;
        this.index = index;
        this.sparql = sparql;
    }

    /**
     * @param relations local names of the relations to follow (empty = all of them)
     * @param types     node types to keep (empty = all but Topic)
     */
    public Graph around(String iri, int depth, Set<String> relations, Set<String> types, int maxNodes) {
        Set<String> rels = relations.isEmpty() ? RELATIONS : relations;
        Map<String, Node> nodes = new LinkedHashMap<>();
        Set<Edge> edges = new LinkedHashSet<>();
        EntityIndex.Entry focus = index.byIri(iri);
        if (focus == null) {
            return new Graph(iri, List.of(), List.of(), false);
        }
        nodes.put(iri, new Node(iri, focus.label(), focus.type(), 0));
        List<String> frontier = List.of(iri);
        boolean truncated = false;
        try (RDFConnection conn = connections.get()) {
            for (int d = 1; d <= Math.max(1, Math.min(depth, 3)) && !frontier.isEmpty(); d++) {
                List<String> next = new ArrayList<>();
                for (String n : frontier) {
                    ResultSetRewindable rs = sparql.select(conn, EDGES_AT, Map.of("n", ResourceFactory.createResource(n)));
                    while (rs.hasNext()) {
                        QuerySolution row = rs.next();
                        String p = row.getResource("p").getLocalName();
                        String s = row.getResource("s").getURI();
                        String o = row.getResource("o").getURI();
                        String other = s.equals(n) ? o : s;
                        EntityIndex.Entry e = index.byIri(other);
                        if (!rels.contains(p) || e == null || !typeAllowed(types, e.type())) {
                            continue;
                        }
                        if (!nodes.containsKey(other)) {
                            if (nodes.size() >= maxNodes) {
                                truncated = true;
                                continue;
                            }
                            nodes.put(other, new Node(other, e.label(), e.type(), d));
                            next.add(other);
                        }
                        edges.add(new Edge(s, o, p, row.contains("cue") ? row.getLiteral("cue").getString() : "implied"));
                    }
                }
                frontier = next;
            }
        }
        return new Graph(iri, List.copyOf(nodes.values()), List.copyOf(edges), truncated);
    }

    private static boolean typeAllowed(Set<String> types, String type) {
        return types.isEmpty() ? !type.equals("Topic") : types.contains(type);
    }
}
