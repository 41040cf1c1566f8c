package org.llmatlas.repair;

import java.util.Arrays;

/**
 * Minimal open-addressing map from {@code long} keys to {@code int} counts.
 *
 * <p>Exists because the n-gram model performs millions of look-ups per repair; boxing every key
 * into a {@code Long} would dominate the run time. Missing keys read as 0. Not thread-safe for
 * writes; safe for concurrent reads once filled.
 */
final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(keys, EMPTY);
    }

    /** Adds {@code delta} to the count of {@code key}; returns the new count. */
    int add(long key, int delta) {
        if (key == EMPTY) {
            key = EMPTY + 1; // the sentinel is reserved; fold it onto its neighbour
        }
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            values[i] = delta;
            if (++size * 2 > keys.length) {
                grow();
            }
            return delta;
        }
        values[i] += delta;
        return values[i];
    }

    /** Returns the count of {@code key}, 0 when absent. */
    int get(long key) {
        if (key == EMPTY) {
            key = EMPTY + 1;
        }
        int i = slot(key);
        return keys[i] == EMPTY ? 0 : values[i];
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    /** 64-bit finaliser (SplitMix64); also used to build n-gram keys. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
