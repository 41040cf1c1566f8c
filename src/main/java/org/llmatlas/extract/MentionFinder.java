package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds known entity names inside prose, longest match first, tolerating Korean particles glued
 * to the last word ({@code GQA를}) and spacing/hyphen variants. Only names already in the
 * {@link Lexicon} are found: prose never creates entities.
 */
final class MentionFinder {
    private static final int MAX_WORDS = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}π][\\p{L}\\p{N}π.\\-_/']*");

    private final Lexicon lexicon;

    MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** How many words from {@code i} on could still be a known name (keys are space-free, so words concatenate). */
    private int reach(String text, List<int[]> words, int i) {
        StringBuilder acc = new StringBuilder();
        int reach = 0;
        for (int n = 1; n <= MAX_WORDS && i + n - 1 < words.size(); n++) {
            int[] w = words.get(i + n - 1);
            String word = text.substring(w[0], w[1]);
            String full = acc + Names.key(word);
            String bare = acc + Names.key(Names.stripParticle(word));
            if (!lexicon.hasPrefix(full) && !lexicon.hasPrefix(bare)) {
                break;
            }
            reach = n;
            acc.setLength(0);
            acc.append(full);
        }
        return reach;
    }

    List<Mention> find(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".-_/'".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            words.add(new int[] {m.start(), end});
        }
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = reach(text, words, i); n >= 1 && matched == 0; n--) {
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                String span = text.substring(start, end);
                if (!Names.startsLatinOrGreek(span) && !Names.hasHangul(span.substring(0, 1))) {
                    continue;
                }
                if (n == 1 && span.length() < 2) {
                    continue;
                }
                var found = lexicon.find(span);
                if (found.isPresent()) {
                    out.add(new Mention(found.get(), start, end));
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }
}
