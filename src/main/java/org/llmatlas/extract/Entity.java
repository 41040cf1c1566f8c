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
    void offerType(Resource t, int rank) {
        if (rank > typeRank) {
            type = t;
            typeRank = rank;
        }
    }

    void addName(String name) {
        String n = name.strip();
        if (n.isEmpty()) {
            return;
        }
        String lang = Names.hasHangul(n) ? "ko" : "en";
        String current = labels.get(lang);
        if (current == null) {
            labels.put(lang, n);
        } else if (!current.equals(n)) {
            altLabels.add(n);
        }
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
