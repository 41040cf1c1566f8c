package org.llmatlas.repair;

import java.util.List;

/**
 * Chooses a character for every {@link Draft.Slot} with the language model.
 *
 * <p>Each candidate is scored by the log-probability of all n-grams that contain it - so the
 * context on both sides counts - plus a bonus when it completes a known word. Neighbouring slots
 * influence each other, so the choice is refined by coordinate ascent: every pass re-chooses
 * each slot given the current choices of all others ({@value #PASSES} passes suffice because
 * slots interact only within one n-gram window). Finally a posterior per slot is computed by a
 * softmax over the candidate scores.
 */
final class Decoder {
    private static final int PASSES = 3;
    /** log-odds bonus for completing a known word; about the gain of one confident n-gram. */
    static final double WORD_BONUS = 3.0;

    /** log-odds bonus per syllable of the longest dictionary word the candidate takes part in. */
    static final double DICT_BONUS = 1.0;

    private final CharNgramModel model;
    private final Lexicon lexicon;
    private final DictionaryWords dictionary;

    Decoder(CharNgramModel model, Lexicon lexicon, DictionaryWords dictionary) {
        this.model = model;
        this.lexicon = lexicon;
        this.dictionary = dictionary;
    }

    void decode(Draft draft) {
        int[] text = draft.text;
        List<Draft.Slot> slots = draft.slots;
        // Start from the best character by left context only, then refine with both sides.
        for (Draft.Slot s : slots) {
            choose(s, text, 1);
        }
        for (int pass = 0; pass < PASSES; pass++) {
            boolean changed = false;
            for (Draft.Slot s : slots) {
                int before = s.choice;
                choose(s, text, CharNgramModel.ORDER);
                changed |= before != s.choice;
            }
            if (!changed) {
                break;
            }
        }
        for (Draft.Slot s : slots) {
            s.posterior = posterior(s, text);
        }
    }

    private void choose(Draft.Slot s, int[] text, int window) {
        if (s.candidates.length == 0) {
            return;
        }
        double best = Double.NEGATIVE_INFINITY;
        int bestIdx = 0;
        for (int i = 0; i < s.candidates.length; i++) {
            text[s.index] = s.candidates[i];
            double score = score(text, s.index, window);
            if (score > best) {
                best = score;
                bestIdx = i;
            }
        }
        s.choice = bestIdx;
        text[s.index] = s.candidates[bestIdx];
    }

    private double[] posterior(Draft.Slot s, int[] text) {
        int n = s.candidates.length;
        double[] scores = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            text[s.index] = s.candidates[i];
            scores[i] = score(text, s.index, CharNgramModel.ORDER);
            max = Math.max(max, scores[i]);
        }
        text[s.index] = n == 0 ? text[s.index] : s.candidates[s.choice];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            scores[i] = Math.exp(scores[i] - max);
            sum += scores[i];
        }
        for (int i = 0; i < n; i++) {
            scores[i] /= sum;
        }
        return scores;
    }

    /** Log-score of the character at p: the n-grams ending at p .. p+window-1, plus the word bonus. */
    private double score(int[] text, int p, int window) {
        double sum = 0;
        int end = Math.min(text.length, p + window);
        for (int j = p; j < end; j++) {
            sum += model.logProb(text, j);
        }
        sum += DICT_BONUS * dictionary.longestCovering(text, p);
        return lexicon.covers(text, p) ? sum + WORD_BONUS : sum;
    }
}
