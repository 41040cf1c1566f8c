package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.llmatlas.vocab.Atlas;

/**
 * Entity resolution: maps every way a name is written to one {@link Entity}. Keys are
 * {@link Names#key normalised}; a lookup also tries the name without Korean particles, without
 * size/year qualifiers, its parenthesised long or short form, and finally the family of a
 * versioned model name ("LLaMA" → the LLaMA family).
 */
final class Lexicon {
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\"'“‘]+|[\"'”’.,;:]+$");
    /** Every character {@link #EDGE_PUNCTUATION} removes: a name with none at either end is left alone. */
    private static final String EDGE_CHARS = "\"'“‘”’.,;:";
    static final int RANK_DEFAULT = 0;
    static final int RANK_SENTENCE = 1;
    static final int RANK_SECTION = 2;

    /** A last word in the plural: "Optimizers", "LLMs" (not "Loss", "Bias"). */
    static final Pattern PLURAL = Pattern.compile("(?:[\\p{IsLatin}]{3,}[^s]|\\p{Lu}{2,})s$");
    private static final Pattern PAREN = Pattern.compile("^(.+?)\\s*[(（]([^()（）]+)[)）]\\s*$");
    private static final Pattern YEAR = Pattern.compile(".*\\b(?:19|20)\\d{2}\\b.*");
    /** What {@link #letters} removes (kept as its specification). */
    static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]");
    private static final Pattern NON_LETTER_RUN = Pattern.compile("[^\\p{L}]+");
    private static final Pattern FAMILY_TAIL = Pattern.compile("(?i)\\s*family$");
    private static final Pattern FAMILY_WORD = Pattern.compile("(?i)^(.+?)\\s*(?:계열|family|series|시리즈)$");

    private final Map<String, Entity> byKey = new HashMap<>();
    private final PrefixIndex prefixes = new PrefixIndex();
    private final Map<String, Entity> familiesByStem = new HashMap<>();
    /**
     * What a surface name is looked up by (a pure function of the surface, so never invalidated), with
     * the last answer and the {@link #keysVersion} it was found at.
     */
    private final Map<String, Lookup> lookups = new HashMap<>();
    /** How declared names are analysed (also pure), shared with the extractor's other lexicons. */
    private final NameAnalyses declared;
    private final Map<String, Entity> byIri = new LinkedHashMap<>();
    private final Aliases aliases;
    /** Where declarations are recorded, or null (not recording, e.g. while replaying). */
    private DeclarationLog log;
    /** Counts changes to the lexicon and its entities: a declaration that changed nothing is not logged. */
    private long changes;
    /** Counts additions to the keys and family stems, the only state {@link #find} reads: a looked-up answer stays true until it moves. */
    private long keysVersion;

    Lexicon(Aliases aliases) {
        this(new NameAnalyses(aliases));
    }

    Lexicon(NameAnalyses declared) {
        this.declared = declared;
        this.aliases = declared.aliases();
        aliases.variantKeys().forEach(this::addPrefixes);
    }

    private void addPrefixes(String key) {
        prefixes.add(key);
    }

    /** Adds a key (first one wins) and all its prefixes, so prose scanning can stop early. */
    private Entity putKey(String key, Entity e) {
        Entity previous = byKey.putIfAbsent(key, e);
        if (previous == null) {
            changes++;
            keysVersion++;
            addPrefixes(key);
        }
        return previous;
    }

    /** True when some known name's key starts with {@code keyPrefix}: a longer span may still match. */
    boolean hasPrefix(String keyPrefix) {
        return prefixes.isPrefix(keyPrefix);
    }

    /** {@link PrefixIndex#walk}: the prefix node of known keys reached from {@code node} by {@code keyPart}, or -1. */
    int prefixNode(int node, String keyPart) {
        return prefixes.walk(node, keyPart);
    }

    Collection<Entity> entities() {
        return byIri.values();
    }

    /** Finds the entity a surface name refers to, or empty. */
    Optional<Entity> find(String surface) {
        Lookup l = lookups.get(surface);
        if (l == null) {
            l = new Lookup(probe(surface));
            lookups.put(surface, l);
        }
        if (l.version != keysVersion) {
            l.found = find(l.probe);
            l.version = keysVersion;
        }
        return l.found;
    }

    /** A surface's probe and its answer at a {@link #keysVersion} (-1: not yet looked up). */
    private static final class Lookup {
        final Probe probe;
        long version = -1;
        Optional<Entity> found;

        Lookup(Probe probe) {
            this.probe = probe;
        }
    }

    /** As {@link #find(String)} for a name a declaration looks up: its probe is kept for later extractions. */
    private Optional<Entity> findDeclared(String surface) {
        return find(declared.<Probe>probe(surface, this::probe));
    }

    private Optional<Entity> find(Probe p) {
        for (String key : p.keys()) {
            Entity e = byKey.get(key);
            if (e != null && (p.size() == null || !otherSize(e.label(), p.size()))) {
                return Optional.of(e);
            }
        }
        return p.stemKey() == null ? Optional.empty() : Optional.ofNullable(familiesByStem.get(p.stemKey()));
    }

    /**
     * Whether a label ends in a size other than {@code size}: "DeepSeek-R1-Distill-Qwen-32B" is not the 7B of
     * "DeepSeek-R1-Distill-Qwen-7B", though both read as sizes of one name ("LLaMA 2 70B" is LLaMA 2 at a size).
     */
    private static boolean otherSize(String label, String size) {
        String bare = Names.stripTrailingSize(label);
        return bare.length() < label.length() && !Names.key(label.substring(bare.length())).equals(size);
    }

    /**
     * The keys a surface is looked up by, in order (its {@link #candidates} through the alias table),
     * and the stem key of the family it may be a bare name of (or null).
     */
    /** The keys to look a name up by, its family stem key (or null) and the key of the size it ends in (or null). */
    private record Probe(String[] keys, String stemKey, String size) {}

    private Probe probe(String surface) {
        return probe(candidates(surface));
    }

    /** The probe of the surface whose {@link #candidates} are given. */
    private Probe probe(List<String> candidates) {
        // the first key found wins, so a key met again adds nothing
        String[] keys = new String[candidates.size()];
        int n = 0;
        String previous = null;
        String previousKey = null;
        for (String c : candidates) {
            String key = c == previous ? previousKey : aliases.canonicalKey(c); // the strippings often leave the name as it was
            previous = c;
            previousKey = key;
            if (!java.util.Arrays.asList(keys).subList(0, n).contains(key)) {
                keys[n++] = key;
            }
        }
        keys = java.util.Arrays.copyOf(keys, n);
        String bare = candidates.get(2); // Names.stripSize(clean(surface))
        if (endsInS(bare) && PLURAL.matcher(bare).find()) {
            // "Paged Optimizers", "LLMs": the singular, when nothing has the plural name itself
            keys = java.util.Arrays.copyOf(keys, keys.length + 1);
            keys[keys.length - 1] = aliases.canonicalKey(bare.substring(0, bare.length() - 1));
        }
        // "LAVA" in the alias table: the bare name of the family its canonical spelling ("LLaVA") is the stem of
        String stem = bare.isEmpty() ? bare : aliases.canonical(bare);
        String bareKey = stem.isEmpty() ? null : Names.key(stem);
        String stemKey = bareKey != null && bareKey.equals(Names.stemKey(stem)) ? bareKey : null;
        String qualified = candidates.get(1);
        String size = bare.length() < qualified.length() ? Names.key(qualified.substring(bare.length())) : null;
        return new Probe(keys, stemKey, size);
    }

    /** Whether {@code s} ends in 's', perhaps before a final line terminator: {@link #PLURAL} needs it. */
    private static final Pattern VERSION_SUFFIX = Pattern.compile("[-\\s]?v?\\d+(?:\\.\\d+)*$");

    /** "FlashAttention-2" after "FlashAttention", a technique: a version of a known concept is a concept, not a model. */
    boolean isVersionOfConcept(String name) {
        String stem = VERSION_SUFFIX.matcher(name).replaceFirst("");
        return !stem.equals(name) && !stem.isEmpty() && find(stem).filter(e -> e.type().equals(Atlas.Concept)).isPresent();
    }

    static boolean endsInS(String s) {
        int n = Names.endBeforeFinalTerminator(s);
        return n >= 1 && s.charAt(n - 1) == 's';
    }

    /** True when the curated alias table names {@code surface} ("언어 모델" → Language Model). */
    boolean isCurated(String surface) {
        return !aliases.canonical(clean(surface)).equals(clean(surface));
    }

    /** Records every later change to this lexicon in {@code log} (null stops recording). */
    void recordInto(DeclarationLog log) {
        this.log = log;
    }

    Entity byIri(String iri) {
        Entity e = byIri.get(iri);
        if (e == null) {
            throw new IllegalStateException("no entity " + iri + " to replay a declaration on");
        }
        return e;
    }

    /** Places {@code model} in {@code family} (partOf). */
    void setFamily(Entity model, Entity family) {
        if (model.family == family) {
            return;
        }
        if (log != null) {
            log.record("M", model.iri, family.iri);
        }
        model.family = family;
        changes++;
    }

    /** Offers {@code type} with {@code rank} to a known entity (what a sentence says it is), recorded like a declaration. */
    void offerType(Entity e, Resource type, int rank) {
        if (e.offerType(type, rank)) {
            changes++;
            if (log != null) {
                log.record("T", e.iri, type.getURI(), Integer.toString(rank));
            }
        }
    }

    /** Finds or creates the entity for a name; {@code type} is offered with {@code rank}. */
    Entity declare(String surface, Resource type, int rank) {
        Declared d = declaredBefore.get(surface);
        if (d != null && d.rank == rank && d.type.equals(type) && d.stillFinds()) {
            return d.entity; // declaring it again would change nothing (see Declared)
        }
        long before = changes;
        Entity e = declareName(surface, type, rank);
        if (log != null && changes != before) {
            log.record("D", surface, type.getURI(), Integer.toString(rank));
        }
        remember(surface, type, rank, e);
        return e;
    }

    /**
     * A declaration made, and how its name was found right after: the first of its probe's keys then known, which
     * named {@code entity}. Declaring the same surface, type and rank again finds the entity by that key as long as
     * none of the keys before it has been added since (keys are only ever added), and changes nothing: the first
     * declaration added its keys, names and type, and a type is only replaced by a better-ranked one.
     */
    private final class Declared {
        final Resource type;
        final int rank;
        final Entity entity;
        final String[] keys;
        final int found;

        Declared(Resource type, int rank, Entity entity, String[] keys, int found) {
            this.type = type;
            this.rank = rank;
            this.entity = entity;
            this.keys = keys;
            this.found = found;
        }

        boolean stillFinds() {
            for (int i = 0; i < found; i++) {
                if (byKey.containsKey(keys[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, Declared> declaredBefore = new HashMap<>();

    private void remember(String surface, Resource type, int rank, Entity e) {
        String[] keys = declared.<Probe>probe(declared.<Forms>forms(surface, Lexicon::forms).name(), this::probe).keys();
        for (int i = 0; i < keys.length; i++) {
            Entity known = byKey.get(keys[i]);
            if (known != null) {
                if (known == e) {
                    declaredBefore.put(surface, new Declared(type, rank, e, keys, i));
                } else {
                    declaredBefore.remove(surface);
                }
                return;
            }
        }
        declaredBefore.remove(surface);
    }

    private Entity declareName(String surface, Resource declaredType, int rank) {
        Forms f = declared.forms(surface, Lexicon::forms);
        // "Chinchilla 70B", "OPT-175B": a name closed by a parameter count is a model's, whatever the sentence took it for
        Resource type = declaredType.equals(Atlas.Concept) && endsInParameterCount(f.primary()) ? Atlas.Model : declaredType;
        Optional<Entity> known = findDeclared(f.name());
        Entity sized = known.isEmpty() && type.equals(Atlas.Model) ? sizeOfModel(f) : null;
        if (sized != null) {
            return sized;
        }
        if (known.isPresent() && (type.equals(Atlas.Model) || type.equals(Atlas.Organization)) && known.get().type().equals(Atlas.ModelFamily)
                && !anyKnownKey(f.name())) {
            // "GShard 계열: GShard(600B), Switch Transformer(…)": the model named like its family (by its bare stem) is not the
            // family, nor is the maker in "DeepSeek 계열 (DeepSeek)"
            known = Optional.empty();
        }
        if (known.isEmpty() && f.firstPart() != null) {
            known = findDeclared(f.firstPart());
        }
        if (known.isEmpty() && f.primary().indexOf(' ') > 0 && !endsInS(f.primary()) && Character.isLowerCase(f.primary().charAt(f.primary().length() - 1))) {
            // "Scaling Law" after a roadmap topic "Scaling Laws": the plural declared first names it too (a plural declared
            // after its singular finds it by the lookup's singular key)
            known = findDeclared(f.primary() + "s").filter(e -> e.label().equals(f.primary() + "s"));
        }
        Forms g = f;
        Entity e = known.orElseGet(() -> create(g.primary(), type, rank));
        changed(e.offerType(type, rank));
        changed(e.addName(f.primary()));
        if (f.pair() != null) {
            changed(e.addName(f.pair()[1]));
        }
        for (String key : f.keys()) {
            putKey(key, e);
            String canonical = aliases.canonicalOfKey(key);
            if (canonical != null && find(canonical).isEmpty()) {
                // "LM" in the alias table: lookups of "LM" ask for the canonical "Language Model", which names it too
                // (unless that name is already another entity's, or a family's stem)
                putKey(Names.key(canonical), e);
                changed(e.addName(canonical));
            }
        }
        for (int i = 0; i < f.parts().length; i++) {
            if (putKey(f.partKeys()[i], e) == null) {
                e.altLabels.add(f.parts()[i]);
            }
        }
        return e;
    }

    /** Whether a name is found by one of its own keys (not only as the bare stem of a family). */
    private boolean anyKnownKey(String name) {
        for (String key : declared.<Probe>probe(name, this::probe).keys()) {
            if (byKey.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A declared surface name analysed once: the cleaned name and its {@link #candidates}, its alias pair (or null), the primary
     * name, the first part of a slash name that may already be known (or null), the keys it is indexed
     * by, and the slash parts that name it too (with their keys).
     */
    private record Forms(String name, List<String> candidates, String[] pair, String primary, String firstPart, List<String> keys,
            String[] parts, String[] partKeys) {}

    private static Forms forms(String surface) {
        String name = clean(surface);
        String[] pair = aliasPair(name);
        if (pair == null) {
            pair = midParenthesis(name);
        }
        String primary = pair != null ? pair[0] : withoutParenthesis(Names.stripQualifiers(name));
        List<String> slashParts = Names.expandSlashes(withoutParenthesis(name));
        String firstPart = slashParts.size() > 1 && Names.isNameLike(slashParts.get(0)) ? slashParts.get(0) : null;
        List<String> keys = new ArrayList<>();
        List<String> candidates = candidates(name);
        for (String c : candidates) {
            keys.add(Names.key(c));
        }
        if (pair != null) {
            keys.add(Names.key(pair[0]));
            keys.add(Names.key(pair[1]));
        }
        // "SwiGLU / GeGLU", "AnyRes / Dynamic Tiling": each part names the entry too
        List<String> parts = new ArrayList<>();
        String bare = withoutParenthesis(name);
        if (bare.contains("/") && !Names.expandSlashes(bare).get(0).equals(bare)) {
            for (String part : Names.expandSlashes(bare)) {
                if (part.length() >= 3 && Names.isNameLike(part)) {
                    parts.add(part);
                }
            }
        }
        return new Forms(name, candidates, pair, primary, firstPart, keys, parts.toArray(String[]::new),
                parts.stream().map(Names::key).toArray(String[]::new));
    }

    /** {@link #PAREN} matched against {@code name}; a name without an opening parenthesis is not tried. */
    private static Matcher paren(String name) {
        return PAREN.matcher(name.indexOf('(') < 0 && name.indexOf('（') < 0 ? "" : name);
    }

    /** "Q-Former (BLIP-2)" → "Q-Former": a parenthesis that is not another name of the thing is not part of its name. */
    static String withoutParenthesis(String name) {
        Matcher m = paren(name);
        return m.matches() && !m.group(1).isBlank() ? m.group(1).strip() : name;
    }

    /** The parenthesised part of a name that is not an alias ("BLIP-2" of "Q-Former (BLIP-2)"), or null. */
    static String parenthesisNote(String name) {
        Matcher m = paren(name);
        return m.matches() && aliasPair(name) == null ? m.group(2).strip() : null;
    }

    /**
     * For {@code Outer (Inner)} naming one thing twice, the preferred name first: the short form
     * when one is an acronym ("GQA" of "Grouped Query Attention (GQA)"), else the outer one.
     */
    /** A name marked as one by a digit, an inner capital or capitals joined by a hyphen: "MT-NLG", "GPT-NeoX", "Qwen2". */
    private static final Pattern MARKED_STEM = Pattern.compile("\\d|\\p{Ll}\\p{Lu}|\\p{Lu}-\\p{Lu}|\\p{Lu}{2,}");
    /** "Chinchilla 70B", "MT-NLG 530B": a name, a space, its parameter count. */
    private static final Pattern SPACED_COUNT = Pattern.compile("(\\p{L}.*?)\\s+\\d+(?:\\.\\d+)?[BMT]");

    /**
     * A new name that is a model's name and its size apart ("Chinchilla 70B" once "Chinchilla" is known, "MT-NLG 530B") names
     * that model, called so too; not a family's member named with its size ("Mistral 7B"), nor a size joined to the name
     * ("Zephyr-7B", "StarCoder2-15B": the model's own name). Null when the name is no such thing.
     */
    private Entity sizeOfModel(Forms f) {
        Matcher m = endsInParameterCount(f.primary()) ? SPACED_COUNT.matcher(f.primary()) : null;
        if (m == null || !m.matches() || !Names.isNameLike(m.group(1))) {
            return null;
        }
        Optional<Entity> stem = findDeclared(m.group(1));
        // a new stem only when marked as a name ("MT-NLG 530B"; not "Mistral 7B", a plain word that may be a family's)
        if (stem.isPresent() && !stem.get().type().equals(Atlas.Model) || stem.isEmpty() && !MARKED_STEM.matcher(m.group(1)).find()
                || familyOf(m.group(1)).isPresent() || find(m.group(1) + " 계열").isPresent()) {
            return null;
        }
        Entity e = stem.orElseGet(() -> declareName(m.group(1), Atlas.Model, RANK_SENTENCE));
        changed(e.addName(f.primary()));
        for (String key : f.keys()) {
            putKey(key, e);
        }
        return e;
    }

    private static final Pattern PARAMETER_COUNT_TAIL = Pattern.compile("\\p{L}{2}\\S*[-\\s]\\d+(?:\\.\\d+)?[BMT]$");

    private static boolean endsInParameterCount(String name) {
        char last = name.isEmpty() ? ' ' : name.charAt(name.length() - 1);
        return (last == 'B' || last == 'M' || last == 'T') && PARAMETER_COUNT_TAIL.matcher(name).find();
    }

    static String[] aliasPair(String name) {
        Matcher m = paren(name);
        if (!m.matches() || !isAlias(m.group(1), m.group(2))) {
            return null;
        }
        String outer = m.group(1).strip();
        String inner = m.group(2).strip();
        boolean innerShort = Names.isShortName(inner) && !Names.isShortName(outer) && !Names.hasHangul(inner);
        return innerShort ? new String[] {inner, outer} : new String[] {outer, inner};
    }

    /**
     * "Top-p (Nucleus) Sampling": a parenthesis inside a name gives another word for the word before it,
     * so the name is "Top-p Sampling" and also "Nucleus Sampling"; null when there is no such parenthesis.
     */
    static String[] midParenthesis(String name) {
        Matcher m = MID_PAREN.matcher(name);
        if (!m.matches() || Names.hasHangul(m.group(2)) != Names.hasHangul(m.group(1))) {
            return null;
        }
        return new String[] {m.group(1).strip() + " " + m.group(3).strip(), m.group(2).strip() + " " + m.group(3).strip()};
    }

    private static final Pattern MID_PAREN = Pattern.compile("^([^()（）]+?)\\s*[(（]([\\p{IsLatin}][^()（）,\\d]*)[)）]\\s+(\\p{IsLatin}[^()（）]*)$");

    /** Declares a family ("LLaMA 계열", "Qwen family"); its stem resolves bare names like "LLaMA". */
    Entity declareFamily(String surface) {
        long before = changes;
        Entity e = declareFamilyName(surface);
        if (log != null && changes != before) {
            log.record("F", surface);
        }
        return e;
    }

    private void changed(boolean changed) {
        if (changed) {
            changes++;
        }
    }

    private Entity declareFamilyName(String surface) {
        String name = clean(surface);
        Matcher m = FAMILY_WORD.matcher(name);
        String core = m.matches() ? m.group(1).strip() : name;
        Entity e = find(core + " 계열").orElse(null);
        for (String part : Names.expandSlashes(core)) {
            // "Kite / Kestrel" after "Kite 계열": the family already known by one of its names
            e = e != null ? e : find(part + " 계열").filter(x -> x.type().equals(Atlas.ModelFamily)).orElse(null);
        }
        if (e == null) {
            e = create(core + " family", Atlas.ModelFamily, RANK_SECTION);
        }
        changed(e.offerType(Atlas.ModelFamily, RANK_SECTION));
        changed(e.addName(core + " family"));
        changed(e.addName(core + " 계열"));
        List<String> parts = Names.expandSlashes(core);
        for (String part : parts) {
            if (parts.size() > 1) {
                changed(e.addName(part + " family")); // "Mistral / Mixtral": the Mistral family and the Mixtral family
            }
            putKey(Names.key(part + " 계열"), e);
            putKey(Names.key(part + " family"), e);
            putKey(Names.key(part + " 시리즈"), e);
            putKey(Names.key(part + " series"), e);
            if (familiesByStem.putIfAbsent(Names.stemKey(part), e) == null) {
                keysVersion++;
                changed(true);
            }
        }
        putKey(Names.key(core + " 계열"), e);
        putKey(Names.key(core + " family"), e);
        return e;
    }

    /** A family whose stem matches a versioned model name ("LLaMA-3.1" → LLaMA family). */
    Optional<Entity> familyOf(String modelName) {
        String stem = Names.stemKey(Names.stripSize(clean(modelName)));
        if (stem.isEmpty() || stem.equals(Names.key(Names.stripSize(clean(modelName))))) {
            // "LLaVA-NeXT", "Qwen-VL": a family's stem, a hyphen and an edition word
            int hyphen = modelName.indexOf('-');
            return hyphen > 0 ? Optional.ofNullable(familiesByStem.get(Names.key(modelName.substring(0, hyphen)))) : Optional.empty();
        }
        return Optional.ofNullable(familiesByStem.get(stem));
    }

    private Entity create(String name, Resource type, int rank) {
        String base = declared.iriBase(name, n -> Atlas.CONCEPT + Names.slug(Names.stripQualifiers(aliases.canonical(n))));
        String iri = base;
        for (int i = 2; byIri.containsKey(iri); i++) {
            iri = base + "-" + i;
        }
        Entity e = new Entity(iri, type, rank);
        byIri.put(iri, e);
        changes++;
        return e;
    }

    /** Gives each family the bare stem it is called by ("LLaMA" for the LLaMA family) when nothing else has that name. */
    void nameFamiliesByStem() {
        familiesByStem.forEach((stem, family) -> {
            if (!byKey.containsKey(stem)) {
                String core = FAMILY_TAIL.matcher(family.label()).replaceAll("");
                for (String part : Names.expandSlashes(core)) {
                    if (Names.key(part).equals(stem)) {
                        family.altLabels.add(part);
                    }
                }
            }
        });
    }

    /** The parenthesis names the same thing: an acronym of the outer name, its expansion, or a translation. */
    static boolean isAlias(String outer, String inner) {
        String o = outer.strip();
        String i = inner.strip();
        if (i.contains(",") || i.contains("등") || (i.contains("19") || i.contains("20")) && YEAR.matcher(i).matches()) {
            return false;
        }
        if (Names.hasHangul(o) != Names.hasHangul(i)) {
            return true;
        }
        return initialsMatch(i, o) || initialsMatch(o, i);
    }

    /** An entity one of whose names spells out another ("GQA" and "Grouped Query Attention"): a note said what it is. */
    static boolean isSpelledOut(Entity e) {
        List<String> names = new ArrayList<>(e.labels.values());
        names.addAll(e.altLabels);
        for (String shortName : names) {
            if (Names.isShortName(shortName) && names.stream().anyMatch(n -> n != shortName && initialsMatch(shortName, n))) {
                return true;
            }
        }
        return false;
    }

    /** Most words a long name before its acronym is looked for in ("Mixture of Experts (MoE)" takes three). */
    private static final int MAX_LONG_WORDS = 6;

    /**
     * The names written as "Long Name(ACR)" in running text ("Open X-Embodiment(OXE) 데이터로 학습"), each as
     * {@code "Long Name (ACR)"}: the acronym is a short name in parentheses, and the long name the fewest Latin words
     * right before it whose initials it {@link #initialsMatch matches}. A parenthesis that is a size, a year, a
     * maker or Korean text names nothing more.
     */
    static List<String> proseAliases(String text) {
        List<String> out = new ArrayList<>();
        String s = text.indexOf('*') < 0 && text.indexOf('`') < 0 ? text : text.replace("**", "").replace("`", "");
        for (int open = s.indexOf('('); open > 0; open = s.indexOf('(', open + 1)) {
            int close = s.indexOf(')', open);
            if (close < 0) {
                continue;
            }
            String inner = s.substring(open + 1, close).strip();
            if (close - open > 13 || !Names.isShortName(inner) || Names.hasHangul(inner) || letters(inner).length() < 2) {
                spelledOutAfter(s, open, inner).ifPresent(out::add);
                continue;
            }
            List<String> words = wordsBefore(s, open);
            StringBuilder longName = new StringBuilder();
            for (String w : words) {
                if (w.equalsIgnoreCase(inner)) {
                    break; // "KV cache(KV)": a name holding the short one as a word is not spelled out by it
                }
                longName.insert(0, longName.length() == 0 ? w : w + " ");
                if (initialsMatch(inner, longName.toString())) {
                    out.add(longName + " (" + inner + ")");
                    break;
                }
            }
        }
        return out;
    }

    /** "Stable Diffusion XL", "Robotic Transformer 2": a model's name, spelled out with its edition (left to the model rules). */
    private static final Pattern VERSION_TAIL = Pattern.compile(" (?:\\d[\\d.]*|\\p{Lu}{1,3}\\d*)$");

    /**
     * "MLA(Multi-head Latent Attention) 도입": an acronym right before parentheses that spell it out, as
     * {@code "Long Name (ACR)"}; a list, a size or Korean text in the parentheses spells nothing.
     */
    private static Optional<String> spelledOutAfter(String s, int open, String inner) {
        if (inner.length() > 60 || inner.indexOf(' ') < 0 || inner.indexOf(',') >= 0 || Names.hasHangul(inner) || VERSION_TAIL.matcher(inner).find()) {
            return Optional.empty();
        }
        List<String> words = wordsBefore(s, open);
        String acronym = words.isEmpty() ? "" : words.get(0);
        return Names.isShortName(acronym) && NON_LETTER_RUN.split(inner).length <= MAX_LONG_WORDS && initialsMatch(acronym, inner)
                ? Optional.of(inner + " (" + acronym + ")") : Optional.empty();
    }

    /** The Latin words right before {@code end}, nearest first, at most {@link #MAX_LONG_WORDS}. */
    private static List<String> wordsBefore(String s, int end) {
        List<String> words = new ArrayList<>();
        int i = end;
        while (words.size() < MAX_LONG_WORDS) {
            while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
                i--;
            }
            int j = i;
            while (j > 0 && isNameChar(s.charAt(j - 1))) {
                j--;
            }
            if (j == i || !Character.isLetterOrDigit(s.charAt(j)) || j > 0 && Character.isLetter(s.charAt(j - 1))) {
                break; // no word, or one glued to Korean text
            }
            words.add(s.substring(j, i));
            if (j > 0 && !Character.isWhitespace(s.charAt(j - 1))) {
                break; // "(Open X-Embodiment(OXE))", "데이터: Open …": punctuation before a word ends the name
            }
            i = j;
        }
        return words;
    }

    private static boolean isNameChar(char c) {
        return c < 0x0250 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '&');
    }

    /** A leading bit width ("8-bit ", "4 bit "), which an acronym writes as its number. */
    private static final Pattern LEADING_QUANTITY = Pattern.compile("(\\d+)[-\\s]?bit\\s+");

    /** {@code shortName} reads as an acronym of {@code longName}: its letters in order, starting with the first word's initial. */
    private static boolean initialsMatch(String shortName, String longName) {
        Matcher quantity = LEADING_QUANTITY.matcher(longName);
        if (quantity.lookingAt() && shortName.contains(quantity.group(1))) {
            longName = longName.substring(quantity.end()); // "8-bit Floating Point" spelled out by FP8: the number is in both
        }
        if (!Names.isShortName(shortName) || !longName.contains(" ") && !longName.contains("-")) {
            return false;
        }
        String letters = letters(shortName).toLowerCase();
        String flat = letters(longName).toLowerCase();
        if (letters.length() < 2 || flat.isEmpty() || letters.charAt(0) != flat.charAt(0)) {
            return false;
        }
        int li = 0;
        for (int k = 0; k < flat.length() && li < letters.length(); k++) {
            if (flat.charAt(k) == letters.charAt(li)) {
                li++;
            }
        }
        if (li < letters.length()) {
            return false;
        }
        String[] words = NON_LETTER_RUN.split(longName.toLowerCase());
        long covered = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && letters.indexOf(w.charAt(0)) >= 0).count();
        return covered * 2 >= words.length;
    }

    /** The letters of {@code s} ({@link #NOT_LETTERS} removed), by hand. */
    static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetter(c)) {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /** A name of letters with its size glued on: "Flamingo80B". */
    private static final Pattern GLUED_SIZE = Pattern.compile("(\\p{L}[\\p{L}\\-]*\\p{L}{2})\\d+(?:\\.\\d+)?[BM]");

    private static List<String> candidates(String surface) {
        String s = clean(surface);
        List<String> out = new ArrayList<>(4);
        out.add(s);
        String qualified = Names.stripQualifiers(s);
        out.add(qualified);
        out.add(Names.stripTrailingSize(qualified)); // Names.stripSize(s)
        Matcher glued = qualified.length() > 4 && Character.isDigit(qualified.charAt(qualified.length() - 2)) ? GLUED_SIZE.matcher(qualified) : null;
        if (glued != null && glued.matches()) {
            out.add(glued.group(1)); // "Flamingo80B": Flamingo at 80B
        }
        Matcher m = paren(s);
        if (m.matches()) {
            out.add(m.group(1));
            if (isAlias(m.group(1), m.group(2))) {
                out.add(m.group(2));
            }
        }
        return out;
    }

    private static boolean moreClosedThanOpened(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth < 0;
    }

    /** Removes Markdown emphasis, backticks, stray quotes and punctuation, and glued particles. */
    static String clean(String surface) {
        String s = surface.replace("**", "").replace("`", "").replace("*", "").strip();
        if (!s.isEmpty() && (EDGE_CHARS.indexOf(s.charAt(0)) >= 0 || EDGE_CHARS.indexOf(s.charAt(s.length() - 1)) >= 0
                || s.charAt(s.length() - 1) == '\u0085')) { // '$' also matches before a final NEL
            s = EDGE_PUNCTUATION.matcher(s).replaceAll("").strip();
        }
        if (s.endsWith(")") && moreClosedThanOpened(s)) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return Names.stripParticle(s);
    }
}
