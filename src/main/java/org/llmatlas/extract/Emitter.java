package org.llmatlas.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2Legacy;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.llmatlas.vocab.Atlas;

/**
 * Writes the statements of one document into its graph, each with a statement node of evidence
 * (document, line, quote, cue, rule). Evidence IRIs are a hash of the triple and line, so the
 * same statement made twice on one line yields one node and re-extraction is stable.
 */
final class Emitter {
    static final String STATED = "stated";
    static final String IMPLIED = "implied";

    private static final Node TYPE = RDF.type.asNode();
    private static final Node EVIDENCE = Atlas.Evidence.asNode();
    private static final Node SUBJECT = RDF.subject.asNode();
    private static final Node PREDICATE = RDF.predicate.asNode();
    private static final Node OBJECT = RDF.object.asNode();
    private static final Node DOCUMENT = Atlas.document.asNode();
    private static final Node LINE = Atlas.line.asNode();
    private static final Node QUOTE = Atlas.quote.asNode();
    private static final Node CUE = Atlas.cue.asNode();
    private static final Node RULE = Atlas.rule.asNode();

    /**
     * An in-memory graph written at graph level (no statement objects). GraphMem2Legacy: about twice
     * as fast to add to as the default GraphMem, and it iterates in nearly the same order (only the
     * triples of a subject with many may come in another order). The order matters because the store
     * copies graphs in it and unordered query results (GROUP_CONCAT lists) follow it: GraphMem2Fast,
     * faster still, iterates quite differently and reorders the lists of two named queries' goldens.
     */
    final Model model = ModelFactory.createModelForGraph(new GraphMem2Legacy());
    private final Graph graph = model.getGraph();
    final Resource document;
    private final Node documentNode;
    private final String docName;
    private final String evidencePrefix;
    private final MessageDigest sha256;

    /** The UTF-8 string forms of the resources hashed into evidence IRIs (entities recur; Jena formats each anew). */
    private final Map<Node, byte[]> strings = new HashMap<>();
    /** The quote literals: a line is the quote of all the statements it makes. */
    private final Map<String, Node> quotes = new HashMap<>();
    private final Map<Entity, Resource> entities = new java.util.IdentityHashMap<>();
    /** The literals of line numbers, cues and rule names, made once each (a handful, used thousands of times). */
    private final Map<Integer, Node> lines = new HashMap<>();
    private final Map<String, Node> names = new HashMap<>();

    Emitter(String docName) {
        this.docName = docName;
        this.document = model.createResource(Atlas.DOC + docName);
        this.documentNode = document.asNode();
        this.evidencePrefix = Atlas.EVIDENCE + docName + "/";
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        model.setNsPrefix("atlas", Atlas.NS);
        model.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        model.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
    }

    /** Adds a triple without evidence (types, labels: the evidence of the statement that introduced them covers them). */
    void plain(Resource s, Property p, RDFNode o) {
        graph.add(Triple.create(s.asNode(), p.asNode(), o.asNode()));
    }

    /** Adds a triple with its evidence. */
    void stated(Resource s, Property p, RDFNode o, int line, String quote, String cue, String rule) {
        if (s.equals(o)) {
            return;
        }
        Node sn = s.asNode();
        Node pn = p.asNode();
        Node on = o.asNode();
        graph.add(Triple.create(sn, pn, on));
        Node e = NodeFactory.createURI(evidencePrefix + hash(s, p, o, line));
        graph.add(Triple.create(e, TYPE, EVIDENCE));
        graph.add(Triple.create(e, SUBJECT, sn));
        graph.add(Triple.create(e, PREDICATE, pn));
        graph.add(Triple.create(e, OBJECT, on));
        graph.add(Triple.create(e, DOCUMENT, documentNode));
        graph.add(Triple.create(e, LINE, lines.computeIfAbsent(line, n -> NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger))));
        graph.add(Triple.create(e, QUOTE, quotes.computeIfAbsent(quote, NodeFactory::createLiteralString)));
        graph.add(Triple.create(e, CUE, names.computeIfAbsent(cue, NodeFactory::createLiteralString)));
        graph.add(Triple.create(e, RULE, names.computeIfAbsent(rule, NodeFactory::createLiteralString)));
    }

    Resource resource(String iri) {
        return model.createResource(iri);
    }

    /** The resource of an entity, made once per graph (an entity is named in many statements). */
    Resource entity(Entity e) {
        Resource r = entities.get(e);
        if (r == null) {
            r = model.createResource(e.iri);
            entities.put(e, r);
        }
        return r;
    }

    /** An xsd:integer literal (Jena's typed literal of a long would be xsd:long). */
    Literal integer(long n) {
        return model.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    Literal text(String s) {
        return model.createLiteral(s, Names.hasHangul(s) ? "ko" : "en");
    }

    /** A literal (a definition, met once) is formatted without being kept. */
    private byte[] formatted(RDFNode n) {
        if (n.isLiteral()) {
            return literal(n.asLiteral()).getBytes(StandardCharsets.UTF_8);
        }
        byte[] f = strings.get(n.asNode());
        if (f == null) {
            f = n.toString().getBytes(StandardCharsets.UTF_8);
            strings.put(n.asNode(), f);
        }
        return f;
    }

    /**
     * A literal as Jena writes it ({@code toString}): a language-tagged text with nothing to escape is
     * {@code "text"@lang}, written here without Jena's escaping pass over every character.
     */
    static String literal(Literal l) {
        String lang = l.getLanguage();
        String text = l.getLexicalForm();
        if (lang.isEmpty() || !nothingToEscape(text)) {
            return l.toString();
        }
        return new StringBuilder(text.length() + lang.length() + 3).append('"').append(text).append("\"@").append(lang).toString();
    }

    /** No quote, backslash, control character or surrogate (the characters an escape could be written for). */
    private static boolean nothingToEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7F && c <= 0x9F || Character.isSurrogate(c) || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }

    /** The SHA-256 of "s p o line" (fed in parts: the UTF-8 of a concatenation is the concatenation of the parts' UTF-8). */
    private String hash(Resource s, Property p, RDFNode o, int line) {
        sha256.reset();
        sha256.update(formatted(s));
        sha256.update((byte) ' ');
        sha256.update(formatted(p));
        sha256.update((byte) ' ');
        sha256.update(formatted(o));
        sha256.update((byte) ' ');
        byte[] digest = sha256.digest(Integer.toString(line).getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(digest, 0, 8);
    }
}
