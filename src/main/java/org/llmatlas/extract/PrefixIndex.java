package org.llmatlas.extract;

/**
 * The prefixes of a growing set of keys, as a character trie whose edges live in one open-addressed
 * table of primitives: adding a key costs one probe per character and allocates nothing (a set of
 * substring prefixes allocated a string per prefix, which showed in extraction profiles). An edge and
 * the node it leads to sit side by side, so a probe reads one place of memory.
 */
final class PrefixIndex {
    /** Slot i: the edge key at 2i ((parent node + 1) << 16 | character; 0 marks a free slot), its child node at 2i + 1. */
    private long[] table = new long[2048];
    private int size;
    private int nodes = 1; // node 0 is the root

    /** Adds {@code key} and so all its prefixes. */
    void add(String key) {
        int node = 0;
        for (int i = 0; i < key.length(); i++) {
            long edge = ((long) (node + 1) << 16) | key.charAt(i);
            int slot = slot(edge);
            if (table[slot] == 0) {
                table[slot] = edge;
                table[slot + 1] = nodes++;
                node = (int) table[slot + 1];
                if (++size * 4 > table.length) {
                    grow();
                }
            } else {
                node = (int) table[slot + 1];
            }
        }
    }

    /** True when some added key starts with {@code prefix} (which is not empty). */
    boolean isPrefix(String prefix) {
        return !prefix.isEmpty() && walk(ROOT, prefix) >= 0;
    }

    /** The node for the empty prefix. */
    static final int ROOT = 0;

    /**
     * The node reached from {@code node} (a prefix) by the characters of {@code more}, or -1 when no
     * added key starts with that prefix followed by {@code more}: lets a caller extend a prefix
     * without walking it again.
     */
    int walk(int node, String more) {
        for (int i = 0; i < more.length(); i++) {
            long edge = ((long) (node + 1) << 16) | more.charAt(i);
            int slot = slot(edge);
            if (table[slot] == 0) {
                return -1;
            }
            node = (int) table[slot + 1];
        }
        return node;
    }

    /** The (even) index of the slot holding {@code edge}, or of the free slot where it would go (linear probing). */
    private int slot(long edge) {
        int mask = table.length - 1;
        int i = (int) (mix(edge) << 1) & mask;
        while (table[i] != 0 && table[i] != edge) {
            i = (i + 2) & mask;
        }
        return i;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        return x ^ (x >>> 33);
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                int slot = slot(old[i]);
                table[slot] = old[i];
                table[slot + 1] = old[i + 1];
            }
        }
    }
}
