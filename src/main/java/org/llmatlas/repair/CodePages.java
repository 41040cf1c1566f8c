package org.llmatlas.repair;

/** Conversions between texts and code-page byte streams. */
final class CodePages {
    private CodePages() {
    }

    /**
     * Maps each code point of {@code text} to its byte under {@code cp}; code points the code
     * page cannot produce become -1 - one array entry per code point.
     */
    static int[] toBytes(String text, CodePage cp) {
        int[] out = new int[text.codePointCount(0, text.length())];
        int j = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            out[j++] = c < 0x80 ? c : cp.toByte(c);
            i += Character.charCount(c);
        }
        return out;
    }
}
