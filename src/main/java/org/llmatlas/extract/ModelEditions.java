package org.llmatlas.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Models named as an edition of a known model: "Claude 3.7 Sonnet", "Gemini 2.5 Pro" (a version, then a capitalised
 * edition word), "DeepSeek-R1-Zero", "GPT-4-Turbo", "QwQ-32B-Preview", "o1-preview" (a known model's name, a hyphen and
 * edition words). Such a name is a model of its own, in the family of the model it extends; a size ("Qwen2.5-32B")
 * names the same model, and a describing word ("DeepSeek-R1-style", "GPT-4-level") no model at all.
 */
final class ModelEditions {
    /** A name's leading run of Latin or Greek letters, digits, dots, hyphens and pluses ("QwQ-32B-Preview" of "QwQ-32B-Preview(2024.11)"). */
    private static final Pattern NAME_RUN = Pattern.compile("[\\p{IsLatin}\\p{IsGreek}\\d][\\p{IsLatin}\\p{IsGreek}\\d.+\\-]*");
    /** An edition word: capitalised ("Sonnet", "Zero"), numbered ("32B" after another word), or a lower-case word ("mini", "preview"). */
    private static final Pattern EDITION_WORD = Pattern.compile("\\p{Lu}[\\p{IsLatin}\\d]*|\\d[\\p{IsLatin}\\d.]*|\\p{Ll}{3,}");
    /** Lower-case words after a hyphen that describe rather than name. */
    private static final Pattern DESCRIBING = Pattern.compile(
            "style|based|like|level|aware|free|only|wise|specific|tuned|scale|sized?|class|grade|centric|compatible|native|friendly|generated|distilled");
    /** An edition word written in lower case after a space: "GPT-4o mini", "GPT-3.5 turbo". */
    private static final Pattern LOWER_EDITION = Pattern.compile("(?i)" + Names.EDITION.pattern());
    private static final Pattern SIZE_WORD = Pattern.compile("(?i)\\d+(?:\\.\\d+)?[kmbt]|\\d+x\\d+b");
    /** A version alone, nothing glued on: "3.7" (not "3가", "2.5,", "3(Haiku/…"). */
    static final Pattern BARE_VERSION = Pattern.compile("\\d+(?:\\.\\d+)*");

    private final Lexicon lexicon;

    ModelEditions(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The word starting at or after {@code i} (past spaces), cut to its name run, or "" when there is none right there. */
    static String nextWord(String line, int i) {
        int j = i;
        while (j < line.length() && line.charAt(j) == ' ') {
            j++;
        }
        if (j == i || j >= line.length()) {
            return "";
        }
        Matcher m = NAME_RUN.matcher(line).region(j, line.length());
        return m.lookingAt() ? trimRun(m.group()) : "";
    }

    /** "DeepSeek-R1-Zero:" → the model DeepSeek-R1-Zero, when a shorter hyphenated prefix of it is a known model. */
    Optional<Entity> hyphenated(String word) {
        Matcher m = NAME_RUN.matcher(word);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String name = trimRun(m.group());
        for (int cut = name.lastIndexOf('-'); cut > 0; cut = name.lastIndexOf('-', cut - 1)) {
            Optional<Entity> e = edition(name.substring(0, cut), name.substring(cut + 1), "-");
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /**
     * {@code base + joiner + edition} as a model of {@code base}'s family: after a space only capitalised edition words
     * of a known model, a family ("Gemini Ultra") or a version of a known family ("Gemini 2.5 Pro"); after a hyphen,
     * words of a known model.
     */
    Optional<Entity> edition(String base, String edition, String joiner) {
        if (edition.isEmpty() || SIZE_WORD.matcher(edition.split("-")[0]).matches() || !Names.stripSize(base).equals(base.strip())) {
            return Optional.empty(); // "Qwen2.5-32B", "Qwen2.5-32B-Instruct": a size of the model (and its tuning), not another model
        }
        boolean spaced = joiner.equals(" ");
        for (String part : edition.split("-")) {
            if (part.isEmpty() || !EDITION_WORD.matcher(part).matches() || DESCRIBING.matcher(part).matches()
                    || spaced && !Character.isUpperCase(part.charAt(0)) && !LOWER_EDITION.matcher(part).matches()) {
                return Optional.empty();
            }
        }
        Optional<Entity> known = lexicon.find(base).filter(e -> e.type().equals(Atlas.Model));
        // "Gemini Ultra": after a family's own name too
        Optional<Entity> family = known.isPresent() ? Optional.ofNullable(known.get().family).or(() -> lexicon.familyOf(base))
                : spaced ? lexicon.find(base).filter(e -> e.type().equals(Atlas.ModelFamily)).or(() -> lexicon.familyOf(base)) : Optional.empty();
        if (family.isEmpty()) {
            return Optional.empty();
        }
        String name = base + joiner + edition;
        Entity model = lexicon.find(name).filter(e -> e.type().equals(Atlas.Model))
                .orElseGet(() -> lexicon.declare(name, Atlas.Model, Lexicon.RANK_SENTENCE));
        if (model.family == null) {
            lexicon.setFamily(model, family.get());
        }
        return Optional.of(model);
    }

    /** A lower-case word after a hyphen that describes rather than names ("style", "based"). */
    static boolean describes(String word) {
        return DESCRIBING.matcher(word).matches();
    }

    private static String trimRun(String run) {
        int end = run.length();
        while (end > 0 && (run.charAt(end - 1) == '.' || run.charAt(end - 1) == '-')) {
            end--;
        }
        return run.substring(0, end);
    }
}
