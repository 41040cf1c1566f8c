package org.llmatlas.repair;

import java.util.LinkedHashSet;
import java.util.Set;

/** Enumerates the characters a truncated UTF-8 sequence can have been before it lost bytes. */
final class Completion {
    private Completion() {
    }

    /**
     * All plausible code points obtained by inserting {@code need - k} bytes from {@code lost}
     * at every possible position among the {@code k} surviving continuation bytes of
     * {@code seq}. When no continuation byte survived, the lead character {@code literal} itself
     * is also a candidate: the character may simply not be mojibake (e.g. "é" in "café").
     */
    static int[] candidates(int[] seq, int k, int need, int[] lost, int literal) {
        Set<Integer> out = new LinkedHashSet<>();
        int[] buf = new int[need + 1];
        buf[0] = seq[0];
        insert(seq, 1, k, need - k, lost, buf, 1, out);
        if (k == 0 && Plausible.character(literal)) {
            out.add(literal);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Fills buf[at..] from surviving bytes seq[next..k] interleaved with {@code missing} lost bytes. */
    private static void insert(int[] seq, int next, int k, int missing, int[] lost, int[] buf,
            int at, Set<Integer> out) {
        if (at == buf.length) {
            int c = Utf8.decode(buf, buf.length);
            if (c >= 0 && Plausible.character(c)) {
                out.add(c);
            }
            return;
        }
        if (next <= k) {
            buf[at] = seq[next];
            insert(seq, next + 1, k, missing, lost, buf, at + 1, out);
        }
        if (missing > 0) {
            for (int b : lost) {
                buf[at] = b;
                insert(seq, next, k, missing - 1, lost, buf, at + 1, out);
            }
        }
    }
}
