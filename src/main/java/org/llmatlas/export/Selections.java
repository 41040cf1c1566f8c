package org.llmatlas.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.llmatlas.query.EntityIndex;
import org.llmatlas.query.Neighbourhood;
import org.llmatlas.query.Sparql;
import org.llmatlas.vocab.Atlas;

/**
 * Builds {@link Selection}s from what people ask for. Names are resolved like the question service
 * does ({@link EntityIndex#best}) or taken as IRIs; unknown names and bad parameters throw
 * {@link IllegalArgumentException} with a message fit for a user.
 * <pre>
 *   Selections s = new Selections(atlas::connect, atlas.index(), atlas.sparql(), atlas.neighbourhood());
 *   Selection gqa = s.focus("GQA", 2, Set.of(), 60);
 * </pre>
 */
public final class Selections {
    public static final int MAX_DEPTH = 3;
    public static final int MAX_NODES = 500;

    private final Supplier<RDFConnection> connections;
    private final EntityIndex index;
    private final Sparql sparql;
    private final Neighbourhood neighbourhood;
    private final Subgraph subgraph;

    public Selections(Supplier<RDFConnection> connections, EntityIndex index, Sparql sparql, Neighbourhood neighbourhood) {
        this.connections = Objects.requireNonNull(connections, "connections may not be null");
        this.index = Objects.requireNonNull(index, "index may not be null");
        this.sparql = Objects.requireNonNull(sparql, "sparql may not be null");
        this.neighbourhood = Objects.requireNonNull(neighbourhood, "neighbourhood may not be null");
        this.subgraph = new Subgraph(connections, sparql);
    }

    /** The neighbourhood of an entity: up to {@code depth} hops over {@code relations} (empty = all), at most {@code limit} nodes. */
    public Selection focus(String nameOrIri, int depth, Set<String> relations, int limit) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be between 1 and " + MAX_DEPTH);
        }
        if (limit < 1 || limit > MAX_NODES) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_NODES);
        }
        for (String r : relations) {
            if (!Neighbourhood.RELATIONS.contains(r)) {
                throw new IllegalArgumentException("unknown relation '" + QuestionFilter.clip(r)
                        + "' (relations: " + String.join(", ", Atlas.LINKS.stream().map(p -> p.getLocalName()).toList()) + ")");
            }
        }
        EntityIndex.Entry focus = entity(nameOrIri);
        Neighbourhood.Graph g = neighbourhood.around(focus.iri(), depth, relations, Set.of(), limit);
        List<String> nodes = g.nodes().stream().map(Neighbourhood.Node::iri).toList();
        String title = focus.label() + " (depth " + depth + ")";
        return new Selection(title, slug(focus.label(), "focus") + "-depth-" + depth, nodes, subgraph.of(nodes, relations));
    }

    /**
     * A topic: the sections the name stands for (see {@link #topics}: all sections whose heading
     * contains the name, across notes; an IRI picks one), their subsections, and every entity that
     * is part of them, transitively, with the relations among them.
     */
    public Selection topic(String nameOrIri) {
        List<EntityIndex.Entry> topics = topics(nameOrIri);
        Set<String> nodes = new LinkedHashSet<>();
        topics.forEach(t -> nodes.add(t.iri()));
        try (RDFConnection conn = connections.get()) {
            Lookup.select(conn, sparql, "queries/internal/export-topic-members.rq", nodes.stream().toList(),
                    row -> nodes.add(row.getResource("x").getURI()));
        }
        String title = topics.size() == 1 ? topics.get(0).label() : nameOrIri.strip();
        return new Selection(title, "topic-" + slug(title, "topic"), List.copyOf(nodes), subgraph.of(nodes, Set.of()));
    }

    /** Questions matching a filter, the entities they are about, and what those use or improve on (one hop). */
    public Selection questions(QuestionFilter filter) {
        Set<String> topicIris = new LinkedHashSet<>();
        filter.topics().forEach(t -> topics(t).forEach(e -> topicIris.add(e.iri())));
        Map<String, Set<String>> sections = new java.util.LinkedHashMap<>();
        Map<String, String> difficulty = new java.util.HashMap<>();
        try (RDFConnection conn = connections.get()) {
            var rs = sparql.select(conn, Sparql.parse(org.llmatlas.query.NamedQueries.read("queries/internal/export-questions.rq")), Map.of());
            while (rs.hasNext()) {
                var row = rs.next();
                String q = row.getResource("q").getURI();
                difficulty.put(q, row.getLiteral("difficulty").getString());
                Set<String> s = sections.computeIfAbsent(q, k -> new LinkedHashSet<>());
                if (row.contains("topic")) {
                    s.add(row.getResource("topic").getURI());
                }
            }
            List<String> questions = sections.keySet().stream()
                    .filter(q -> filter.difficulties().isEmpty() || filter.difficulties().contains(difficulty.get(q)))
                    .filter(q -> topicIris.isEmpty() || sections.get(q).stream().anyMatch(topicIris::contains))
                    .filter(q -> filter.documents().isEmpty() || filter.documents().stream().anyMatch(d -> q.startsWith(Atlas.QUESTION + d + "-q")))
                    .sorted(Comparator.comparingInt(Selections::questionNumber).thenComparing(q -> q))
                    .toList();
            Set<String> nodes = new LinkedHashSet<>(questions);
            Set<String> hop = new LinkedHashSet<>();
            Lookup.select(conn, sparql, "queries/internal/export-about.rq", questions, row -> {
                nodes.add(row.getResource("c").getURI());
                if (row.contains("x")) {
                    hop.add(row.getResource("x").getURI());
                }
            });
            nodes.addAll(hop);
            String title = "Questions " + describe(filter);
            return new Selection(title, "questions-" + slug(describe(filter), "filter"), List.copyOf(nodes),
                    subgraph.of(nodes, Set.of("uses", "improvesOn")));
        }
    }

    /**
     * The graph a SPARQL CONSTRUCT builds (run read-only with the configured timeout). Its nodes are
     * the IRIs of the result that the atlas knows (entities, topics) or that are typed as questions;
     * the result has no per-document graphs, so TriG writes it as the default graph.
     */
    public Selection construct(String queryText, String name) {
        Query q;
        try {
            q = Sparql.parse(queryText);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("not a SPARQL query: " + e.getMessage());
        }
        if (!q.isConstructType()) {
            throw new IllegalArgumentException("only CONSTRUCT queries can be exported");
        }
        Model m;
        try (RDFConnection conn = connections.get()) {
            m = sparql.graph(conn, q, Map.of());
        }
        Set<String> nodes = new LinkedHashSet<>();
        m.listSubjects().andThen(m.listObjects().filterKeep(o -> o.isURIResource()).mapWith(o -> o.asResource()))
                .forEachRemaining(r -> {
                    if (r.isURIResource() && (index.byIri(r.getURI()) != null
                            || m.contains(r, org.apache.jena.vocabulary.RDF.type, Atlas.Question))) {
                        nodes.add(r.getURI());
                    }
                });
        Dataset ds = DatasetFactory.create(m);
        return new Selection(name, "construct-" + slug(name, "query"), List.copyOf(nodes), ds);
    }

    private EntityIndex.Entry entity(String nameOrIri) {
        String v = nameOrIri == null ? "" : nameOrIri.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("give a name or IRI to export");
        }
        EntityIndex.Entry e = v.matches("^https?://\\S+$") ? index.byIri(v) : index.best(v);
        if (e == null) {
            throw new IllegalArgumentException("no entity named '" + QuestionFilter.clip(v) + "'");
        }
        return e;
    }

    /**
     * The sections a name stands for: every section whose heading contains the name as a whole word
     * (case-insensitive; "Alignment" → "5. Alignment", "2.3 Alignment / RLHF", "Alignment (RLHF / DPO / GRPO)"
     * across notes), else the sections the entity index resolves the name to (typos, particles).
     * An IRI picks exactly that section.
     */
    private List<EntityIndex.Entry> topics(String nameOrIri) {
        String v = nameOrIri == null ? "" : nameOrIri.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("give a topic name or IRI");
        }
        if (v.matches("^https?://\\S+$")) {
            EntityIndex.Entry e = index.byIri(v);
            if (e == null || !e.type().equals("Topic")) {
                throw new IllegalArgumentException("no topic with IRI '" + QuestionFilter.clip(v) + "'");
            }
            return List.of(e);
        }
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(v) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<EntityIndex.Entry> out = new ArrayList<>(index.all().stream().filter(e -> e.type().equals("Topic"))
                .filter(e -> e.names().stream().anyMatch(n -> word.matcher(n).find())).toList());
        if (out.isEmpty()) {
            List<EntityIndex.Match> matches = index.resolve(v).stream().filter(m -> m.entry().type().equals("Topic")).toList();
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("no topic (section) named '" + QuestionFilter.clip(v) + "'");
            }
            int best = matches.get(0).distance();
            matches.stream().filter(m -> m.distance() == best).map(EntityIndex.Match::entry).forEach(out::add);
        }
        out.sort(Comparator.comparing(EntityIndex.Entry::iri));
        return out;
    }

    private static int questionNumber(String iri) {
        String n = iri.replaceAll("^.*-q(\\d+)$", "$1");
        return n.matches("\\d{1,9}") ? Integer.parseInt(n) : Integer.MAX_VALUE;
    }

    private static String describe(QuestionFilter f) {
        List<String> parts = new ArrayList<>();
        f.difficulties().stream().sorted().forEach(d -> parts.add("difficulty:" + d));
        f.topics().forEach(t -> parts.add("topic:" + t));
        f.documents().stream().sorted().forEach(d -> parts.add("doc:" + d));
        return String.join(",", parts);
    }

    /** ASCII, lower case, hyphens; {@code fallback} when nothing is left (e.g. a Korean heading). */
    static String slug(String s, String fallback) {
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (t.length() > 60) {
            t = t.substring(0, 60).replaceAll("-+$", "");
        }
        return t.isEmpty() ? fallback : t;
    }
}
