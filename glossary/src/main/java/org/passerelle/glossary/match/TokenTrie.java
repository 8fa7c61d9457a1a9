package org.passerelle.glossary.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over token key ids, frozen into one open-addressing table of (node, key) → child. A step
 * reads one table slot, where a trie of node objects reads the node, its child map, the map's key
 * and value arrays and the child's entry list: with 100,000 terms the trie is far larger than the
 * processor cache, each of those reads is a cache miss, and they made matching slower the larger
 * the termbase. Terminal nodes are marked in the slot itself so that the walk never leaves it.
 */
public final class TokenTrie {
    /** The node every term starts from. */
    public static final int ROOT = 0;
    /** What {@link #step} returns when no term continues with the key. */
    public static final int NONE = Integer.MIN_VALUE;
    private static final long EMPTY = -1L;

    /** Pairs of slots: the packed (node, key), then the child id, complemented when terminal. */
    private final long[] table;
    private final int shift;
    /** The values of node {@code n} are {@code values[valueStart[n] .. valueStart[n + 1])}. */
    private final int[] valueStart;
    private final int[] values;

    private TokenTrie(long[] table, int shift, int[] valueStart, int[] values) {
        this.table = table;
        this.shift = shift;
        this.valueStart = valueStart;
        this.values = values;
    }

    /**
     * The child of {@code node} along {@code key}: its id when no term ends there, its complement
     * ({@code ~id}, negative) when one does, or {@link #NONE}.
     */
    public int step(int node, int key) {
        long packed = pack(node, key);
        int mask = table.length / 2 - 1;
        int slot = slot(packed);
        while (true) {
            long k = table[2 * slot];
            if (k == packed) {
                return (int) table[2 * slot + 1];
            }
            if (k == EMPTY) {
                return NONE;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The values added for the terms that end at a node, in the order they were added. */
    public int[] values(int node) {
        return java.util.Arrays.copyOfRange(values, valueStart[node], valueStart[node + 1]);
    }

    /** How many nodes the trie has, the root included. */
    public int nodeCount() {
        return valueStart.length - 1;
    }

    private int slot(long packed) {
        return (int) ((packed * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private static long pack(int node, int key) {
        return ((long) node << 32) | (key & 0xFFFFFFFFL);
    }

    /** Collects terms as key sequences, then freezes them into a trie. Not thread-safe. */
    public static final class Builder {
        private final Map<Long, Integer> children = new HashMap<>();
        private final List<List<Integer>> nodeValues = new ArrayList<>();

        public Builder() {
            nodeValues.add(null);
        }

        /** Adds a term; an empty key sequence adds nothing, since it would match everywhere. */
        public Builder add(int[] keys, int value) {
            if (keys.length == 0) {
                return this;
            }
            int node = ROOT;
            for (int key : keys) {
                Integer child = children.get(pack(node, key));
                if (child == null) {
                    child = nodeValues.size();
                    nodeValues.add(null);
                    children.put(pack(node, key), child);
                }
                node = child;
            }
            if (nodeValues.get(node) == null) {
                nodeValues.set(node, new ArrayList<>(1));
            }
            nodeValues.get(node).add(value);
            return this;
        }

        public TokenTrie build() {
            // At most half full, so that a miss ends after a slot or two.
            int capacity = Integer.highestOneBit(Math.max(2, children.size()) * 2 - 1) * 2;
            int bits = Integer.numberOfTrailingZeros(capacity);
            long[] table = new long[capacity * 2];
            java.util.Arrays.fill(table, EMPTY);
            TokenTrie trie = new TokenTrie(table, 64 - bits, null, null);
            for (Map.Entry<Long, Integer> e : children.entrySet()) {
                int child = e.getValue();
                int slot = trie.slot(e.getKey());
                while (table[2 * slot] != EMPTY) {
                    slot = (slot + 1) & (capacity - 1);
                }
                table[2 * slot] = e.getKey();
                table[2 * slot + 1] = nodeValues.get(child) == null ? child : ~child;
            }
            int[] valueStart = new int[nodeValues.size() + 1];
            int total = 0;
            for (int n = 0; n < nodeValues.size(); n++) {
                valueStart[n] = total;
                total += nodeValues.get(n) == null ? 0 : nodeValues.get(n).size();
            }
            valueStart[nodeValues.size()] = total;
            int[] values = new int[total];
            for (int n = 0; n < nodeValues.size(); n++) {
                if (nodeValues.get(n) != null) {
                    for (int v = 0; v < nodeValues.get(n).size(); v++) {
                        values[valueStart[n] + v] = nodeValues.get(n).get(v);
                    }
                }
            }
            return new TokenTrie(table, 64 - bits, valueStart, values);
        }
    }
}
