package org.llmatlas.ask;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.llmatlas.ask.QuestionParser.Found;
import org.llmatlas.ask.QuestionParser.Intent;
import org.llmatlas.ask.QuestionParser.Kind;
import org.llmatlas.query.EntityIndex;
import org.llmatlas.query.NamedQueries;
import org.llmatlas.query.Sparql;
import org.llmatlas.search.SearchIndex;
import org.llmatlas.vocab.Atlas;

/**
 * Answers questions from the graph. The question is parsed into an intent; the intent picks a
 * named query from {@code queries/}; the entity IRIs found in the question are substituted as
 * RDF terms (never as text); the SPARQL that ran is returned with every answer and its evidence.
 * A question it cannot map gets {@code understood:false} with suggestions, never an error.
 */
public final class QuestionService {
    static final List<String> EXAMPLES = List.of(
            "which models use GQA", "what does π0 use", "what improves on PPO", "what evaluates hallucination",
            "GQA를 사용하는 모델은?", "PPO를 개선한 방법은?", "POPE는 무엇을 평가하나?", "LoRA란?",
            "hard questions about RoPE", "how are DPO and PPO related", "compare GQA and MQA",
            "which models are in the LLaMA family");
    private static final int MAX_QUESTION = 500;
    private static final Pattern VERSION = Pattern.compile("[-\\s]?v?\\d+(?:\\.\\d+)*$");
    /** Parsed named queries; substitution makes a new query, so the templates are never changed. */
    private static final Map<String, Query> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

    private final Supplier<RDFConnection> connections;
    private final EntityIndex index;
    private final QuestionParser parser;
    private final Sparql sparql;
    private final Relations relations;
    private final Function<String, List<SearchIndex.Hit>> textSearch;

    public QuestionService(Supplier<RDFConnection> connections, EntityIndex index, Sparql sparql) {
        this(connections, index, sparql, words -> List.of());
    }

    /** {@code textSearch} finds entities by the words of their names and definitions, best first (see {@link #mentioning}). */
    public QuestionService(Supplier<RDFConnection> connections, EntityIndex index, Sparql sparql,
            Function<String, List<SearchIndex.Hit>> textSearch) {
        this.textSearch = textSearch;
        this.connections = connections;
        this.index = index;
        this.parser = new QuestionParser(index);
        this.sparql = sparql;
        this.relations = new Relations(connections, index, sparql);
    }

    public Answer ask(String question) {
        String q = question == null ? "" : question.strip();
        if (q.isEmpty()) {
            return Answer.notUnderstood("", "Ask about a concept, model or benchmark.", EXAMPLES);
        }
        if (q.length() > MAX_QUESTION) {
            return Answer.notUnderstood(q.substring(0, MAX_QUESTION), "The question is longer than " + MAX_QUESTION + " characters.", EXAMPLES);
        }
        Intent intent = parser.parse(q);
        if (intent.kind() == null) {
            Answer byText = mentioning(q, intent);
            return byText != null ? byText
                    : Answer.notUnderstood(q, "No concept, model or benchmark of the atlas was found in the question.", suggestions(q));
        }
        Answer a = switch (intent.kind()) {
            case USERS_OF -> relation(q, intent, "used-by", "concept", "user", "%s that use %s");
            case USES -> relation(q, intent, "uses", "entity", "used", "what %2$s uses");
            case IMPROVED_BY -> relation(q, intent, "improved-by", "concept", "successor", "%s that improve on %s");
            case IMPROVES_ON -> relation(q, intent, "improves-on", "entity", "predecessor", "what %2$s improves on");
            case PARTS -> relation(q, intent, "parts", "whole", "part", "parts and members of %2$s");
            case PART_OF -> relation(q, intent, "part-of", "entity", "whole", "what %2$s is part of");
            case EVALUATED_BY -> relation(q, intent, "evaluated-by", "subject", "evaluator", "%s that evaluate %s");
            case EVALUATES -> orDefinition(relation(q, intent, "evaluates", "benchmark", "evaluated", "what %2$s evaluates"), intent);
            case DEVELOPER -> relation(q, intent, "developer", "entity", "organization", "who developed %2$s");
            case DEVELOPED -> relation(q, intent, "developed", "organization", "made", "%s %2$s developed");
            case DEFINE -> definition(q, intent.entities().get(0));
            case QUESTIONS -> questions(q, intent, intent.entities().get(0));
            case RELATED -> relations.path(q, intent.entities().get(0), intent.entities().get(1));
            case COMPARE -> compare(q, intent.entities().get(0), intent.entities().get(1));
            case CHAIN -> relations.chain(q, intent);
            case LIST -> list(q, intent);
        };
        return withChoices(a, intent);
    }

    private Answer relation(String q, Intent intent, String queryName, String param, String var, String phrase) {
        Found x = intent.entities().get(0);
        Query query = bind(queryName, Map.of(param, iri(x)));
        Map<String, Builder> items = new LinkedHashMap<>();
        try (RDFConnection conn = connections.get()) {
            ResultSetRewindable rs = sparql.select(conn, query, Map.of());
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String type = row.getResource("type").getLocalName();
                if (!typeAllowed(intent.typeFilter(), type)) {
                    continue;
                }
                items.computeIfAbsent(row.getResource(var).getURI(),
                        k -> new Builder(k, row.getLiteral("label").getLexicalForm(), type)).evidence(row);
            }
        }
        String what = intent.typeFilter() == null ? "entities" : plural(intent.typeFilter());
        List<Answer.Item> answers = items.values().stream().map(Builder::build).toList();
        if (intent.within() != null) {
            Set<String> members = members(intent.within());
            answers = answers.stream().filter(i -> members.contains(i.iri())).toList();
            what += " of " + intent.within().entry().label();
        }
        String interpretation = String.format(phrase, what, x.entry().label());
        Found expected = intent.expected();
        if (expected == null) {
            return answer(q, interpretation, query, answers);
        }
        // yes/no: the one answer asked about, with its evidence, or none and the open question to ask instead
        List<Answer.Item> match = answers.stream().filter(i -> i.iri().equals(expected.entry().iri())).toList();
        String verdict = "whether " + expected.entry().label() + " is among " + interpretation + ": " + (match.isEmpty() ? "the notes do not say so" : "yes");
        Answer a = answer(q, verdict, query, match);
        return match.isEmpty() ? new Answer(q, true, verdict, a.sparql(), match, List.of(interpretation), List.of()) : a;
    }

    /** The family and its members, by the named query that lists them. */
    private Set<String> members(Found family) {
        Set<String> out = new HashSet<>(Set.of(family.entry().iri()));
        try (RDFConnection conn = connections.get()) {
            ResultSetRewindable rs = sparql.select(conn, bind("parts", Map.of("whole", iri(family))), Map.of());
            rs.forEachRemaining(row -> out.add(row.getResource("part").getURI()));
        }
        return out;
    }

    /**
     * "what does MMMU evaluate": a benchmark's notes often say what it evaluates in words, not as a name of the
     * atlas ("57개 과목의 지식을 평가함"). With no such edge, its definition answers, said as such.
     */
    private Answer orDefinition(Answer a, Intent intent) {
        if (!a.answers().isEmpty() || intent.expected() != null || intent.within() != null) {
            return a; // a yes/no question, or answers narrowed to a family, asks about edges
        }
        Answer d = definition(a.question(), intent.entities().get(0));
        if (d.answers().get(0).detail().isEmpty()) {
            return a;
        }
        return new Answer(a.question(), true, a.interpretation() + ", in its definition's words",
                d.sparql(), d.answers(), List.of(), List.of());
    }

    /** A comparison shows what each of the two is, in the notes' words, after the relations between them. */
    private Answer compare(String q, Found x, Found y) {
        Answer a = relations.compare(q, x, y);
        List<Answer.Item> items = new ArrayList<>(a.answers());
        int at = (int) items.stream().takeWhile(i -> i.type().equals("Relation")).count();
        for (Found f : List.of(y, x)) {
            Answer.Item d = defined(f.entry());
            if (!d.detail().isEmpty()) {
                items.add(at, d);
            }
        }
        return new Answer(a.question(), a.understood(), a.interpretation(), a.sparql(), items, a.suggestions(), a.choices());
    }

    private Answer definition(String q, Found x) {
        EntityIndex.Entry e = x.entry();
        Answer.Item defined = defined(e);
        List<Answer.Item> items = new ArrayList<>(List.of(defined));
        if (defined.evidence().isEmpty()) {
            // "what is DAPO" when no note defines it: what the notes state about it ("DAPO improvesOn GRPO")
            items.addAll(relations.statements(x));
            return answer(q, "what " + e.label() + " is: no note defines it; what they state about it", definitionQuery(e), items);
        }
        return answer(q, "what " + e.label() + " is", definitionQuery(e), items);
    }

    private static Query definitionQuery(EntityIndex.Entry e) {
        return bind("definition", Map.of("entity", ResourceFactory.createResource(e.iri())));
    }

    /** An entity with its definitions as the detail, each with where it is written; no evidence when none is. */
    private Answer.Item defined(EntityIndex.Entry e) {
        List<Answer.Evidence> evidence = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (RDFConnection conn = connections.get()) {
            ResultSetRewindable rs = sparql.select(conn, definitionQuery(e), Map.of());
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String text = row.getLiteral("definition").getLexicalForm();
                texts.add(text);
                evidence.add(new Answer.Evidence(row.getLiteral("document").getString(), row.getLiteral("line").getInt(), text));
            }
        }
        return new Answer.Item(e.iri(), e.label(), e.type(), String.join("\n\n", texts), evidence);
    }

    /** At most this many answers come from a text search. */
    private static final int MENTIONING = 10;

    /**
     * "which benchmarks evaluate coding", "코딩을 평가하는 벤치마크는?": no name of the atlas is in the question, but it asks
     * for things of a type (benchmarks when it asks what evaluates) by what they are about. The full-text search over
     * names and definitions finds the ones whose notes mention its words; each comes with its definition, and the
     * interpretation says they were found by text, not by a stated relation. Null when the question is not of that kind.
     */
    private Answer mentioning(String q, Intent intent) {
        String words = QuestionParser.topicWords(q);
        boolean evaluation = QuestionParser.asksForEvaluation(q);
        String type = intent.typeFilter() != null ? intent.typeFilter() : evaluation ? "Benchmark" : null;
        if (words.isEmpty() || type == null || type.equals("Question")) {
            return null;
        }
        List<Answer.Item> items = new ArrayList<>();
        for (SearchIndex.Hit hit : textSearch.apply(words)) {
            EntityIndex.Entry e = index.byIri(hit.iri());
            if (e != null && typeAllowed(type, e.type()) && items.size() < MENTIONING) {
                items.add(defined(e));
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        return new Answer(q, true, plural(type) + " whose notes mention \u201c" + words + "\u201d (no name of the atlas is in the question; found by text search, not by a stated relation)",
                "", items, List.of(), List.of());
    }

    /** The lines shown for each entity of a list: where it is defined or first placed, not every mention. */
    private static final int LISTED_EVIDENCE = 3;

    /** "list the model families", "어떤 벤치마크가 있나?", "hard questions": everything of a type, by the named query for it. */
    private Answer list(String q, Intent intent) {
        boolean questions = intent.typeFilter().equals("Question");
        Query query = questions
                ? bind("questions-by-difficulty", intent.difficulty() == null ? Map.of() : Map.of("difficulty", ResourceFactory.createPlainLiteral(intent.difficulty())))
                : bind("of-type", Map.of("type", ResourceFactory.createResource(Atlas.NS + intent.typeFilter())));
        Map<String, Builder> items = new LinkedHashMap<>();
        try (RDFConnection conn = connections.get()) {
            ResultSetRewindable rs = sparql.select(conn, query, Map.of());
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String iri = row.getResource(questions ? "question" : "entity").getURI();
                Builder b = items.computeIfAbsent(iri, k -> questions
                        ? new Builder(k, "Q" + row.getLiteral("number").getInt() + ". " + row.getLiteral("text").getLexicalForm(), "Question")
                        : new Builder(k, row.getLiteral("label").getLexicalForm(), intent.typeFilter()));
                if (row.contains("document") && b.evidence.size() < LISTED_EVIDENCE) {
                    b.evidence(row.getLiteral("document").getString(), row.getLiteral("line").getInt(),
                            row.getLiteral(questions ? "text" : "quote").getLexicalForm());
                }
            }
        }
        String level = intent.difficulty() == null || !questions ? "" : intent.difficulty() + " ";
        return answer(q, "all " + level + (questions ? "questions" : plural(intent.typeFilter())), query,
                items.values().stream().map(Builder::build).toList());
    }

    private Answer questions(String q, Intent intent, Found x) {
        Query query = bind("questions-about", Map.of("concept", iri(x)));
        List<Answer.Item> items = new ArrayList<>();
        java.util.SortedSet<String> otherLevels = new java.util.TreeSet<>();
        try (RDFConnection conn = connections.get()) {
            ResultSetRewindable rs = sparql.select(conn, query, Map.of());
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String difficulty = row.getLiteral("difficulty").getString();
                if (intent.difficulty() != null && !intent.difficulty().equals(difficulty)) {
                    otherLevels.add(difficulty);
                    continue;
                }
                String text = row.getLiteral("text").getLexicalForm();
                items.add(new Answer.Item(row.getResource("question").getURI(), "Q" + row.getLiteral("number").getInt() + ". " + text,
                        "Question", difficulty, List.of(new Answer.Evidence(row.getLiteral("document").getString(),
                                row.getLiteral("line").getInt(), text))));
            }
        }
        String level = intent.difficulty() == null ? "" : intent.difficulty() + " ";
        Answer a = answer(q, level + "questions about " + x.entry().label(), query, items);
        if (!items.isEmpty() || otherLevels.isEmpty()) {
            return a;
        }
        // none at the level asked for: offer the levels there are, as questions to ask ("Medium questions about LoRA")
        List<String> offers = otherLevels.stream().map(d -> d + " questions about " + x.entry().label()).toList();
        return new Answer(a.question(), true, a.interpretation(), a.sparql(), items, offers, a.choices());
    }

    private Answer withChoices(Answer a, Intent intent) {
        List<Answer.Choice> choices = new ArrayList<>();
        for (Found f : intent.entities()) {
            if (f.matches().size() > 1) {
                for (EntityIndex.Match m : f.matches()) {
                    choices.add(new Answer.Choice(f.surface(), m.entry().iri(), m.entry().label(), m.entry().type()));
                }
            }
        }
        List<String> suggestions = a.answers().isEmpty() && a.suggestions().isEmpty() ? EXAMPLES.subList(0, 4) : a.suggestions();
        return new Answer(a.question(), a.understood(), a.interpretation(), a.sparql(), a.answers(), suggestions, choices);
    }

    private List<String> suggestions(String q) {
        List<String> out = new ArrayList<>();
        for (String word : q.split("[\\s?？!.,]+")) {
            String w = EntityIndex.stripParticles(word);
            if (w.length() >= 3 && !QuestionParser.isStop(w)) {
                List<EntityIndex.Match> m = index.resolve(w);
                if (m.isEmpty()) { // "LLaMA-4": another version of a name the atlas has
                    m = index.resolve(VERSION.matcher(w).replaceFirst(""));
                }
                m.stream().limit(3).forEach(x -> out.add("what is " + x.entry().label()));
            }
        }
        out.addAll(EXAMPLES.subList(0, 6));
        return out.stream().distinct().limit(10).toList();
    }

    /** A named query with values substituted as RDF terms in the parsed query (not in its text). */
    static Query bind(String name, Map<String, RDFNode> values) {
        Query query = TEMPLATES.computeIfAbsent(name, n -> Sparql.parse(NamedQueries.read("queries/" + n + ".rq")));
        Map<Var, org.apache.jena.graph.Node> map = new LinkedHashMap<>();
        values.forEach((k, v) -> map.put(Var.alloc(k), v.asNode()));
        return QueryTransformOps.transform(query, map);
    }

    static RDFNode iri(Found f) {
        return ResourceFactory.createResource(f.entry().iri());
    }

    static Answer answer(String q, String interpretation, Query query, List<Answer.Item> items) {
        return new Answer(q, true, interpretation, query.serialize(), items, List.of(), List.of());
    }

    private static boolean typeAllowed(String filter, String type) {
        if (filter == null) {
            return !type.equals("Topic") && !type.equals("Question");
        }
        return filter.equals(type) || filter.equals("Model") && type.equals("ModelFamily");
    }

    private static String plural(String type) {
        return switch (type) {
            case "ModelFamily" -> "model families";
            case "Concept" -> "techniques";
            default -> type.toLowerCase() + "s";
        };
    }

    /** Collects the evidence rows of one answer. */
    static final class Builder {
        private final String iri;
        private final String label;
        private final String type;
        private final List<Answer.Evidence> evidence = new ArrayList<>();
        private final Set<String> via = new LinkedHashSet<>();

        Builder(String iri, String label, String type) {
            this.iri = iri;
            this.label = label;
            this.type = type;
        }

        void evidence(QuerySolution row) {
            evidence(row.getLiteral("document").getString(), row.getLiteral("line").getInt(), row.getLiteral("quote").getLexicalForm());
            if (row.contains("via")) { // the answer holds through a member of the asked-about entity
                via.add(row.getLiteral("via").getLexicalForm());
            }
        }

        void evidence(String document, int line, String quote) {
            Answer.Evidence e = new Answer.Evidence(document, line, quote);
            if (!evidence.contains(e)) {
                evidence.add(e);
            }
        }

        Answer.Item build() {
            return new Answer.Item(iri, label, type, via.isEmpty() ? null : "via " + String.join(", ", via), List.copyOf(evidence));
        }
    }
}
