package org.passerelle.glossary.match;

/**
 * An open-addressing map from int keys to trie nodes: no boxing, no entry objects, two arrays read
 * per lookup. Filled while the matcher is built, read only afterwards.
 *
 * @param <N> the node type
 */
public final class IntNodeMap<N> {
    private static final int EMPTY = -1;
    private int[] keys = emptyKeys(2);
    private Object[] values = new Object[2];
    private int size;

    private static int[] emptyKeys(int capacity) {
        int[] k = new int[capacity];
        java.util.Arrays.fill(k, EMPTY);
        return k;
    }

    @SuppressWarnings("unchecked")
    public N get(int key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (true) {
            int k = keys[i];
            if (k == key) {
                return (N) values[i];
            }
            if (k == EMPTY) {
                return null;
            }
            i = (i + 1) & mask;
        }
    }

    public void put(int key, N value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** Receives each key and its node. */
    @FunctionalInterface
    public interface EntryConsumer<N> {
        void accept(int key, N value);
    }

    @SuppressWarnings("unchecked")
    public void forEach(EntryConsumer<N> consumer) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                consumer.accept(keys[i], (N) values[i]);
            }
        }
    }

    public int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    private void grow() {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = emptyKeys(oldKeys.length * 2);
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], (N) oldValues[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
