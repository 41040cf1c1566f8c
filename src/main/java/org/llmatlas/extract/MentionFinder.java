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

    /**
     * How many words from {@code i} on could still be a known name (keys are space-free, so words
     * concatenate): the words' keys extend one prefix of the lexicon's keys, walked once.
     */
    private int reach(Words w, int i) {
        int node = PrefixIndex.ROOT;
        int length = 0;
        int reach = 0;
        for (int n = 1; n <= MAX_WORDS && i + n - 1 < w.size(); n++) {
            int k = i + n - 1;
            String full = w.key(k);
            int fullNode = lexicon.prefixNode(node, full);
            boolean fullKnown = fullNode >= 0 && length + full.length() > 0;
            if (!fullKnown) {
                String bare = w.bareKey(k);
                if (lexicon.prefixNode(node, bare) < 0 || length + bare.length() == 0) {
                    break;
                }
            }
            reach = n;
            if (fullNode < 0) {
                return reach; // only the bare word continues a name: the next word cannot extend the full one
            }
            node = fullNode;
            length += full.length();
        }
        return reach;
    }

    /** The words of a text (start, end) and their keys, with and without a glued particle, computed once each. */
    private static final class Words {
        private final String text;
        private final List<int[]> spans = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private final List<String> bareKeys = new ArrayList<>();

        Words(String text) {
            this.text = text;
        }

        void add(int start, int end) {
            spans.add(new int[] {start, end});
            keys.add(null);
            bareKeys.add(null);
        }

        int size() {
            return spans.size();
        }

        int[] span(int k) {
            return spans.get(k);
        }

        String key(int k) {
            String key = keys.get(k);
            if (key == null) {
                key = Names.key(word(k));
                keys.set(k, key);
            }
            return key;
        }

        String bareKey(int k) {
            String key = bareKeys.get(k);
            if (key == null) {
                key = Names.key(Names.stripParticle(word(k)));
                bareKeys.set(k, key);
            }
            return key;
        }

        private String word(int k) {
            return text.substring(spans.get(k)[0], spans.get(k)[1]);
        }
    }

    List<Mention> find(String text) {
        Words words = new Words(text);
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".-_/'".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            words.add(m.start(), end);
        }
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = reach(words, i); n >= 1 && matched == 0; n--) {
                int start = words.span(i)[0];
                int end = words.span(i + n - 1)[1];
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
