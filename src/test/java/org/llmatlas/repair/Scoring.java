package org.llmatlas.repair;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Compares a repaired text with the original, character by character.
 *
 * <p>Every non-ASCII original character is "damaged" (the round trip mangles all of them); a
 * subset also lost a byte. The damage keeps one lead byte per character and the repair emits
 * one character per sequence, so the texts align position by position.
 */
record Scoring(String name, int damaged, int restored, int lostByte, int lostByteRestored,
        int undamagedChanged, boolean aligned) {

    static Scoring of(String name, String original, String repaired, Charset cp) {
        int[] a = original.codePoints().toArray();
        int[] b = repaired.codePoints().toArray();
        if (a.length != b.length) {
            return new Scoring(name, 0, 0, 0, 0, 0, false);
        }
        CodePage page = CodePage.forName(cp.name());
        int damaged = 0;
        int restored = 0;
        int lost = 0;
        int lostRestored = 0;
        int changed = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] < 0x80) {
                changed += a[i] == b[i] ? 0 : 1;
                continue;
            }
            damaged++;
            restored += a[i] == b[i] ? 1 : 0;
            if (lostAByte(a[i], page)) {
                lost++;
                lostRestored += a[i] == b[i] ? 1 : 0;
            }
        }
        return new Scoring(name, damaged, restored, lost, lostRestored, changed, true);
    }

    private static boolean lostAByte(int c, CodePage page) {
        for (byte x : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
            int v = x & 0xFF;
            if (page.isUndefined(v) || v == CodePage.SOFT_HYPHEN) {
                return true;
            }
        }
        return false;
    }

    double rate() {
        return damaged == 0 ? 1.0 : (double) restored / damaged;
    }

    double lostByteRate() {
        return lostByte == 0 ? 1.0 : (double) lostByteRestored / lostByte;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "%s: %d/%d damaged chars restored (%.2f%%), %d/%d chars that lost a byte"
                        + " (%.2f%%), %d undamaged changed",
                name, restored, damaged, rate() * 100, lostByteRestored, lostByte,
                lostByteRate() * 100, undamagedChanged);
    }
}
