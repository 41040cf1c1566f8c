package org.llmatlas.extract;

/**
 * The prefixes of a growing set of keys, as a character trie whose edges live in one open-addressed
 * table of primitives: adding a key costs one probe per character and allocates nothing (a set of
 * substring prefixes allocated a string per prefix, which showed in extraction profiles).
 */
final class PrefixIndex {
    /** Edge keys: (parent node + 1) << 16 | character; 0 marks a free slot. */
    private long[] edges = new long[1024];
    private int[] children = new int[1024];
    private int size;
    private int nodes = 1; // node 0 is the root

    /** Adds {@code key} and so all its prefixes. */
    void add(String key) {
        int node = 0;
        for (int i = 0; i < key.length(); i++) {
            long edge = ((long) (node + 1) << 16) | key.charAt(i);
            int slot = slot(edge);
            if (edges[slot] == 0) {
                edges[slot] = edge;
                children[slot] = nodes++;
                node = children[slot];
                if (++size * 2 > edges.length) {
                    grow();
                }
            } else {
                node = children[slot];
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
            if (edges[slot] == 0) {
                return -1;
            }
            node = children[slot];
        }
        return node;
    }

    /** The slot holding {@code edge}, or the free slot where it would go (linear probing). */
    private int slot(long edge) {
        int mask = edges.length - 1;
        int i = (int) mix(edge) & mask;
        while (edges[i] != 0 && edges[i] != edge) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        return x ^ (x >>> 33);
    }

    private void grow() {
        long[] oldEdges = edges;
        int[] oldChildren = children;
        edges = new long[oldEdges.length * 2];
        children = new int[oldEdges.length * 2];
        for (int i = 0; i < oldEdges.length; i++) {
            if (oldEdges[i] != 0) {
                int slot = slot(oldEdges[i]);
                edges[slot] = oldEdges[i];
                children[slot] = oldChildren[i];
            }
        }
    }
}
