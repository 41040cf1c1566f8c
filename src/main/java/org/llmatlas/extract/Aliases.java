package org.llmatlas.extract;

import java.util.HashMap;
import java.util.Map;
import org.llmatlas.vocab.Tables;

/**
 * The curated alias table {@code ontology/aliases.tsv} ({@code variant<TAB>canonical}): names that
 * no rule can join (a misspelling in a lecture, a nickname). Keys are compared normalised.
 */
final class Aliases {
    private final Map<String, String> canonical = new HashMap<>();

    static Aliases load() {
        Aliases a = new Aliases();
        Tables.pairs("ontology/aliases.tsv").forEach((variant, canonical) -> a.canonical.put(Names.key(variant), canonical));
        return a;
    }

    java.util.Set<String> variantKeys() {
        return canonical.keySet();
    }

    /** {@code Names.key(canonical(name))}, normalising the name once when it has no alias. */
    String canonicalKey(String name) {
        String key = Names.key(name);
        String c = canonical.get(key);
        return c == null ? key : Names.key(c);
    }

    /** The canonical spelling of a name by its {@link Names#key key}, or null when the table has no such variant. */
    String canonicalOfKey(String key) {
        return canonical.get(key);
    }

    /** The canonical spelling of {@code name}, or {@code name} itself. */
    String canonical(String name) {
        return canonical.getOrDefault(Names.key(name), name);
    }
}
