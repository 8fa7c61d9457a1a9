package org.passerelle.qa.languagetool;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.languagetool.Language;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.passerelle.core.lang.LanguageSupports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spelling rule of a LanguageTool language, which all its JLanguageTool instances share and the
 * JVM builds once, with its dictionaries. A new JLanguageTool builds the rule first, then loads the
 * pattern rules, and its first check builds the rule's dictionaries from word lists: for French
 * about 2.3 s, 1.4 s and 2.1 s of CPU one after the other. Building the dictionaries on a thread of
 * their own while the JLanguageTool loads its pattern rules lets the second core help with the
 * slowest language instead of idling once the other language is ready.
 *
 * <p>Only the spelling rule is built here, nothing guarded by the language's monitor: LanguageTool
 * builds the spelling rule inside a concurrent map's computation that needs that monitor (for the
 * word tokenizer), while the pattern rules are loaded holding the monitor and need the spelling
 * rule, so building both on different threads deadlocks.
 *
 * <p>Most of those dictionaries were compiled when Passerelle was built: the language module hands
 * them to LanguageTool first ({@code LanguageSupport.beforeLanguageTool}), and what is left to build
 * here is then the rule itself and the lists no build recorded.
 */
final class LanguageParts {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageParts.class);
    private static final Map<String, CompletableFuture<Void>> BUILT = new ConcurrentHashMap<>();
    private static final ExecutorService BUILDERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "passerelle-languagetool-parts");
        t.setDaemon(true);
        return t;
    });

    private LanguageParts() {
    }

    /**
     * Starts building the language's spelling rule and its dictionaries on a thread of their own, once per JVM.
     *
     * @return done when they are all built (or failed: a JLanguageTool then builds what is missing,
     *         or reports why it cannot)
     */
    static CompletableFuture<Void> build(Language language) {
        String code = language.getShortCodeWithCountryAndVariant();
        LanguageSupports.of(code).beforeLanguageTool();
        return BUILT.computeIfAbsent(code, c -> CompletableFuture.runAsync(() -> {
            long start = System.nanoTime();
            try {
                SpellingCheckRule spelling = language.getDefaultSpellingRule();
                if (spelling != null) {
                    spelling.isMisspelled("passerelle");
                }
                LOG.debug("LanguageTool {} spelling dictionaries built in {} ms", code, (System.nanoTime() - start) / 1_000_000);
            } catch (IOException | RuntimeException | LinkageError e) {
                // Not fatal here: the JLanguageTool that needs them builds them, and fails there if it must.
                LOG.debug("LanguageTool {} spelling dictionaries not built ahead: {}", code, e.toString());
            }
        }, BUILDERS));
    }
}
