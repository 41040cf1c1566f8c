package org.llmatlas.repair;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * A Windows single-byte code page seen as a bijection between bytes and characters.
 *
 * <p>Contract: {@link #toChar(int)} gives the character a byte decodes to, or -1 when the code
 * page leaves the byte undefined (such bytes are what the damage dropped); {@link #toByte(int)}
 * is the inverse for every character the code page can produce, -1 otherwise. Immutable.
 */
public final class CodePage {
    /** Windows Western European; undefined: 0x81 0x8D 0x8F 0x90 0x9D. */
    public static final CodePage WINDOWS_1252 = new CodePage(Charset.forName("windows-1252"));
    /** Windows Turkish; like 1252 but also leaves 0x8E 0x9E undefined and remaps six letters. */
    public static final CodePage WINDOWS_1254 = new CodePage(Charset.forName("windows-1254"));

    /** Soft hyphen: defined, but invisible, so damaging tools tend to strip it as well. */
    static final int SOFT_HYPHEN = 0xAD;

    private final Charset charset;
    private final int[] byteToChar = new int[256];
    private final short[] charToByte = new short[0x10000];

    private CodePage(Charset charset) {
        this.charset = charset;
        Arrays.fill(charToByte, (short) -1);
        for (int b = 0; b < 256; b++) {
            String s = new String(new byte[] {(byte) b}, charset);
            int c = s.charAt(0);
            // The JDK decodes undefined bytes to U+FFFD; record them as undefined.
            byteToChar[b] = c == 0xFFFD ? -1 : c;
            if (c != 0xFFFD) {
                charToByte[c] = (short) b;
            }
        }
    }

    /** The code pages the detector considers, in order of preference on a tie. */
    public static List<CodePage> supported() {
        return List.of(WINDOWS_1252, WINDOWS_1254);
    }

    /** Looks a supported code page up by charset name or alias (e.g. "cp1254"). */
    public static CodePage forName(String name) {
        Charset cs = Charset.forName(name);
        for (CodePage cp : supported()) {
            if (cp.charset.equals(cs)) {
                return cp;
            }
        }
        throw new IllegalArgumentException("unsupported code page: " + name);
    }

    /** Canonical charset name, e.g. {@code windows-1252}. */
    public String name() {
        return charset.name();
    }

    public Charset charset() {
        return charset;
    }

    /** Character (code point) of byte {@code b} (0..255), or -1 when undefined. */
    public int toChar(int b) {
        return byteToChar[b & 0xFF];
    }

    /** Byte (0..255) that decodes to code point {@code c}, or -1 when none does. */
    public int toByte(int c) {
        return c < 0 || c > 0xFFFF ? -1 : charToByte[c];
    }

    /** True when the code page does not define byte {@code b}. */
    public boolean isUndefined(int b) {
        return byteToChar[b & 0xFF] < 0;
    }

    @Override
    public String toString() {
        return name();
    }
}
