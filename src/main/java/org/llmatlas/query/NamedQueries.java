package org.llmatlas.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of {@code queries/*.rq}, read from the classpath (the build copies {@code queries/}
 * into the jar), listed in {@code queries/index.txt} order.
 */
public final class NamedQueries {
    private final Map<String, NamedQuery> byName = new LinkedHashMap<>();

    public static NamedQueries load() {
        NamedQueries q = new NamedQueries();
        for (String name : read("queries/index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            q.byName.put(name, NamedQuery.parse(name, read("queries/" + name + ".rq")));
        }
        return q;
    }

    public List<NamedQuery> all() {
        return List.copyOf(byName.values());
    }

    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** A query text from the classpath, e.g. {@code queries/entity-index.rq}. */
    public static String read(String path) {
        try (InputStream in = NamedQueries.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
