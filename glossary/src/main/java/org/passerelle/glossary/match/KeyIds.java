package org.passerelle.glossary.match;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers every token key once per JVM, so that the trie compares ints instead of strings: with
 * 100,000 terms the trie no longer fits in the processor cache, and a string key costs several
 * memory reads where an int costs one.
 */
public final class KeyIds {
    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private KeyIds() {
    }

    public static int id(String key) {
        Integer id = IDS.get(key);
        return id != null ? id : IDS.computeIfAbsent(key, k -> NEXT.getAndIncrement());
    }

    /** How many keys have been numbered: grows when a matcher for a new termbase is built. */
    public static int count() {
        return NEXT.get();
    }

    /** The ids of keys already numbered; keys no term uses get none (they cannot match). */
    public static int[] known(List<String> keys) {
        int[] ids = new int[keys.size()];
        int n = 0;
        for (String key : keys) {
            Integer id = IDS.get(key);
            if (id != null) {
                ids[n++] = id;
            }
        }
        return n == ids.length ? ids : java.util.Arrays.copyOf(ids, n);
    }
}
