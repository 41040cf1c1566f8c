package org.llmatlas.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.llmatlas.vocab.Tables;

/**
 * Resolves the names people type to entities of the graph: tolerant of case, spacing, hyphens,
 * Korean particles ("GQA를", "LoRA란"), parenthesised qualifiers and small typos. Built from the
 * store ({@code queries/internal/entities.rq}); immutable: after an update of the store,
 * {@link #updated} makes a new index for the entities the replaced graphs describe.
 */
public final class EntityIndex {
    /** An entity with the names it can be called by. */
    public record Entry(String iri, String label, String type, Set<String> names) {}

    /** A resolved name: the entry, and how far the typed name was from it (0 = exact key). */
    public record Match(Entry entry, int distance) {}

    private static final Pattern PARTICLE = Pattern.compile(
            "(?:이란|란|이라는|라는|에서는|에서|에게|으로는|으로|로는|로|와의|과의|와|과|이나|나|이랑|랑|은|는|이|가|을|를|의|도|만|에|들|까지|부터|처럼|보다|에 대해|에 대한|에대해)$");

    /** Compiled once: {@link #key} runs for every span of every question. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_‐–—·'’\"`?？!.,]+(?=\\D|$)");
    private static final Pattern SEPARATORS_BETWEEN_DIGITS = Pattern.compile("[\\s\\-_‐–—·'’\"`?？!,]+");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D+");
    private static final Pattern VERSION_ZERO = Pattern.compile("(\\d)\\.0(?![\\d.])");

    /** The names of the lower-case Greek letters α (U+03B1) … ω (U+03C9); ς is sigma. */
    private static final String[] GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
        "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"};

    private static final String ENTITIES = "queries/internal/entities.rq";
    private static final Map<String, String> GLOSSARY = Tables.pairs("ontology/glossary-ko.tsv");

    private final Map<String, Entry> byIri;
    private final Map<String, List<Entry>> byKey;
    private final Map<String, String> glossary;
    /** The (key, entity) pairs the glossary added, so that an update can take them back and add them again. */
    private final List<Map.Entry<String, Entry>> glossaryAdded = new ArrayList<>();
    /**
     * While an index is built by {@link #updated}: the keys whose lists it has copied; the other lists
     * are shared with the index it was made from and never changed. Null once built, and for an index
     * built from scratch (it owns every list).
     */
    private Set<String> owned;

    private EntityIndex(Map<String, Entry> byIri, Map<String, List<Entry>> byKey, Map<String, String> glossary) {
        this.byIri = byIri;
        this.byKey = byKey;
        this.glossary = glossary;
    }

    /** The index of every entity and topic of the graph, with the names of the glossary. */
    public static EntityIndex load(RDFConnection conn) {
        return of(entries(conn, Sparql.parse(NamedQueries.read(ENTITIES))).values(), GLOSSARY);
    }

    /**
     * An index of {@code entries}, with the names of a {@code glossary} ({@code other name → name as
     * the notes write it}) added to the one entity (not section heading) the second name resolves to
     * exactly; rows naming nothing, or several things, are skipped.
     */
    public static EntityIndex of(Collection<Entry> entries, Map<String, String> glossary) {
        EntityIndex index = new EntityIndex(new LinkedHashMap<>(), new HashMap<>(), Map.copyOf(glossary));
        entries.forEach(index::add);
        index.addGlossary();
        return index;
    }

    /**
     * A new index: this one with the entities {@code iris} read again from the graph through
     * {@code conn} (their names, labels and types from every graph that describes them; an entity
     * no graph describes any more is left out). This index is not changed, so readers holding it
     * never see a half-updated index; the two share what did not change.
     */
    public EntityIndex updated(RDFConnection conn, Collection<String> iris) {
        Map<String, Entry> fresh = iris.isEmpty() ? Map.of()
                : entries(conn, Sparql.withValuesFirst(NamedQueries.read(ENTITIES), "iri", iris));
        EntityIndex next = new EntityIndex(new LinkedHashMap<>(byIri), new HashMap<>(byKey), glossary);
        next.owned = new HashSet<>();
        glossaryAdded.forEach(p -> next.list(p.getKey()).remove(p.getValue()));
        for (String iri : new LinkedHashSet<>(iris)) {
            next.replace(byIri.get(iri), fresh.get(iri));
        }
        next.addGlossary();
        next.owned.stream().filter(k -> next.byKey.get(k).isEmpty()).toList().forEach(next.byKey::remove);
        next.owned = null;
        return next;
    }

    /** Reads the entries of the rows of {@code query} (a query shaped as {@code entities.rq}). */
    private static Map<String, Entry> entries(RDFConnection conn, Query query) {
        Map<String, String> labels = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        conn.querySelect(query, (QuerySolution row) -> {
            String iri = row.getResource("iri").getURI();
            String name = row.getLiteral("name").getLexicalForm();
            String lang = row.getLiteral("name").getLanguage();
            types.putIfAbsent(iri, row.getResource("type").getLocalName());
            names.computeIfAbsent(iri, k -> new LinkedHashSet<>()).add(name);
            if (row.getLiteral("kind").getString().equals("label") && (!labels.containsKey(iri) || lang.equals("en"))) {
                labels.put(iri, name);
            }
        });
        Map<String, Entry> out = new LinkedHashMap<>();
        names.forEach((iri, n) -> out.put(iri, new Entry(iri, labels.getOrDefault(iri, n.iterator().next()), types.get(iri), n)));
        return out;
    }

    private void addGlossary() {
        glossaryAdded.clear();
        glossary.forEach((other, name) -> {
            List<Match> m = exact(name).stream().filter(x -> !x.entry().type().equals("Topic")).toList();
            if (m.size() == 1) {
                Entry e = m.get(0).entry();
                list(key(other)).add(e);
                glossaryAdded.add(Map.entry(key(other), e));
            }
        });
    }

    private void add(Entry e) {
        byIri.put(e.iri(), e);
        for (String k : keysOf(e)) {
            List<Entry> list = list(k);
            if (!list.contains(e)) {
                list.add(e);
            }
        }
    }

    /**
     * Replaces entry {@code old} by {@code now} (either may be null): under the keys both have, in the
     * same place, so that ties between entities of the same name rank as before.
     */
    private void replace(Entry old, Entry now) {
        Set<String> newKeys = now == null ? Set.of() : keysOf(now);
        if (old != null) {
            for (String k : keysOf(old)) {
                List<Entry> list = list(k);
                int i = list.indexOf(old);
                if (i >= 0 && newKeys.contains(k)) {
                    list.set(i, now);
                } else if (i >= 0) {
                    list.remove(i);
                }
            }
            if (now == null) {
                byIri.remove(old.iri());
            }
        }
        if (now != null) {
            add(now);
        }
    }

    /** The list of entities under key {@code k}, created if absent; one this index may change. */
    private List<Entry> list(String k) {
        List<Entry> list = byKey.get(k);
        boolean shared = list != null && owned != null && !owned.contains(k);
        if (list == null || shared) {
            list = list == null ? new ArrayList<>() : new ArrayList<>(list);
            byKey.put(k, list);
            if (owned != null) {
                owned.add(k);
            }
        }
        return list;
    }

    public Entry byIri(String iri) {
        return byIri.get(iri);
    }

    /** The number of entities and topics. */
    public int size() {
        return byIri.size();
    }

    public List<Entry> all() {
        return List.copyOf(byIri.values());
    }

    /**
     * The entities a name may refer to, best first: exact keys, then keys without Korean particles, then
     * the singular of a plural, then keys within a small edit distance (1 for short names, 2 for names of 8+ characters) that
     * have the same digits (a different number is another version, not a typo).
     * Topics rank after entities of the same distance.
     */
    public List<Match> resolve(String name) {
        return resolve(name, true);
    }

    /** Like {@link #resolve(String)}; without {@code typos} only exact and particle-stripped keys match. */
    public List<Match> resolve(String name, boolean typos) {
        String k = key(name);
        if (k.isEmpty()) {
            return List.of();
        }
        List<Match> exact = matches(byKey.get(k), 0);
        if (!exact.isEmpty()) {
            return exact;
        }
        String bare = stripParticles(name);
        String stripped = key(bare);
        if (!stripped.equals(k)) {
            List<Match> m = matches(byKey.get(stripped), 0);
            if (!m.isEmpty()) {
                return m;
            }
        }
        if (PLURAL.matcher(bare.strip()).find()) {
            // "random negatives", "LLMs": the singular, when nothing has the plural name itself
            List<Match> m = matches(byKey.get(stripped.substring(0, stripped.length() - 1)), 0);
            if (!m.isEmpty()) {
                return m;
            }
        }
        return typos ? fuzzy(stripped) : List.of();
    }

    /** A plural English word closing a name (the extractor's Lexicon reads names so too). */
    private static final Pattern PLURAL = Pattern.compile("(?:\\p{IsLatin}{3,}[^s\\s]|\\p{Lu}{2,})s$");

    /** Entities whose names equal {@code name} up to case, spacing, hyphens and particles; no typo tolerance. */
    public List<Match> exact(String name) {
        return resolve(name, false);
    }

    /** The best entity for a name, or null when there is none or the best is a tie between different things. */
    public Entry best(String name) {
        List<Match> m = resolve(name);
        return m.isEmpty() ? null : m.get(0).entry();
    }

    private List<Match> fuzzy(String k) {
        if (k.length() < 3) {
            return List.of();
        }
        int max = k.length() >= 8 ? 2 : 1;
        List<Match> out = new ArrayList<>();
        Set<Entry> seen = new LinkedHashSet<>();
        for (Map.Entry<String, List<Entry>> e : byKey.entrySet()) {
            String cand = e.getKey();
            if (Math.abs(cand.length() - k.length()) > max || cand.length() < 3) {
                continue;
            }
            int d = Edits.distance(k, cand, max);
            if (d <= max && digits(k).equals(digits(cand))) { // "FlashAttention-2" is not a typo of FlashAttention, nor LLaMA-4 of LLaMA-3
                for (Entry x : e.getValue()) {
                    if (seen.add(x)) {
                        out.add(new Match(x, d));
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Match::distance).thenComparing(m -> m.entry().type().equals("Topic")));
        return out;
    }

    private static String digits(String key) {
        return NON_DIGITS.matcher(key).replaceAll("");
    }

    private static List<Match> matches(List<Entry> entries, int distance) {
        if (entries == null) {
            return List.of();
        }
        return entries.stream().sorted(Comparator.comparing(e -> e.type().equals("Topic")))
                .map(e -> new Match(e, distance)).toList();
    }

    private static Set<String> keysOf(Entry e) {
        Set<String> keys = new LinkedHashSet<>();
        e.names().forEach(n -> keys.addAll(keysOf(n)));
        return keys;
    }

    private static List<String> keysOf(String name) {
        List<String> keys = new ArrayList<>();
        keys.add(key(name));
        String noParen = name.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
        if (!noParen.equals(name) && !noParen.isEmpty()) {
            keys.add(key(noParen));
        }
        String noNumber = name.replaceFirst("^\\d+(?:\\.\\d+)*\\.?\\s+", "");
        if (!noNumber.equals(name)) {
            keys.add(key(noNumber));
        }
        return keys;
    }

    /** Korean particles at the end of a name, as typed in a question: "GQA를" → "GQA", "LoRA란" → "LoRA". */
    public static String stripParticles(String s) {
        String t = s.strip();
        String before;
        do {
            before = t;
            String stripped = PARTICLE.matcher(t).replaceFirst("").strip();
            if (!stripped.isEmpty()) {
                t = stripped;
            }
        } while (!t.equals(before));
        return t;
    }

    /** Lower case, NFKC, Greek letters spelled out ("π0" = "pi0"), no spaces/hyphens/underscores; "1.0" versions as "1". */
    public static String key(String name) {
        String s = spellGreek(Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        s = SEPARATORS.matcher(s).replaceAll("");
        s = SEPARATORS_BETWEEN_DIGITS.matcher(s).replaceAll("");
        return VERSION_ZERO.matcher(s).replaceAll("$1");
    }

    private static String spellGreek(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean greek = c >= '\u03B1' && c <= '\u03C9';
            if (greek && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                out.append(greek ? GREEK[c - '\u03B1'] : String.valueOf(c));
            }
        }
        return out == null ? s : out.toString();
    }
}
