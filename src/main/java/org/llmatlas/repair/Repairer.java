package org.llmatlas.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Facade: detects and repairs UTF-8 text mis-decoded with a Windows code page.
 *
 * <p>Repair reverses the code page, rebuilds every UTF-8 sequence that lost bytes from the
 * candidate lost bytes (the undefined bytes of the code page and the soft hyphen, minus any of
 * them that still appear in the text and so were evidently not dropped), and lets a language
 * model trained on clean notes choose among the candidates. Immutable and thread-safe.
 */
public final class Repairer {
    private final Detector detector = new Detector();
    private final CharNgramModel model;
    private final SyllablePrior prior;
    private final Decoder decoder;

    private Repairer(Collection<String> cleanTexts, boolean useDictionary, boolean useWords) {
        this.prior = useDictionary ? SyllablePrior.nori() : SyllablePrior.uniform();
        this.model = new CharNgramModel(cleanTexts, prior);
        Lexicon lexicon = new Lexicon(useWords ? cleanTexts : List.of());
        this.decoder = new Decoder(model, lexicon,
                useDictionary ? DictionaryWords.nori() : DictionaryWords.none());
    }

    /** Builds the language model from clean texts (the other notes). */
    public static Repairer trainedOn(Collection<String> cleanTexts) {
        return new Repairer(cleanTexts, true, true);
    }

    /** Variant for measuring the contribution of the Nori prior and the word list. */
    static Repairer trainedOn(Collection<String> cleanTexts, boolean useDictionary,
            boolean useWords) {
        return new Repairer(cleanTexts, useDictionary, useWords);
    }

    public Detection detect(String text) {
        return detector.detect(text);
    }

    /** Returns the text unchanged (damaged()==false) when no damage is detected. */
    public RepairResult repair(String text) {
        Detection detection = detect(text);
        if (!detection.damaged()) {
            return RepairResult.unchanged(text, detection);
        }
        CodePage cp = CodePage.forName(detection.codePage());
        Draft draft = new Segmenter(cp, lostBytes(detection, cp, text)).segment(text);
        decoder.decode(draft);

        List<Ambiguity> ambiguities = new ArrayList<>();
        List<Position> unresolved = new ArrayList<>();
        double sure = draft.intactSequences;
        for (Draft.Slot s : draft.slots) {
            if (s.candidates.length == 0 || !credible(s)) {
                draft.text[s.index] = RepairResult.REPLACEMENT;
                unresolved.add(s.position);
                continue;
            }
            double p = s.posterior[s.choice];
            sure += p;
            if (p < RepairResult.AMBIGUOUS_BELOW) {
                ambiguities.add(ambiguity(s));
            }
        }
        int total = draft.intactSequences + draft.slots.size();
        double confidence = total == 0 ? 1.0 : sure / total;
        return new RepairResult(draft.render(), true, cp.name(), draft.intactSequences,
                draft.slots.size() - unresolved.size(), ambiguities, unresolved, confidence,
                detection);
    }

    /**
     * A choice is credible when the character occurs in the clean notes or the dictionary, or
     * when the byte structure leaves practically no alternative.
     */
    private boolean credible(Draft.Slot s) {
        int c = s.candidates[s.choice];
        return model.count(c) > 0 || prior.knows(c) || s.posterior[s.choice] >= 0.99;
    }

    private static Ambiguity ambiguity(Draft.Slot s) {
        Integer[] order = new Integer[s.candidates.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> -s.posterior[i]));
        List<Ambiguity.Alternative> alts = new ArrayList<>();
        for (int i : order) {
            if (i != s.choice && alts.size() < 3) {
                alts.add(new Ambiguity.Alternative(Character.toString(s.candidates[i]),
                        s.posterior[i]));
            }
        }
        return new Ambiguity(s.position, Character.toString(s.candidates[s.choice]),
                s.posterior[s.choice], alts);
    }

    /**
     * Bytes that may have been dropped: continuation bytes undefined in any code page consistent
     * with the text, plus the invisible soft hyphen - except those whose character still occurs
     * in the text, which proves the damage kept them.
     */
    static int[] lostBytes(Detection detection, CodePage cp, String text) {
        boolean[] seen = new boolean[256];
        text.codePoints().forEach(c -> {
            int b = cp.toByte(c);
            if (b >= 0x80) {
                seen[b] = true;
            }
        });
        boolean[] lost = new boolean[256];
        lost[CodePage.SOFT_HYPHEN] = true;
        for (String name : detection.consistentCodePages()) {
            CodePage other = CodePage.forName(name);
            for (int b = 0x80; b <= 0xBF; b++) {
                lost[b] |= other.isUndefined(b);
            }
        }
        return java.util.stream.IntStream.range(0x80, 0xC0).filter(b -> lost[b] && !seen[b])
                .toArray();
    }
}
