package org.llmatlas.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Korean names of common terms, {@code ontology/glossary-ko.tsv}, for linking names in questions. */
final class Glossary {
    private static final String FILE = "ontology/glossary-ko.tsv";

    private Glossary() {}

    /** Korean name → English name, in file order. */
    static Map<String, String> korean() {
        Map<String, String> rows = new LinkedHashMap<>();
        try (InputStream in = Glossary.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                return rows;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] cols = line.split("\t");
                if (cols.length >= 2 && !line.startsWith("#")) {
                    rows.put(cols[0].strip(), cols[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return rows;
    }
}
