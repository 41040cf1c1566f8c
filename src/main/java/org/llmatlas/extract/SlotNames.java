package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*(?:,|，|、|\\s및\\s|\\sand\\s|\\s또는\\s|\\sor\\s|(?<=[\\p{IsLatin}\\d)])(?:와|과)\\s)\\s*");
    private static final Pattern PLUS_SPLIT = Pattern.compile("\\s*\\+\\s*");
    private static final Pattern PARENS = Pattern.compile("\\s*[(（][^()（）]*[)）]");

    /** "128K", "7B", "1M", "4x": sizes and counts, never names on their own. */
    private static final Pattern SIZE_WORD = Pattern.compile("(?i)[~≈]?\\d+(?:\\.\\d+)?[kmbtx%]?");

    private final Lexicon lexicon;
    final List<String> unresolved = new ArrayList<>();

    SlotNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Splits a list slot on commas, "와/과", "및", "and", then expands slash groups. */
    List<String> splitList(String slot) {
        List<String> out = new ArrayList<>();
        for (String item : LIST_SPLIT.split(slot.strip())) {
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

    /**
     * The entity an item names: the whole item, else its longest known prefix of words
     * ("PaliGemma VLM" → PaliGemma, "flow matching action expert module" → Flow Matching),
     * else a new entity when the first words are a proper name.
     */
    Optional<Entity> resolve(String item, Resource newType, int line) {
        String s = PARENS.matcher(Lexicon.clean(item)).replaceAll("").strip();
        s = s.replaceAll("\\s+(?:등|등의|같은|계열의?)$", "");
        if (s.isEmpty() || !Names.startsLatinOrGreek(s)) {
            return Optional.empty();
        }
        String[] words = s.split("\\s+");
        for (int n = Math.min(words.length, 6); n >= 1; n--) {
            String prefix = Names.stripParticle(String.join(" ", java.util.Arrays.copyOf(words, n)));
            Optional<Entity> e = lexicon.find(prefix);
            if (e.isPresent()) {
                return e;
            }
        }
        String proper = properPrefix(words);
        if (proper != null) {
            Entity e = lexicon.declare(proper, lexicon.familyOf(proper).isPresent() ? Atlas.Model : newType, Lexicon.RANK_SENTENCE);
            lexicon.familyOf(proper).ifPresent(f -> e.family = e.family == null ? f : e.family);
            return Optional.of(e);
        }
        if (Names.isNameLike(s)) {
            unresolved.add(line + ": " + s);
        }
        return Optional.empty();
    }

    /** The longest run of leading words that reads as a proper name, with a size word kept ("LLaMA-2 7B"). */
    private static String properPrefix(String[] words) {
        int n = 0;
        while (n < words.length && n < 4 && isProperWord(Names.stripParticle(words[n]), n)) {
            n++;
        }
        if (n == 0) {
            return null;
        }
        String name = Names.stripParticle(String.join(" ", java.util.Arrays.copyOf(words, n)));
        return Names.isNameLike(name) ? name : null;
    }

    private static boolean isProperWord(String w, int index) {
        if (w.isEmpty() || Names.hasHangul(w) || !Names.startsLatinOrGreek(w) || index == 0 && SIZE_WORD.matcher(w).matches()) {
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
