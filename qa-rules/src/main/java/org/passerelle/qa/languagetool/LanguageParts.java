package org.passerelle.qa.languagetool;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.languagetool.Language;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of a LanguageTool language that all its JLanguageTool instances share and that the JVM
 * builds once: the spelling rule with its dictionaries, the pattern rules, the disambiguator, the
 * chunkers. A new JLanguageTool builds them one after the other on its own thread, and its first
 * check builds the spelling dictionaries; French spends about 4 s of CPU in its spelling rule and
 * 1.5 s in its pattern rules before it can check a word. Building them side by side lets the
 * second core help with the slowest language instead of idling once the other language is ready.
 *
 * <p>LanguageTool guards each of these parts itself (a concurrent map for the spelling rule, the
 * language's monitor for the others), so a JLanguageTool created meanwhile waits for a part rather
 * than building it twice.
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
     * Starts building the language's shared parts on their own threads, once per JVM.
     *
     * @return done when they are all built (or failed: a JLanguageTool then builds what is missing,
     *         or reports why it cannot)
     */
    static CompletableFuture<Void> build(Language language) {
        return BUILT.computeIfAbsent(language.getShortCodeWithCountryAndVariant(), code -> {
            List<CompletableFuture<Void>> parts = new ArrayList<>();
            // Slowest first: the spelling rule, then its dictionaries (which a first check would build).
            parts.add(part(code, "spelling", () -> {
                SpellingCheckRule spelling = language.getDefaultSpellingRule();
                if (spelling != null) {
                    spelling.isMisspelled("passerelle");
                }
            }));
            parts.add(part(code, "pattern rules", () -> patternRules(language)));
            parts.add(part(code, "analysis", () -> {
                language.getDisambiguator();
                language.getChunker();
                language.getPostDisambiguationChunker();
                language.getSynthesizer();
                language.getMultitokenSpeller();
            }));
            return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new));
        });
    }

    private static CompletableFuture<Void> part(String code, String name, Part part) {
        return CompletableFuture.runAsync(() -> {
            long start = System.nanoTime();
            try {
                part.build();
                LOG.debug("LanguageTool {} {} built in {} ms", code, name, (System.nanoTime() - start) / 1_000_000);
            } catch (Exception | LinkageError e) {
                // Not fatal here: the JLanguageTool that needs the part builds it, and fails there if it must.
                LOG.debug("LanguageTool {} {} not built ahead: {}", code, name, e.toString());
            }
        }, BUILDERS);
    }

    /**
     * {@code Language.getPatternRules()} is protected: it is what a JLanguageTool calls to load the
     * rule files once per language, and the only way to load them into the language's own cache.
     */
    private static void patternRules(Language language) throws ReflectiveOperationException {
        Method load = Language.class.getDeclaredMethod("getPatternRules");
        load.setAccessible(true);
        load.invoke(language);
    }

    @FunctionalInterface
    private interface Part {
        void build() throws Exception;
    }
}
