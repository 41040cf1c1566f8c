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
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private String[] keys = new String[16];
        private String[] bareKeys = new String[16];
        private int size;

        Words(String text) {
            this.text = text;
        }

        void add(int start, int end) {
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
                keys = java.util.Arrays.copyOf(keys, size * 2);
                bareKeys = java.util.Arrays.copyOf(bareKeys, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        int size() {
            return size;
        }

        int start(int k) {
            return starts[k];
        }

        int end(int k) {
            return ends[k];
        }

        String key(int k) {
            if (keys[k] == null) {
                keys[k] = Names.key(word(k));
            }
            return keys[k];
        }

        String bareKey(int k) {
            if (bareKeys[k] == null) {
                bareKeys[k] = Names.key(Names.stripParticle(word(k)));
            }
            return bareKeys[k];
        }

        private String word(int k) {
            return text.substring(starts[k], ends[k]);
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
                int start = words.start(i);
                int end = words.end(i + n - 1);
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
