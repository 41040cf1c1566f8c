package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.llmatlas.vocab.Atlas;

/**
 * Resolves the names that fill a relation's slot ("LLaMA-2/3, Mistral, Gemma 등이 사용함" →
 * LLaMA-2, LLaMA-3, Mistral, Gemma). A slot name that is not yet known becomes a new entity only
 * when it looks like a proper name (a digit or two capitals: "PaLM-E", "LLaMA-2 7B"); a plain
 * phrase must already be known. Names that cannot be resolved are remembered for the report.
 */
final class SlotNames {
    private static final Pattern TRAILING_WORD = Pattern.compile("\\s+(?:등|등의|같은|계열의?)$");
    private static final Pattern PLUS_SPLIT = Pattern.compile("\\s*\\+\\s*");
    private static final Pattern TRAILING_ETC = Pattern.compile("\\s+(?:등|등의|같은)$");
    private static final Pattern FINAL_ETC = Pattern.compile("\\s*등$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A parameter count in parentheses: "(55B)", "(1.6T)", "(300M)". */
    static final Pattern PARAMETER_COUNT = Pattern.compile("[(（]\\s*~?\\d+(?:\\.\\d+)?\\s*[BMT]\\s*[)）]");
    private static final Pattern PARENS = Pattern.compile("\\s*[(（][^()（）]*[)）]");

    /** "128K", "7B", "1M", "4x": sizes and counts, never names on their own. */
    private static final Pattern SIZE_WORD = Pattern.compile("(?i)[~≈]?\\d+(?:\\.\\d+)?[kmbtx%]?");

    /** A lower-case word that is not a participle ("global", not "decoupled"). */
    private static final Pattern PLAIN_QUALIFIER = Pattern.compile("\\p{Ll}+(?<!ed)");

    private final Lexicon lexicon;
    private final ModelEditions editions;
    final List<String> unresolved = new ArrayList<>();

    SlotNames(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.editions = new ModelEditions(lexicon);
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /**
     * The owner named before "의" ("T5", "BERT 계열", "decoder-only LLM"): a known name, a proper
     * name, or a family of a known model ("BERT 계열" declares the BERT family).
     */
    Optional<Entity> resolveOwner(String name, int line) {
        Matcher family = FAMILY_SUFFIX.matcher(name.strip());
        if (family.matches()) {
            String stem = family.group(1).strip();
            return lexicon.find(stem + " 계열").or(() -> lexicon.find(stem).filter(Entity::isModelLike).map(m -> lexicon.declareFamily(stem)));
        }
        // "Anthropic Claude", "Meta LLaMA": the maker's name before the model's is not the owner
        Optional<Lead> maker = knownLead(name).filter(l -> l.entity().type().equals(Atlas.Organization) && !l.rest().isBlank());
        return resolve(maker.isPresent() ? maker.get().rest() : name, Atlas.Model, line);
    }

    private static final Pattern FAMILY_SUFFIX = Pattern.compile("(.+?)\\s*(?:계열|family)");

    /**
     * The models a list of users names. A capitalised word that is not yet known ("Zephyr" in
     * "Mistral, Zephyr, Gemma 등") is a model too when another item of the same list is one.
     */
    List<Entity> resolveModels(List<String> items, int line) {
        List<Entity> out = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        boolean modelList = false;
        for (String item : items) {
            Optional<Entity> e = resolve(item, Atlas.Model, line);
            e.ifPresent(out::add);
            modelList |= e.filter(Entity::isModelLike).isPresent();
            if (e.isEmpty()) {
                pending.add(TRAILING_ETC.matcher(Names.stripQualifiers(Lexicon.clean(item))).replaceAll(""));
            }
        }
        for (String name : modelList ? pending : List.<String>of()) {
            if (CAPITALISED.matcher(name).matches()) {
                out.add(lexicon.declare(name, Atlas.Model, Lexicon.RANK_SENTENCE));
            }
        }
        return out;
    }

    /** A proper name and the generic head noun it is written with: "InfoNCE loss", "MLA attention". */
    private static final Pattern NAME_WITH_HEAD = Pattern.compile(
            "(?:\\d+-bit )?(\\p{Lu}[\\p{L}\\d\\-]*\\p{Lu}[\\p{L}\\d\\-]*) (?:loss|attention|(?:vision |image |text |audio |speech )?encoder|backbone|quantization)");

    /** "Whisper encoder", "Llama 2 backbone": a name written with the part of a model it serves as. */
    static boolean namesRole(String phrase) {
        return KNOWN_WITH_ROLE.matcher(phrase.strip()).matches();
    }

    /** A name and the part of a model it serves as: "Whisper encoder", "BEATs audio encoder", "Llama 2 backbone". */
    private static final Pattern KNOWN_WITH_ROLE = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\d\\-.]*(?: \\d[\\d.]*)?) (?:(?:vision|image|text|audio|speech) )?(?:encoder|decoder|backbone)");

    /** "Flamingo", "SayCan", "BLIP-2": a model's name (not "BF16", "W8A8", "JSON Schema", "Diamond"-like words of a benchmark). */
    private static final Pattern MODEL_SHAPED = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}*)*(?:-\\d+(?:\\.\\d+)?)?|\\p{Lu}{2,}[\\p{L}]*-\\d+(?:\\.\\d+)?");

    /**
     * The models named in a technique's parentheses ("Q-Former (BLIP-2)", "Hybrid Architecture (Jamba, Zamba)",
     * "Hierarchical Planning (SayCan 등)"): known models, and names shaped like a model's that are not yet known.
     * A benchmark or metric is not used by what its parentheses name.
     */
    /** Alone in the parentheses, a plain word that is not a participle ("Flamingo", not "Decoupled") or a versioned name. */
    private static final Pattern ONE_MODEL = Pattern.compile("\\p{Lu}\\p{Ll}+(?<!ed)|.*-\\d+(?:\\.\\d+)?");

    List<Entity> exampleModels(String note, Entity term) {
        List<Entity> out = new ArrayList<>();
        if (term.type().equals(Atlas.Benchmark) || term.type().equals(Atlas.Metric) || term.isModelLike()) {
            return out;
        }
        if (note.contains(" / ")) {
            return out; // "RoPE Scaling (NTK / YaRN / Position Interpolation)": the variants of the technique
        }
        if (CITED_YEAR.matcher(note).find()) {
            return out; // "(Acme, 2023)", "(Korthikanti 2022)": where the technique comes from, a citation
        }
        List<String> items = splitList(note);
        boolean examples = items.size() > 1 || note.strip().endsWith("등");
        for (String item : items) {
            String name = FINAL_ETC.matcher(item).replaceAll("").strip();
            Optional<Entity> known = lexicon.find(name);
            if (known.isPresent() && (known.get().isModelLike() || !examples || !MODEL_SHAPED.matcher(name).matches())) {
                known.filter(Entity::isModelLike).ifPresent(out::add);
            } else if (MODEL_SHAPED.matcher(name).matches() && (examples || ONE_MODEL.matcher(name).matches())) {
                out.add(lexicon.declare(name, Atlas.Model, Lexicon.RANK_SENTENCE));
            }
        }
        return out;
    }

    /** A year in parentheses: a citation or a date, no list of models. */
    static final Pattern CITED_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{IsLatin}\\d\\-.]+(?: [\\p{Lu}\\d][\\p{IsLatin}\\d\\-.]*){0,2}");

    /** An arrow or a bullet before a list ("→ LLaMA-2, Qwen2에서 채택"): no part of its first name. */
    private static final Pattern LEADING_MARK = Pattern.compile("^[→⇒➜•·]+\\s*");

    /** Splits a list slot on commas, "와/과", "및", "and", then expands slash groups. */
    List<String> splitList(String slot) {
        List<String> out = new ArrayList<>();
        for (String item : ListSplit.split(LEADING_MARK.matcher(slot.strip()).replaceFirst(""))) {
            if (!item.isBlank()) {
                out.addAll(Names.expandSlashes(item.strip()));
            }
        }
        return out;
    }

    /** Splits "A + B + C". */
    List<String> splitPlus(String slot) {
        List<String> out = new ArrayList<>();
        for (String item : PLUS_SPLIT.split(slot.strip())) {
            if (!item.isBlank()) {
                out.add(item.strip());
            }
        }
        return out;
    }

    private static final Pattern FINAL_VERSION = Pattern.compile("\\s(\\d+(?:\\.\\d+)*|" + Names.EDITION.pattern() + ")$");

    /**
     * A known name with a bare version or edition word after it that what the name finds lacks ("Stable Diffusion 3",
     * "Stable Diffusion XL" while only the concept "Stable Diffusion" is known): a model of its own, declared; otherwise
     * what the name finds, if anything.
     */
    Optional<Entity> versionedName(String name) {
        Optional<Entity> e = lexicon.find(name);
        Matcher m = FINAL_VERSION.matcher(name);
        if (!m.find()) {
            return e;
        }
        Optional<Entity> stem = lexicon.find(name.substring(0, m.start()));
        return stem.isPresent() && !stem.get().isModelLike() && (e.isEmpty() || e.equals(stem))
                ? Optional.of(lexicon.declare(name, Atlas.Model, Lexicon.RANK_SENTENCE)) : e;
    }

    /**
     * A name a layout says is of {@code type} (a usage list's "Mistral", a usage label's "Tulu 3", a table's row): the
     * known entity, or, for a name-like item, one declared even if it is a plain word.
     */
    Optional<Entity> resolveOrDeclare(String name, Resource type, int line) {
        int reported = unresolved.size();
        Optional<Entity> e = resolve(name, type, line);
        if (e.isPresent() || !Names.isNameLike(name)) {
            return e;
        }
        unresolved.subList(reported, unresolved.size()).clear(); // declared, so not unresolved
        return Optional.of(lexicon.declare(name, type, Lexicon.RANK_SENTENCE));
    }

    /**
     * The entity an item names: the whole item, else its longest known prefix of words
     * ("PaliGemma VLM" → PaliGemma, "flow matching action expert module" → Flow Matching),
     * else a new entity when the first words are a proper name.
     */
    Optional<Entity> resolve(String item, Resource newType, int line) {
        String s = PARENS.matcher(Lexicon.clean(item)).replaceAll("").strip();
        s = TRAILING_WORD.matcher(s).replaceAll("");
        if (s.isEmpty() || !Names.startsLatinOrGreek(s)) {
            return Optional.empty();
        }
        String[] words = SPACES.split(s);
        Optional<Entity> known = knownPrefix(words);
        if (known.isPresent()) {
            // "InternVL 2", "Mistral 7B": a version or size word after a known model name names a model of its own;
            // "AIME 2024": a bare year after another known name names its edition (a year in parentheses is a note)
            // (also after a maker named like its family: "DeepSeek 67B" of "DeepSeek 계열 (DeepSeek)")
            boolean modelLike = known.get().isModelLike() || known.get().type().equals(Atlas.Organization) && lexicon.familyOf(s).isPresent();
            // "The Stack v2" after "The Stack": a version written with v names a thing of its own, whatever the kind
            Optional<Entity> versioned = modelLike ? versioned(words, VERSION_OR_SIZE, Atlas.Model)
                    : versioned(words, EDITION_YEAR, known.get().type()).or(() -> versioned(words, V_VERSION, known.get().type()));
            if (versioned.isPresent()) {
                return versioned;
            }
            Optional<Entity> edition = familyEdition(words, known.get()).or(() -> modelEdition(words, known.get()));
            if (edition.isPresent()) {
                return edition;
            }
        }
        // "PaLI-X (55B)", "RT-2-X(55B)": a name written with its parameter count is a model's
        boolean sized = item.indexOf('(') > 0 && PARAMETER_COUNT.matcher(item).find();
        if (known.isPresent()) {
            return known;
        }
        if (KIND_NAMED.matcher(s).matches()) {
            // "Prismatic VLM 기반": a capitalised name with the kind of model it is names that model
            return Optional.of(lexicon.declare(s, Atlas.Model, Lexicon.RANK_SENTENCE));
        }
        String proper = properPrefix(words);
        if (proper != null) {
            Resource type = sized || lexicon.familyOf(proper).isPresent() ? Atlas.Model
                    : newType.equals(Atlas.Model) && lexicon.isVersionOfConcept(proper) ? Atlas.Concept : newType;
            Entity e = lexicon.declare(proper, type, Lexicon.RANK_SENTENCE);
            if (e.family == null) {
                lexicon.familyOf(proper).ifPresent(f -> lexicon.setFamily(e, f));
            }
            return Optional.of(e);
        }
        if (Names.isNameLike(s)) {
            unresolved.add(line + ": " + s);
        }
        return Optional.empty();
    }

    /** One or two capitalised words and the kind of model they name: "Prismatic VLM", "Open Reasoner LLM". */
    private static final Pattern KIND_NAMED = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)? (?:VLM|LLM|VLA)");

    /**
     * Like {@link #resolve}, for the object slot of a cue ("X로 학습", "X를 사용", "X 기반", "A + B"):
     * an English noun phrase there names a technique even in lower case ("reward model",
     * "static batching"), so when nothing known matches it becomes a new concept.
     */
    Optional<Entity> resolveTerm(String item, int line) {
        String s = PARENS.matcher(Lexicon.clean(item)).replaceAll("").strip();
        String phrase = leadingPhrase(s);
        if (phrase != null && lexicon.find(phrase).isEmpty() && knownPrefix(phrase.split(" ")).filter(SlotNames::namesAlone).isEmpty()) {
            Matcher headed = NAME_WITH_HEAD.matcher(phrase);
            Matcher role = KNOWN_WITH_ROLE.matcher(phrase);
            if (role.matches() && lexicon.find(role.group(1)).filter(Entity::isModelLike).isPresent()) {
                return lexicon.find(role.group(1)); // "Whisper encoder", "BEATs audio encoder": a known model in the role it plays
            }
            if (headed.matches()) {
                // "InfoNCE loss", "MLA attention", "DINOv2 vision encoder", "4-bit NF4 quantization": the named one
                return resolve(headed.group(1), Atlas.Concept, line);
            }
            Optional<Entity> qualified = qualifiedKnown(phrase);
            return qualified.isPresent() ? qualified : Optional.of(lexicon.declare(titleCase(phrase), Atlas.Concept, Lexicon.RANK_SENTENCE));
        }
        return resolve(item, Atlas.Concept, line);
    }

    /** A known name, or the known name a phrase with qualifiers inside or before it means (see {@link #qualifiedKnown}). */
    Optional<Entity> knownVariant(String phrase) {
        return lexicon.find(phrase).or(() -> qualifiedKnown(phrase));
    }

    /**
     * "global self-attention": a lower-case qualifier before a known compound name ("Self-Attention") that is
     * meant. A participle names a variant of its own ("decoupled weight decay", "masked language modeling").
     */
    private Optional<Entity> qualifiedKnown(String phrase) {
        int space = phrase.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String rest = phrase.substring(space + 1);
        boolean qualifier = PLAIN_QUALIFIER.matcher(phrase.substring(0, space)).matches();
        Optional<Entity> known = qualifier && (rest.contains("-") || rest.contains(" ")) ? lexicon.find(rest) : Optional.empty();
        String[] words = phrase.split(" ");
        // "discrete autoregressive action tokenization": a qualifier inside a known compound ("Discrete Action Tokenization")
        for (int i = 1; known.isEmpty() && i < words.length - 1; i++) {
            if (PLAIN_QUALIFIER.matcher(words[i]).matches()) {
                List<String> without = new ArrayList<>(java.util.Arrays.asList(words));
                without.remove(i);
                known = lexicon.find(String.join(" ", without));
            }
        }
        return known;
    }

    /** A known name that stands for a longer phrase it opens ("InfoNCE loss", "LoRA serving"): not a plain word like "Patch". */
    private static boolean namesAlone(Entity e) {
        String label = e.label();
        return label.contains(" ") || label.chars().filter(Character::isUpperCase).count() >= 2 || label.chars().anyMatch(Character::isDigit);
    }

    private static final Pattern PHRASE_WORD = Pattern.compile("[\\p{IsLatin}\\d][\\p{IsLatin}\\d\\-.%/']*");
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "is", "are", "be", "as", "vs", "via", "from", "than", "this", "that");

    /**
     * The English noun phrase a slot starts with, up to a Korean particle: 1–4 words, not opening or
     * closing on a function word; a lone word only when it is hyphenated ("zero-shot") or name-like.
     */
    static String leadingPhrase(String slot) {
        List<String> words = new ArrayList<>();
        for (String raw : SPACES.split(slot)) {
            String w = Names.stripParticle(raw);
            boolean glued = !w.equals(raw.strip());
            if (!PHRASE_WORD.matcher(w).matches()) {
                break;
            }
            if (words.size() == 4) {
                return null;
            }
            words.add(w);
            if (glued) {
                break;
            }
        }
        if (words.isEmpty() || words.stream().flatMap(w -> java.util.Arrays.stream(w.toLowerCase().split("-"))).anyMatch(FUNCTION_WORDS::contains)) {
            return null;
        }
        String phrase = String.join(" ", words);
        boolean letters = phrase.chars().filter(Character::isLetter).count() >= 3;
        if (!letters || SIZE_WORD.matcher(words.get(0)).matches()) {
            return null;
        }
        return words.size() > 1 || phrase.indexOf('-') > 0 || Names.isNameLike(phrase) ? phrase : null;
    }

    /** "static batching" → "Static Batching"; words with capitals or digits are kept as written. */
    static String titleCase(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.split(" ")) {
            boolean plain = w.chars().noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)) && !FUNCTION_WORDS.contains(w);
            b.append(b.length() == 0 ? "" : " ").append(plain ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return b.toString();
    }

    /** After a family's name, a word naming an edition of it: "NeMo" (an inner capital), "Small", "Large", "Pro". */
    private static final Pattern EDITION_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}]*|Small|Medium|Large|Tiny|" + Names.EDITION.pattern());

    /**
     * "Mistral NeMo", "Mistral Small 3" while only the family (its maker, a model of its name) is called "Mistral": the family's name, an
     * edition word and maybe a version name a model of that family, declared.
     */
    private Optional<Entity> familyEdition(String[] words, Entity known) {
        Optional<Entity> family = known.type().equals(Atlas.ModelFamily) ? Optional.of(known)
                : known.isModelLike() && known.family != null ? Optional.of(known.family)
                : known.type().equals(Atlas.Organization) || known.isModelLike()
                        ? lexicon.find(words[0] + " 계열").filter(f -> f.type().equals(Atlas.ModelFamily)) : Optional.empty();
        if (family.isEmpty() || words.length < 2 || words.length > 3 || lexicon.find(words[0]).filter(known::equals).isEmpty()
                || !EDITION_WORD.matcher(Names.stripParticle(words[1])).matches()
                || words.length == 3 && !VERSION_OR_SIZE.matcher(Names.stripParticle(words[2])).matches()) {
            return Optional.empty();
        }
        String name = Names.stripParticle(String.join(" ", words));
        Entity model = lexicon.find(name).orElseGet(() -> lexicon.declare(name, Atlas.Model, Lexicon.RANK_SENTENCE));
        if (model.family == null && model.type().equals(Atlas.Model)) {
            lexicon.setFamily(model, family.get());
        }
        return Optional.of(model);
    }

    /**
     * "Gemini 1.5 Pro", "GPT-4o mini", "Claude 3.5 Sonnet": a known model's (or family's) whole name, then one edition word, names an
     * edition of it ({@link ModelEditions}), a model of its own in the same family (not the known model, as a size would be).
     */
    private Optional<Entity> modelEdition(String[] words, Entity known) {
        int n = words.length - 1;
        if (n < 1 || !known.isModelLike()) {
            return Optional.empty();
        }
        String base = String.join(" ", java.util.Arrays.copyOf(words, n));
        String word = Names.stripParticle(words[n]);
        // "Idefics3: Idefics2 대비": a name after punctuation, or any known name, is no edition word
        if (!EDITION_LETTERS.matcher(word).matches() || !Character.isLetterOrDigit(base.charAt(base.length() - 1)) || lexicon.find(word).isPresent()) {
            return Optional.empty();
        }
        return lexicon.find(base).filter(known::equals).isEmpty() ? Optional.empty()
                : editions.edition(base, word, " ").filter(x -> !x.equals(known));
    }

    /** An edition word in any case ("Pro", "mini", "Sonnet"); not a kind ("Gemma 2 VLM") nor another name. */
    private static final Pattern EDITION_LETTERS = Pattern.compile("(?i)" + Names.EDITION.pattern() + "|Small|Medium|Large");

    private static final Pattern VERSION_OR_SIZE = Pattern.compile("(?i)v?\\d+(?:\\.\\d+)*|\\d+(?:\\.\\d+)?b|\\d+x\\d+b");
    private static final Pattern EDITION_YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern V_VERSION = Pattern.compile("v\\d+(?:\\.\\d+)*");

    /**
     * The model a known model name followed by a version or size word names ("InternVL 2" after
     * "InternVL", "Mistral 7B" after "Mistral"), or the edition a known name followed by a year names
     * ("AIME 2024"), declared as {@code type} when new; empty when the words are just a size of a known
     * model ("LLaMA-2 7B" is LLaMA-2) or no {@code next} word follows.
     */
    private Optional<Entity> versioned(String[] words, Pattern nextWord, Resource type) {
        for (int n = Math.min(words.length - 1, 5); n >= 1; n--) {
            String head = String.join(" ", java.util.Arrays.copyOf(words, n));
            if (lexicon.find(head).isEmpty()) {
                continue;
            }
            String next = Names.stripParticle(words[n]);
            if (!nextWord.matcher(next).matches()) {
                return Optional.empty();
            }
            String name = head + " " + next;
            Optional<Entity> sized = lexicon.find(name);
            if (sized.isPresent()) {
                return sized;
            }
            if (!Names.stripSize(name).equals(name)) {
                return lexicon.find(Names.stripSize(name)); // a size of a versioned model
            }
            Entity e = lexicon.declare(name, type, Lexicon.RANK_SENTENCE);
            if (e.family == null && type.equals(Atlas.Model)) {
                lexicon.familyOf(name).ifPresent(f -> lexicon.setFamily(e, f));
            }
            return Optional.of(e);
        }
        return Optional.empty();
    }

    /** A known name the text opens with, and the words after it. */
    record Lead(Entity entity, String rest) {}

    /** A word naming a variant: "ViT-L/14", "ViT-bigG/14", "So400m" (not a size "7B", nor a plain word). */
    private static final Pattern VARIANT = Pattern.compile("\\p{Lu}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)+(?:/\\d+)?|\\p{Lu}\\p{Ll}*\\d+\\p{Ll}+");

    /**
     * "CLIP ViT-L/14", "SigLIP So400m", "DINOv2 ViT-L": a known name then one variant word names that variant, a thing of
     * its own (declared as a concept when new); empty for anything else.
     */
    Optional<Entity> namedVariant(String name) {
        Optional<Lead> lead = knownLead(name);
        if (lead.isEmpty() || lead.get().entity().type().equals(Atlas.ModelFamily) || !VARIANT.matcher(lead.get().rest()).matches()) {
            return Optional.empty();
        }
        String full = name.strip();
        return Optional.of(lexicon.find(full).filter(e -> Names.key(e.label()).equals(Names.key(full)))
                .orElseGet(() -> lexicon.declare(full, Atlas.Concept, Lexicon.RANK_SENTENCE)));
    }

    /** The longest known name {@code text} opens with ("flow matching" of "flow matching action expert"), or empty. */
    Optional<Lead> knownLead(String text) {
        String[] words = text.strip().split("\\s+");
        for (int n = Math.min(words.length, 6); n >= 1; n--) {
            Optional<Entity> e = lexicon.find(Names.stripParticle(String.join(" ", java.util.Arrays.copyOf(words, n))));
            if (e.isPresent()) {
                return Optional.of(new Lead(e.get(), String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length))));
            }
        }
        return Optional.empty();
    }

    private Optional<Entity> knownPrefix(String[] words) {
        return knownLead(String.join(" ", words)).map(Lead::entity);
    }

    /** The longest run of leading words that reads as a proper name, with a size word kept ("LLaMA-2 7B"). */
    private static String properPrefix(String[] words) {
        int n = 0;
        // "The Stack v2", "Common Crawl": capitalised words together are a name, though one alone is a plain word
        if (words.length > 1 && capitalised(words[0]) && (capitalised(Names.stripParticle(words[1])) || isProperWord(Names.stripParticle(words[1]), 1))) {
            n = 2;
        }
        boolean together = n == 2;
        while (n < words.length && n < 4 && (isProperWord(Names.stripParticle(words[n]), n) || together && capitalised(Names.stripParticle(words[n])))) {
            n++;
        }
        if (n == 0) {
            return null;
        }
        String name = Names.stripParticle(String.join(" ", java.util.Arrays.copyOf(words, n)));
        return Names.isNameLike(name) ? name : null;
    }

    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

    private static boolean capitalised(String w) {
        return CAPITALISED_WORD.matcher(w).matches();
    }

    private static final Pattern PROPER_WORD = Pattern.compile("[\\p{IsLatin}\\p{IsGreek}\\d][\\p{IsLatin}\\p{IsGreek}\\d\\-.+/'_]*");

    private static boolean isProperWord(String w, int index) {
        if (w.isEmpty() || !PROPER_WORD.matcher(w).matches() || !Names.startsLatinOrGreek(w) || index == 0 && SIZE_WORD.matcher(w).matches()) {
            return false;
        }
        long upper = w.chars().filter(Character::isUpperCase).count();
        boolean digit = w.chars().anyMatch(Character::isDigit);
        if (index == 0) {
            return upper >= 2 || digit && upper >= 1 || w.startsWith("π");
        }
        // later words: sizes and versions ("7B", "8x7B", "2.5") or capitalised name parts ("VL", "Pro")
        return digit || upper >= 1 && w.length() <= 6;
    }
}
