package org.llmatlas.repair;

/** Strict UTF-8 byte rules shared by detection and repair (RFC 3629: no overlongs, no surrogates). */
final class Utf8 {
    private Utf8() {
    }

    /** Number of continuation bytes a lead byte announces, or -1 when {@code b} cannot start a sequence. */
    static int continuations(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            return 1;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 2;
        }
        if (b >= 0xF0 && b <= 0xF4) {
            return 3;
        }
        return -1;
    }

    static boolean isContinuation(int b) {
        return b >= 0x80 && b <= 0xBF;
    }

    /**
     * Decodes one complete sequence {@code bytes[0..len)}; returns the code point or -1 when the
     * bytes are not a well-formed, shortest-form, non-surrogate UTF-8 sequence.
     */
    static int decode(int[] bytes, int len) {
        int lead = bytes[0];
        int n = continuations(lead);
        if (n < 0 || len != n + 1) {
            return -1;
        }
        for (int i = 1; i < len; i++) {
            if (!isContinuation(bytes[i])) {
                return -1;
            }
        }
        int second = bytes[1];
        // The second-byte ranges exclude overlong forms, surrogates and code points above U+10FFFF.
        if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
                || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F)) {
            return -1;
        }
        int cp = lead & (n == 1 ? 0x1F : n == 2 ? 0x0F : 0x07);
        for (int i = 1; i < len; i++) {
            cp = (cp << 6) | (bytes[i] & 0x3F);
        }
        return cp;
    }
}
