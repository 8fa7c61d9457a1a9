package org.passerelle.qa.languagetool;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.Rule;
import org.passerelle.lang.languagetool.LanguageToolLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JLanguageTool instances of one language and mode. An instance is not thread-safe, so a thread
 * borrows one and gives it back; creating one costs seconds, so a thread that finds none idle
 * creates one only while fewer than the limit exist, and otherwise waits for one to come back.
 */
final class LanguageToolInstances {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageToolInstances.class);

    private final String code;
    private final boolean grammar;
    private final int limit;
    private final Deque<JLanguageTool> idle = new ArrayDeque<>();
    private int total;

    LanguageToolInstances(String code, boolean grammar, int limit) {
        this.code = code;
        this.grammar = grammar;
        this.limit = limit;
    }

    /** Instances created or being created. */
    synchronized int total() {
        return total;
    }

    /** True when a borrower would get an instance without waiting for another thread to give one back. */
    synchronized boolean available(int wanted) {
        return !idle.isEmpty() || total < Math.min(limit, wanted);
    }

    /**
     * An idle instance, a new one while fewer than {@code wanted} (and the limit) exist, or the next
     * one given back.
     */
    JLanguageTool borrow(int wanted) throws InterruptedException {
        synchronized (this) {
            while (idle.isEmpty() && total >= Math.min(limit, Math.max(1, wanted))) {
                wait();
            }
            if (!idle.isEmpty()) {
                return idle.pop();
            }
            total++;
        }
        return createOrGiveUp();
    }

    synchronized void release(JLanguageTool lt) {
        idle.push(lt);
        notifyAll();
    }

    /**
     * Starts creating an instance in the background when none exists yet, and gives it its slow first
     * check (the language's warm-up text), so that it is ready by the time the run needs it.
     */
    void warmUp(String warmUpText) {
        synchronized (this) {
            if (total > 0) {
                return;
            }
            total++;
        }
        Thread t = new Thread(() -> {
            JLanguageTool lt = createOrGiveUp();
            try {
                if (!warmUpText.isBlank()) {
                    lt.check(warmUpText);
                }
            } catch (IOException e) {
                LOG.debug("LanguageTool {} warm-up failed: {}", code, e.getMessage());
            }
            release(lt);
        }, "passerelle-languagetool-" + code);
        t.setDaemon(true);
        t.start();
    }

    /** A new instance; when creating it fails, the slot is given up so that waiting threads try again. */
    private JLanguageTool createOrGiveUp() {
        try {
            return create();
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                total--;
                notifyAll();
            }
            throw e;
        }
    }

    private JLanguageTool create() {
        long start = System.nanoTime();
        Language language = LanguageToolLanguage.checking(code);
        CompletableFuture<Void> parts = LanguageParts.build(language);
        JLanguageTool lt = new JLanguageTool(language);
        // The Proofreader cleans overlapping matches itself, without computing every suggestion.
        lt.setCleanOverlappingMatches(false);
        // The spelling dictionaries may still be loading: no check may race their initialisation.
        parts.join();
        if (grammar) {
            OwnRules.addTo(lt, language, code);
        } else {
            // Spelling-only instances skip hundreds of pattern rules: several times faster per check.
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
