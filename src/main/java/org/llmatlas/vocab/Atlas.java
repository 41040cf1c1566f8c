package org.llmatlas.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Constants of the LLM Atlas vocabulary; mirrors {@code ontology/atlas.ttl}. */
public final class Atlas {
    public static final String NS = "https://w3id.org/llm-atlas/ontology#";
    /** Base of all instance IRIs. */
    public static final String BASE = "https://w3id.org/llm-atlas/";
    public static final String CONCEPT = BASE + "concept/";
    public static final String TOPIC = BASE + "topic/";
    public static final String QUESTION = BASE + "question/";
    public static final String DOC = BASE + "doc/";
    public static final String GRAPH = BASE + "graph/";
    public static final String EVIDENCE = BASE + "evidence/";

    public static final Resource Entity = res("Entity");
    public static final Resource Concept = res("Concept");
    public static final Resource Model = res("Model");
    public static final Resource ModelFamily = res("ModelFamily");
    public static final Resource Benchmark = res("Benchmark");
    public static final Resource Metric = res("Metric");
    public static final Resource Organization = res("Organization");
    public static final Resource Topic = res("Topic");
    public static final Resource Question = res("Question");
    public static final Resource Document = res("Document");
    public static final Resource Evidence = res("Evidence");
    /** The types of the things notes name (not the notes' own topics, questions and documents). */
    public static final java.util.List<Resource> ENTITY_TYPES = java.util.List.of(Concept, Model, ModelFamily, Benchmark, Metric, Organization);

    public static final Property uses = prop("uses");
    public static final Property improvesOn = prop("improvesOn");
    public static final Property partOf = prop("partOf");
    public static final Property evaluatedBy = prop("evaluatedBy");
    /** From a model, family or technique to the organization that made it (not one of the four relations). */
    public static final Property developedBy = prop("developedBy");
    public static final Property about = prop("about");
    public static final Property inverseLabel = prop("inverseLabel");

    public static final Property difficulty = prop("difficulty");
    public static final Property number = prop("number");
    public static final Property text = prop("text");
    public static final Property answer = prop("answer");
    public static final Property level = prop("level");

    public static final Property document = prop("document");
    public static final Property line = prop("line");
    public static final Property quote = prop("quote");
    public static final Property cue = prop("cue");
    public static final Property rule = prop("rule");
    public static final Property graph = prop("graph");
    public static final Property fileName = prop("fileName");
    public static final Property sha256 = prop("sha256");
    public static final Property repaired = prop("repaired");
    public static final Property repairCodePage = prop("repairCodePage");
    public static final Property repairConfidence = prop("repairConfidence");
    public static final Property repairedSequences = prop("repairedSequences");
    public static final Property unresolvedPositions = prop("unresolvedPositions");

    /** The four relations between entities, in display order. */
    public static final java.util.List<Property> RELATIONS = java.util.List.of(uses, improvesOn, partOf, evaluatedBy);
    /** The relations between entities that the graph view draws and exports keep: the four, and who developed a model. */
    public static final java.util.List<Property> LINKS = java.util.List.of(uses, improvesOn, partOf, evaluatedBy, developedBy);

    private Atlas() {}

    private static Resource res(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
