package org.llmatlas.repair;

import java.nio.charset.StandardCharsets;

/**
 * Reproduces the damage this package repairs, for tests and benchmarks.
 *
 * <p>{@link #simulate(String, java.nio.charset.Charset)} encodes the text as UTF-8, decodes each
 * byte with the given single-byte code page, and drops every byte the code page leaves
 * undefined as well as the invisible soft hyphen (0xAD) - exactly what a careless
 * "open as ANSI, save as UTF-8" round trip does.
 */
public final class Damage {
    private Damage() {
    }

    /**
     * Returns {@code text} as it reads after the mis-decoding round trip through {@code codePage}.
     *
     * @throws IllegalArgumentException if {@code codePage} is not one of {@link CodePage#supported()}
     */
    public static String simulate(String text, java.nio.charset.Charset codePage) {
        CodePage cp = CodePage.forName(codePage.name());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte value : bytes) {
            int b = value & 0xFF;
            int c = cp.toChar(b);
            if (c >= 0 && b != CodePage.SOFT_HYPHEN) {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
