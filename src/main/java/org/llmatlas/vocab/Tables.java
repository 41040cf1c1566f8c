package org.llmatlas.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The curated tables of {@code ontology/} ({@code name<TAB>name} rows, {@code #} comments), read from the class path. */
public final class Tables {
    private Tables() {}

    /** The first two columns of each row of {@code resource}, in file order; empty when it is absent. */
    public static Map<String, String> pairs(String resource) {
        Map<String, String> rows = new LinkedHashMap<>();
        try (InputStream in = Tables.class.getClassLoader().getResourceAsStream(resource)) {
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
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
