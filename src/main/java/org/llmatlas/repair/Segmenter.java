package org.llmatlas.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * Reverses the code page and splits the byte stream into UTF-8 sequences.
 *
 * <p>Only continuation bytes (0x80-0xBF) can have been lost - lead bytes and ASCII are all
 * defined in the code pages - so every lead byte still starts its own sequence and the
 * continuation bytes that follow it belong to it. A sequence with too few continuation bytes
 * becomes a {@link Draft.Slot} whose candidates are all well-formed completions using the
 * lost-byte set. Characters that do not fit the damage pattern (not producible by the code page,
 * stray continuation bytes, invalid leads) are kept literally: they were never mangled.
 */
final class Segmenter {
    private final CodePage cp;
    private final int[] lostBytes;

    Segmenter(CodePage cp, int[] lostBytes) {
        this.cp = cp;
        this.lostBytes = lostBytes.clone();
    }

    Draft segment(String damaged) {
        int[] chars = damaged.codePoints().toArray();
        int[] bytes = CodePages.toBytes(damaged, cp);
        int[] out = new int[chars.length];
        int n = 0;
        List<Draft.Slot> slots = new ArrayList<>();
        int intact = 0;
        int line = 1;
        int col = 1;
        int[] seq = new int[4];
        for (int i = 0; i < chars.length; ) {
            int b = bytes[i];
            int need = b < 0x80 ? -1 : Utf8.continuations(b);
            int k = 0;
            if (need > 0) {
                seq[0] = b;
                while (k < need && i + 1 + k < chars.length && bytes[i + 1 + k] >= 0
                        && Utf8.isContinuation(bytes[i + 1 + k])) {
                    seq[k + 1] = bytes[i + 1 + k];
                    k++;
                }
            }
            int decoded = need > 0 && k == need ? Utf8.decode(seq, k + 1) : -1;
            if (decoded >= 0) {
                out[n++] = decoded;
                intact++;
            } else if (need > 0 && k < need) {
                int[] cands = Completion.candidates(seq, k, need, lostBytes, chars[i]);
                Draft.Slot slot = new Draft.Slot(n, cands, new Position(line, col));
                out[n++] = cands.length == 0 ? RepairResult.REPLACEMENT : cands[0];
                slots.add(slot);
            } else {
                k = 0; // not a damaged sequence: keep this character as it is
                out[n++] = chars[i];
            }
            for (int j = i; j <= i + k; j++) {
                if (chars[j] == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            i += k + 1;
        }
        return new Draft(java.util.Arrays.copyOf(out, n), slots, intact);
    }
}
