package org.passerelle.qa.languagetool;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The texts a run found missing from the cache, by LanguageTool code, and which language each
 * checking thread should take next: one whose instance is free, or not started yet, rather than one
 * another thread is already working through. A second instance of a language is worth its start
 * only for a long backlog.
 */
final class ProofBacklog {
    /** Texts an instance checks in the time it takes to start another one. */
    private static final int TEXTS_PER_INSTANCE = 400;

    record Text(String key, String text) {
    }

    private final boolean grammar;
    private final Map<String, Deque<Text>> queues = new LinkedHashMap<>();
    private final Map<String, Integer> holders = new HashMap<>();
    private final Set<String> keys = new HashSet<>();
    private int size;

    ProofBacklog(boolean grammar) {
        this.grammar = grammar;
    }

    /** @return true when this is the first text of its language (time to start LanguageTool for it) */
    synchronized boolean add(String code, String key, String text) {
        if (!keys.add(key)) {
            return false;
        }
        size++;
        boolean first = !queues.containsKey(code);
        queues.computeIfAbsent(code, c -> new ArrayDeque<>()).add(new Text(key, text));
        return first;
    }

    synchronized int size() {
        return size;
    }

    synchronized Set<String> languages() {
        return Set.copyOf(queues.keySet());
    }

    /**
     * The language a thread that held {@code held} (or nothing) should work on now, or null when it
     * can stop: every language left is already being worked through by as many threads as it deserves.
     */
    synchronized String next(String held, int threads) {
        if (held != null) {
            if (!queues.get(held).isEmpty()) {
                return held;
            }
            holders.merge(held, -1, Integer::sum);
        }
        String unstarted = null;
        for (Map.Entry<String, Deque<Text>> e : queues.entrySet()) {
            String code = e.getKey();
            if (e.getValue().isEmpty()) {
                continue;
            }
            if (LanguageToolPool.of(code, grammar).available(wanted(code, threads))) {
                return hold(code);
            }
            if (unstarted == null && holders.getOrDefault(code, 0) == 0) {
                unstarted = code;
            }
        }
        return unstarted == null ? null : hold(unstarted);
    }

    /** How many instances the language's remaining texts are worth. */
    synchronized int wanted(String code, int threads) {
        return Math.max(1, Math.min(threads, 1 + queues.get(code).size() / TEXTS_PER_INSTANCE));
    }

    synchronized Text poll(String code) {
        return queues.get(code).poll();
    }

    private String hold(String code) {
        holders.merge(code, 1, Integer::sum);
        return code;
    }
}
