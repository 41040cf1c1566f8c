package org.llmatlas.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.llmatlas.vocab.Atlas;

/**
 * A selection as the drawing formats see it: nodes (entities and questions, with short ids
 * {@code n1…}, sorted by label so output is stable), topics as groups (clusters), and the relation
 * edges among the nodes. A node's group is a section it is directly part of (a selected one first).
 */
record GraphView(String title, List<ViewNode> nodes, List<ViewEdge> edges, Map<String, Group> groups) {

    record ViewNode(String id, String iri, String label, String type, String definition, String group, String source) {}

    record ViewEdge(String source, String target, String relation, String cue, String evidence) {}

    /** A section: its label, its parent section (if in the selection), its document. */
    record Group(String id, String iri, String label, String parent, String document) {}

    static final List<Property> EDGE_RELATIONS = List.of(Atlas.uses, Atlas.improvesOn, Atlas.partOf, Atlas.evaluatedBy, Atlas.developedBy, Atlas.about);

    static final Map<String, String> COLOURS = Map.of("Concept", "#4E79A7", "Model", "#F28E2B", "ModelFamily", "#E15759",
            "Benchmark", "#76B7B2", "Metric", "#59A14F", "Organization", "#EDC948", "Question", "#B07AA1", "Topic", "#BAB0AC");

    static String colour(String type) {
        return COLOURS.getOrDefault(type, "#9C755F");
    }

    static GraphView of(Selection selection) {
        Model m = selection.model();
        Evidence evidence = Evidence.of(m);
        List<String> iris = new ArrayList<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (String iri : selection.nodes()) {
            if (isTopic(m, iri)) {
                continue;
            }
            iris.add(iri);
        }
        iris.sort(Comparator.comparing((String i) -> label(m, m.createResource(i)).toLowerCase(Locale.ROOT)).thenComparing(i -> i));
        List<ViewNode> nodes = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (String iri : iris) {
            Resource r = m.createResource(iri);
            String id = "n" + (nodes.size() + 1);
            ids.put(iri, id);
            String group = section(m, r, groups, selection.nodes());
            String definition = definition(m, r);
            String source = evidence.definitionSource(r).orElseGet(() -> evidence.anySource(r).orElse(""));
            nodes.add(new ViewNode(id, iri, label(m, r), type(m, r), definition, group, source));
        }
        List<ViewEdge> edges = new ArrayList<>();
        for (ViewNode n : nodes) {
            Resource s = m.createResource(n.iri());
            for (Property p : EDGE_RELATIONS) {
                m.listStatements(s, p, (RDFNode) null).forEachRemaining(st -> {
                    if (st.getObject().isURIResource() && ids.containsKey(st.getObject().asResource().getURI())) {
                        edges.add(new ViewEdge(n.id(), ids.get(st.getObject().asResource().getURI()), p.getLocalName(),
                                evidence.cue(st), evidence.source(st).orElse("")));
                    }
                });
            }
        }
        edges.sort(Comparator.comparing((ViewEdge e) -> Integer.parseInt(e.source().substring(1)))
                .thenComparing(ViewEdge::relation).thenComparing(e -> Integer.parseInt(e.target().substring(1))));
        return new GraphView(selection.title(), List.copyOf(nodes), List.copyOf(edges), groups);
    }

    ViewNode node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    static boolean isTopic(Model m, String iri) {
        return m.contains(m.createResource(iri), RDF.type, Atlas.Topic) || iri.startsWith(Atlas.TOPIC);
    }

    /**
     * The section a node is drawn in: of the sections it is directly part of, the first (by IRI) that
     * is selected, else the first. Registers it (and its parents in the subgraph) as groups.
     */
    private static String section(Model m, Resource r, Map<String, Group> groups, List<String> selected) {
        List<String> topics = new ArrayList<>();
        m.listObjectsOfProperty(r, Atlas.partOf).forEachRemaining(o -> {
            if (o.isURIResource() && isTopic(m, o.asResource().getURI())) {
                topics.add(o.asResource().getURI());
            }
        });
        if (topics.isEmpty()) {
            return null;
        }
        topics.sort(Comparator.comparing((String t) -> !selected.contains(t)).thenComparing(t -> t));
        return group(m, topics.get(0), groups).id();
    }

    private static Group group(Model m, String iri, Map<String, Group> groups) {
        Group g = groups.get(iri);
        if (g != null) {
            return g;
        }
        Resource t = m.createResource(iri);
        String parent = null;
        for (RDFNode o : m.listObjectsOfProperty(t, Atlas.partOf).toList()) {
            if (o.isURIResource() && isTopic(m, o.asResource().getURI()) && !o.asResource().getURI().equals(iri)) {
                parent = o.asResource().getURI();
                break;
            }
        }
        Resource doc = t.getPropertyResourceValue(Atlas.document);
        String docName = doc == null ? "" : text(m, doc, Atlas.fileName).orElse(doc.getLocalName());
        g = new Group("g" + (groups.size() + 1), iri, label(m, t), parent, docName);
        groups.put(iri, g);
        if (parent != null && m.contains(m.createResource(parent), RDF.type, Atlas.Topic)) {
            group(m, parent, groups);
        }
        return g;
    }

    static String label(Model m, Resource r) {
        return text(m, r, RDFS.label).orElseGet(() -> r.isURIResource() ? r.getLocalName() : r.toString());
    }

    static String definition(Model m, Resource r) {
        return text(m, r, SKOS.definition).orElse("");
    }

    /** The English value of a property if there is one, else the first by lexical order (stable). */
    static java.util.Optional<String> text(Model m, Resource r, Property p) {
        List<Literal> values = new ArrayList<>();
        m.listObjectsOfProperty(r, p).forEachRemaining(o -> {
            if (o.isLiteral()) {
                values.add(o.asLiteral());
            }
        });
        values.sort(Comparator.comparing((Literal l) -> !l.getLanguage().equals("en")).thenComparing(Literal::getLexicalForm));
        return values.stream().map(Literal::getLexicalForm).findFirst();
    }

    static String type(Model m, Resource r) {
        Set<String> order = Set.of("Entity", "Node");
        String best = null;
        for (Statement st : m.listStatements(r, RDF.type, (RDFNode) null).toList()) {
            if (st.getObject().isURIResource() && st.getObject().asResource().getURI().startsWith(Atlas.NS)) {
                String local = st.getObject().asResource().getLocalName();
                if (!order.contains(local) && (best == null || local.compareTo(best) < 0)) {
                    best = local;
                }
            }
        }
        return best == null ? "Entity" : best;
    }
}
