package org.passerelle.qa.languagetool;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JLanguageTool instances shared by the whole JVM, one {@link LanguageToolInstances} per language
 * and mode. Nothing is created until a text of that language actually needs LanguageTool: a run
 * whose every text is cached never pays the 5-11 s start. At most one instance per core is created
 * per language and mode, which bounds the memory of a long-running service however many clients
 * it has.
 */
final class LanguageToolPool {
    private static final int LIMIT = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final Map<String, LanguageToolInstances> INSTANCES = new ConcurrentHashMap<>();

    private LanguageToolPool() {
    }

    static LanguageToolInstances of(String code, boolean grammar) {
        return INSTANCES.computeIfAbsent(code + (grammar ? "|all" : "|spelling"),
                k -> new LanguageToolInstances(code, grammar, LIMIT));
    }

    /** How many instances may exist per language and mode. */
    static int limit() {
        return LIMIT;
    }

    /** Languages and modes with at least one instance created or being created ("fr|all"), for the service's health. */
    static Map<String, Integer> started() {
        Map<String, Integer> started = new TreeMap<>();
        INSTANCES.forEach((key, instances) -> {
            if (instances.total() > 0) {
                started.put(key, instances.total());
            }
        });
        return started;
    }
}
