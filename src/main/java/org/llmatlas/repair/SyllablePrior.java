package org.llmatlas.repair;

import java.lang.reflect.Method;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.TokenInfoFST;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.IntsRefFSTEnum;

/**
 * Background (order-0) probability of a code point, the floor under the n-gram model.
 *
 * <p>Without a dictionary every code point is equally likely. With Lucene Nori, the mass of the
 * Hangul syllable block is redistributed by how often each syllable occurs in the surface forms
 * of Nori's Korean dictionary (mecab-ko-dic, ~770k entries): a syllable never seen in the clean
 * notes but common in Korean (e.g. 끝) then beats a rare one (e.g. 뀁) that a lost byte could
 * equally have produced. Immutable; the Nori prior is built once per JVM.
 */
final class SyllablePrior {
    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_COUNT = 11172;
    private static final double UNIFORM = 1.0 / 0x10000;
    /** Share of the Hangul mass kept uniform, so dictionary-unknown syllables stay possible. */
    private static final double FLOOR = 0.05;

    /**
     * Symbols common in Markdown study notes (box drawing, arrows, math, check marks, frequent
     * emoji, variation selector, zero-width joiner). Their bytes overlap with rarely used
     * neighbours (┐ = E2 94 90 vs ┏ = E2 94 8F), and short notes may not contain them, so they
     * get a fixed boost over other unseen code points - the symbol counterpart of the
     * dictionary prior for Hangul.
     */
    static final String COMMON_SYMBOLS = "─│┌┐└┘├┤┬┴┼═║╔╗╚╝╠╣╦╩╬━┃┏┓┗┛"
            + "←↑→↓↔↕⇐⇒⇔↗↘↩"
            + "∀∂∃∅∇∈∉∋∏∑−∓∘√∝∞∠∧∨∩∪∫∴≈≠≡≤≥≪≫⊂⊃⊆⊇⊕⊗⊙⊤⊥ℝℕℤℚℂ×÷±·°′″‖†‡"
            + "✓✔✗✘✅❌❓❗❔❕⚠⭐★☆•◦▪▫■□▲△▶►▼▽◀◆◇○●"
            + "🎉🎯📐📘📌📊📈📉📝📚📖📄📁💡🔥🚀👍👉✨🧠🧩🧪⚡⚖🤖🔍🔑🏆✏🛠⏱"
            + "\uFE0F\u200D";
    /** How much more likely a common symbol is than any other unseen code point. */
    private static final double SYMBOL_BOOST = 256;
    private static final java.util.Set<Integer> SYMBOLS = COMMON_SYMBOLS.codePoints().boxed()
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final SyllablePrior UNIFORM_PRIOR = new SyllablePrior(null);

    private final double[] hangul;

    private SyllablePrior(double[] hangul) {
        this.hangul = hangul;
    }

    /** Prior that treats all code points alike. */
    static SyllablePrior uniform() {
        return UNIFORM_PRIOR;
    }

    /** Prior shaped by Nori's dictionary; falls back to {@link #uniform()} if it cannot be read. */
    static SyllablePrior nori() {
        return NoriHolder.PRIOR;
    }

    double probability(int c) {
        int h = c - HANGUL_FIRST;
        if (hangul == null || h < 0 || h >= HANGUL_COUNT) {
            return SYMBOLS.contains(c) ? SYMBOL_BOOST * UNIFORM : UNIFORM;
        }
        return hangul[h];
    }

    /**
     * Whether {@code c} is a known common symbol or a Hangul syllable the dictionary knows
     * (always false for syllables without a dictionary).
     */
    boolean knows(int c) {
        int h = c - HANGUL_FIRST;
        return SYMBOLS.contains(c) || hangul != null && h >= 0 && h < HANGUL_COUNT
                && hangul[h] > 2 * FLOOR * UNIFORM;
    }

    /** Lazy holder: the dictionary scan (~0.5 s) happens on first use only. */
    private static final class NoriHolder {
        static final SyllablePrior PRIOR = load();

        private static SyllablePrior load() {
            try {
                long[] counts = new long[HANGUL_COUNT];
                long total = 0;
                IntsRefFSTEnum<Long> it = new IntsRefFSTEnum<>(surfaceForms());
                IntsRefFSTEnum.InputOutput<Long> io;
                while ((io = it.next()) != null) {
                    IntsRef in = io.input;
                    for (int i = 0; i < in.length; i++) {
                        int h = in.ints[in.offset + i] - HANGUL_FIRST;
                        if (h >= 0 && h < HANGUL_COUNT) {
                            counts[h]++;
                            total++;
                        }
                    }
                }
                double blockMass = HANGUL_COUNT * UNIFORM;
                double[] p = new double[HANGUL_COUNT];
                for (int h = 0; h < HANGUL_COUNT; h++) {
                    double q = total == 0 ? 1.0 / HANGUL_COUNT : (double) counts[h] / total;
                    p[h] = blockMass * (FLOOR / HANGUL_COUNT + (1 - FLOOR) * q);
                }
                return new SyllablePrior(p);
            } catch (ReflectiveOperationException | RuntimeException | java.io.IOException e) {
                return UNIFORM_PRIOR; // a missing or changed Nori is a quality loss, not an error
            }
        }

        /**
         * Nori exposes look-ups but not enumeration of its surface-form FST; the FST itself is
         * package-private, so it is reached reflectively (guarded by the fallback above).
         */
        @SuppressWarnings("unchecked")
        private static FST<Long> surfaceForms() throws ReflectiveOperationException {
            TokenInfoFST fst = TokenInfoDictionary.getInstance().getFST();
            Method m = TokenInfoFST.class.getDeclaredMethod("getInternalFST");
            m.setAccessible(true);
            return (FST<Long>) m.invoke(fst);
        }
    }
}
