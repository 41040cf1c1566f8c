package org.llmatlas.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.llmatlas.query.NamedQueries;
import org.llmatlas.query.Sparql;
import org.llmatlas.vocab.Atlas;

/**
 * Reads the subgraph of a node set from the store, per named graph: the nodes' descriptions, the
 * relations among them (limited to the relations asked for; {@code about} always), their sections
 * ({@code partOf} a topic, kept as context), and the evidence nodes of every kept triple. The node
 * IRIs are passed as a VALUES data block, never spliced into query text.
 */
final class Subgraph {
    static final Set<Node> DESCRIPTIVE = Set.of(RDF.type.asNode(), RDFS.label.asNode(), SKOS.altLabel.asNode(),
            SKOS.definition.asNode(), Atlas.text.asNode(), Atlas.answer.asNode(), Atlas.difficulty.asNode(),
            Atlas.number.asNode(), Atlas.level.asNode(), Atlas.document.asNode(), Atlas.line.asNode());
    static final Set<Node> CONTEXT = Set.of(RDF.type.asNode(), RDFS.label.asNode(), Atlas.level.asNode(),
            Atlas.document.asNode(), Atlas.line.asNode(), Atlas.fileName.asNode());

    private final Supplier<RDFConnection> connections;
    private final Sparql sparql;

    Subgraph(Supplier<RDFConnection> connections, Sparql sparql) {
        this.connections = connections;
        this.sparql = sparql;
    }

    /**
     * @param nodes     the selected node IRIs
     * @param relations relation local names to keep between selected nodes (empty = all of {@link Atlas#LINKS})
     */
    Dataset of(Collection<String> nodes, Set<String> relations) {
        Set<Node> selected = new LinkedHashSet<>();
        nodes.forEach(n -> selected.add(NodeFactory.createURI(n)));
        Set<Node> rels = new HashSet<>();
        for (var p : Atlas.LINKS) {
            if (relations.isEmpty() || relations.contains(p.getLocalName())) {
                rels.add(p.asNode());
            }
        }
        rels.add(Atlas.about.asNode());
        DatasetGraph out = DatasetFactory.createGeneral().asDatasetGraph();
        Set<Node> context = new LinkedHashSet<>();
        try (RDFConnection conn = connections.get()) {
            for (Quad q : quads(conn, "queries/internal/export-outgoing.rq", selected)) {
                Node p = q.getPredicate();
                Node o = q.getObject();
                boolean keep = DESCRIPTIVE.contains(p)
                        || rels.contains(p) && selected.contains(o)
                        || p.equals(Atlas.partOf.asNode()) && o.isURI() && o.getURI().startsWith(Atlas.TOPIC);
                if (keep) {
                    out.add(q);
                    if (!selected.contains(o) && o.isURI() && (p.equals(Atlas.partOf.asNode()) || p.equals(Atlas.document.asNode()))) {
                        context.add(o);
                    }
                }
            }
            addEvidence(conn, selected, out, context);
            for (Quad q : quads(conn, "queries/internal/export-outgoing.rq", context)) {
                if (CONTEXT.contains(q.getPredicate())) {
                    out.add(q);
                }
            }
        }
        return DatasetFactory.wrap(out);
    }

    /** Evidence nodes whose statement (subject, predicate, object) is a kept triple of the same graph. */
    private void addEvidence(RDFConnection conn, Set<Node> selected, DatasetGraph out, Set<Node> context) {
        Map<Node, List<Quad>> byEvidence = new java.util.LinkedHashMap<>();
        for (Quad q : quads(conn, "queries/internal/export-evidence.rq", selected)) {
            byEvidence.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q);
        }
        for (List<Quad> ev : byEvidence.values()) {
            Node g = ev.get(0).getGraph();
            Node s = value(ev, RDF.subject.asNode());
            Node p = value(ev, RDF.predicate.asNode());
            Node o = value(ev, RDF.object.asNode());
            if (s != null && p != null && o != null && out.contains(g, s, p, o)) {
                ev.forEach(out::add);
                Node doc = value(ev, Atlas.document.asNode());
                if (doc != null) {
                    context.add(doc);
                }
            }
        }
    }

    private static Node value(List<Quad> quads, Node predicate) {
        return quads.stream().filter(q -> q.getPredicate().equals(predicate)).map(Quad::getObject).findFirst().orElse(null);
    }

    private List<Quad> quads(RDFConnection conn, String queryPath, Collection<Node> nodes) {
        if (nodes.isEmpty()) {
            return List.of();
        }
        Query query = Lookup.withValues(NamedQueries.read(queryPath), "n", nodes);
        return Txn.calculateRead(conn, () -> {
            try (QueryExecution qe = conn.newQuery().query(query).timeout(sparql.timeoutMs(), TimeUnit.MILLISECONDS).build()) {
                List<Quad> result = new ArrayList<>();
                qe.execConstructQuads().forEachRemaining(result::add);
                return result;
            }
        });
    }
}
