package org.llmatlas.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * How declared names were analysed, kept by one {@link Extractor} across its extractions. The
 * analysis of a declared surface name is a pure function of the name and the alias table, so it
 * can be shared; replaying the declaration logs of a large corpus (tens of thousands of names)
 * would otherwise analyse every name again at each update of one note. Only declared names are
 * kept (the spans prose lookups try are many more, and stay with one extraction).
 */
final class NameAnalyses {
    /** Past this many names the cache starts again (names of old versions of notes accumulate in a long-running process). */
    private static final int LIMIT = 1 << 20;

    private final Aliases aliases;
    private final Map<String, Object> forms = new ConcurrentHashMap<>();
    private final Map<String, Object> probes = new ConcurrentHashMap<>();
    private final Map<String, Object> iriBases = new ConcurrentHashMap<>();

    NameAnalyses(Aliases aliases) {
        this.aliases = aliases;
    }

    Aliases aliases() {
        return aliases;
    }

    /** The analysis of a declared name, computed on first use. */
    <T> T forms(String surface, Function<String, T> analyse) {
        return cached(forms, surface, analyse);
    }

    /** The lookup keys of a name a declaration looks up, computed on first use. */
    <T> T probe(String surface, Function<String, T> analyse) {
        return cached(probes, surface, analyse);
    }

    /** The IRI an entity first declared by {@code name} gets (before any "-2" suffix), computed on first use. */
    String iriBase(String name, Function<String, String> slug) {
        return cached(iriBases, name, slug);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cached(Map<String, Object> cache, String surface, Function<String, T> analyse) {
        Object v = cache.get(surface);
        if (v == null) {
            if (cache.size() >= LIMIT) {
                cache.clear();
            }
            v = analyse.apply(surface);
            cache.put(surface, v);
        }
        return (T) v;
    }
}
