package org.llmatlas.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a question opens with in parentheses, which {@code DocumentExtractor}'s own opening-name forms do not read: an
 * acronym with its long name ("μP(Maximal Update Parametrization)를 쓰는 이유는?" → μP; "MoE(Mixture of Experts)는?" →
 * "MoE (Mixture of Experts)", one thing by both names, when the initials spell it) and the English name of a Korean term ("중복 제거(deduplication)는 어떻게 하나?" → Deduplication).
 * Each pattern is tried only when the question holds a parenthesis.
 */
final class AskedNames {
    /** A short name (Latin or Greek, with a capital), its long name in parentheses, then a particle. */
    private static final Pattern ACRONYM_LONG = Pattern.compile(
            "^([\\p{IsLatin}\\p{IsGreek}][\\p{IsLatin}\\p{IsGreek}\\d\\-]{0,15})\\s*\\((\\p{Lu}[\\p{IsLatin}\\-]*(?:\\s[\\p{IsLatin}\\-]+){1,5})\\)\\s*(?:란|이란|는|은|가|이|의|을|를)(?=[\\s?]|$)");
    /** Korean words, then a lower-case English phrase of one to three words in parentheses, then a topic particle. */
    private static final Pattern KOREAN_ENGLISH = Pattern.compile(
            "^[\\p{IsHangul}]+(?:\\s[\\p{IsHangul}]+){0,2}\\s*\\((\\p{Ll}[\\p{Ll}\\-]+(?:\\s\\p{Ll}[\\p{Ll}\\-]+){0,2})\\)\\s*(?:란|이란|는|은)(?=[\\s?]|$)");

    private AskedNames() {}

    /** The name a question opens with in one of these forms, as it should be declared; else empty. */
    static Optional<String> opening(String question) {
        if (question.indexOf('(') < 0) {
            return Optional.empty();
        }
        Matcher m = ACRONYM_LONG.matcher(question);
        if (m.find() && m.group(1).chars().anyMatch(Character::isUpperCase)) {
            // with the long name when its initials spell the acronym ("MoE (Mixture of Experts)"), else the short name alone
            String both = m.group(1) + " (" + m.group(2) + ")";
            return Optional.of(Lexicon.aliasPair(both) != null ? both : m.group(1));
        }
        m = KOREAN_ENGLISH.matcher(question);
        return m.find() ? Optional.of(SlotNames.titleCase(m.group(1))) : Optional.empty();
    }
}
