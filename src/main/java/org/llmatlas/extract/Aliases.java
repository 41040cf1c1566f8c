package org.llmatlas.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The curated alias table {@code ontology/aliases.tsv} ({@code variant<TAB>canonical}): names that
 * no rule can join (a misspelling in a lecture, a nickname). Keys are compared normalised.
 */
final class Aliases {
    private final Map<String, String> canonical = new HashMap<>();

    static Aliases load() {
        Aliases a = new Aliases();
        try (InputStream in = Aliases.class.getClassLoader().getResourceAsStream("ontology/aliases.tsv")) {
            if (in == null) {
                return a;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] cols = line.split("\t");
                if (cols.length >= 2 && !line.startsWith("#")) {
                    a.canonical.put(Names.key(cols[0]), cols[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ontology/aliases.tsv", e);
        }
        return a;
    }

    java.util.Set<String> variantKeys() {
        return canonical.keySet();
    }

    /** The canonical spelling of {@code name}, or {@code name} itself. */
    String canonical(String name) {
        return canonical.getOrDefault(Names.key(name), name);
    }
}
