package org.llmatlas.repair;

import java.util.List;

/**
 * The text after reversing the code page: one code point per original character, plus the
 * "slots" where a UTF-8 sequence lost bytes and a choice among candidates remains.
 *
 * <p>{@link #text} holds the current choice at every slot; the {@link Decoder} updates it.
 */
final class Draft {
    /** A position whose character must be chosen among {@link #candidates}. */
    static final class Slot {
        final int index;
        final int[] candidates;
        final Position position;
        double[] posterior;
        int choice;

        Slot(int index, int[] candidates, Position position) {
            this.index = index;
            this.candidates = candidates;
            this.position = position;
        }
    }

    final int[] text;
    final List<Slot> slots;
    /** Complete multi-byte sequences decoded without a choice. */
    final int intactSequences;

    Draft(int[] text, List<Slot> slots, int intactSequences) {
        this.text = text;
        this.slots = slots;
        this.intactSequences = intactSequences;
    }

    String render() {
        return new String(text, 0, text.length);
    }
}
