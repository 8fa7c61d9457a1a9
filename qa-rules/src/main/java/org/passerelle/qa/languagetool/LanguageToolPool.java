package org.passerelle.qa.languagetool;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JLanguageTool instances shared by the whole JVM. Creating one costs 5-11 s and its first check
 * several more, and an instance is not thread-safe, so a thread borrows one and gives it back;
 * at most one instance per language and mode is created per concurrently checking thread, and
 * only for languages that actually occur.
 */
final class LanguageToolPool {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageToolPool.class);
    private static final Map<String, Queue<JLanguageTool>> IDLE = new ConcurrentHashMap<>();
    private static final Map<String, java.util.concurrent.atomic.AtomicInteger> CREATED = new ConcurrentHashMap<>();

    private LanguageToolPool() {
    }

    /**
     * Makes sure {@code count} instances exist for a language, creating the missing ones in
     * parallel and giving each its slow first check (on the language's warm-up text), so a run does
     * not stall on them unit by unit.
     */
    static void prepare(String code, String warmUpText, boolean grammar, int count) {
        int missing = count - created(code, grammar).get();
        if (missing <= 0) {
            return;
        }
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < missing; i++) {
            Thread t = new Thread(() -> {
                JLanguageTool lt = create(code, grammar);
                try {
                    lt.check(warmUpText);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                release(code, grammar, lt);
            }, "passerelle-languagetool-" + code);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static java.util.concurrent.atomic.AtomicInteger created(String code, boolean grammar) {
        return CREATED.computeIfAbsent(code + (grammar ? "|all" : "|spelling"), k -> new java.util.concurrent.atomic.AtomicInteger());
    }

    static JLanguageTool borrow(String code, boolean grammar) {
        JLanguageTool lt = idle(code, grammar).poll();
        return lt != null ? lt : create(code, grammar);
    }

    static void release(String code, boolean grammar, JLanguageTool lt) {
        idle(code, grammar).offer(lt);
    }

    private static Queue<JLanguageTool> idle(String code, boolean grammar) {
        return IDLE.computeIfAbsent(code + (grammar ? "|all" : "|spelling"), k -> new ConcurrentLinkedQueue<>());
    }

    private static JLanguageTool create(String code, boolean grammar) {
        long start = System.nanoTime();
        created(code, grammar).incrementAndGet();
        Language language = Languages.getLanguageForShortCode(code);
        JLanguageTool lt = new JLanguageTool(language);
        if (!grammar) {
            // Spelling-only instances skip hundreds of pattern rules: several times faster.
            for (Rule rule : lt.getAllActiveRules()) {
                if (!rule.isDictionaryBasedSpellingRule()) {
                    lt.disableRule(rule.getId());
                }
            }
        }
        LOG.debug("LanguageTool {} ({}) ready in {} ms", code, grammar ? "all rules" : "spelling",
                (System.nanoTime() - start) / 1_000_000);
        return lt;
    }
}
