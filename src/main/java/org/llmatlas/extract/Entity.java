package org.llmatlas.extract;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.llmatlas.vocab.Atlas;

/**
 * One real thing across all notes. Its IRI is fixed when it is created; names seen later are
 * added as alternative labels. The label per language is the first name of that language.
 */
final class Entity {
    final String iri;
    final Map<String, String> labels = new LinkedHashMap<>();
    final Set<String> altLabels = new LinkedHashSet<>();
    private Resource type;
    private int typeRank;
    /** For a model: the family it belongs to (partOf), if known. */
    Entity family;

    Entity(String iri, Resource type, int typeRank) {
        this.iri = iri;
        this.type = type;
        this.typeRank = typeRank;
    }

    Resource type() {
        return type;
    }

    /** Keeps the better-founded type: a type from the section or sentence beats the default Concept. */
    /** Returns true when the type (or its rank) changed. */
    boolean offerType(Resource t, int rank) {
        if (rank > typeRank) {
            type = t;
            typeRank = rank;
            return true;
        }
        return false;
    }

    /** Adds a name (the label of its language, or an alternative label); returns true when it was new. */
    boolean addName(String name) {
        String n = name.strip();
        if (n.isEmpty()) {
            return false;
        }
        String lang = Names.hasHangul(n) ? "ko" : "en";
        String current = labels.get(lang);
        if (current == null) {
            labels.put(lang, n);
            return true;
        }
        return !current.equals(n) && altLabels.add(n);
    }

    boolean isModelLike() {
        return type.equals(Atlas.Model) || type.equals(Atlas.ModelFamily);
    }

    String label() {
        return labels.getOrDefault("en", labels.values().iterator().next());
    }

    @Override
    public String toString() {
        return label();
    }
}
