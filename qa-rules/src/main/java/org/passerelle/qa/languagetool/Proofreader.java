package org.passerelle.qa.languagetool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;

/**
 * Checks text with LanguageTool, borrowing instances from the JVM-wide pool, and remembers the
 * result for each (language, rule set, text) so that the spelling and grammar checks, repeated
 * sentences and re-runs pay once.
 */
public final class Proofreader {
    private static final int MAX_SUGGESTIONS = 5;

    private final boolean grammar;
    private final String defaultEnglish;
    private final ProofCache cache;

    /**
     * @param grammar        true to run every rule (needed by the grammar check), false for spelling only
     * @param defaultEnglish the English variant used when a file says only "en" ("en-US" or "en-GB")
     * @param cache          where results are remembered (in memory, or on disk between runs)
     */
    public Proofreader(boolean grammar, String defaultEnglish, ProofCache cache) {
        this.grammar = grammar;
        this.defaultEnglish = defaultEnglish;
        this.cache = cache;
    }

    public Proofreader(boolean grammar, String defaultEnglish) {
        this(grammar, defaultEnglish, ProofCache.inMemory());
    }

    /** The LanguageTool code for an XLIFF language tag, or empty when LanguageTool cannot check it. */
    public Optional<String> languageCode(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.replace('_', '-');
        String primary = t.contains("-") ? t.substring(0, t.indexOf('-')).toLowerCase(Locale.ROOT) : t.toLowerCase(Locale.ROOT);
        switch (primary) {
            case "fr":
                return Optional.of("fr");
            case "en":
                if (t.length() > 2) {
                    String variant = "en-" + t.substring(3).toUpperCase(Locale.ROOT);
                    if (org.languagetool.Languages.isLanguageSupported(variant)) {
                        return Optional.of(variant);
                    }
                }
                return Optional.of(defaultEnglish);
            default:
                return Optional.empty();
        }
    }

    /**
     * Creates (in parallel) and warms up {@code instances} LanguageTool instances for each of these
     * language tags that LanguageTool checks; tags it does not check are ignored.
     */
    public void prepare(java.util.Collection<String> languageTags, int instances) {
        languageTags.stream().map(this::languageCode).flatMap(Optional::stream).distinct().parallel()
                .forEach(code -> LanguageToolPool.prepare(code, grammar, instances));
    }

    /** Matches in {@code text}; empty when the language is not one LanguageTool checks here. */
    public List<ProofMatch> check(String languageTag, String text) {
        Optional<String> code = languageCode(languageTag);
        if (code.isEmpty() || text == null || text.isBlank()) {
            return List.of();
        }
        String key = code.get() + (grammar ? "|all|" : "|spelling|") + text;
        return cache.computeIfAbsent(key, k -> run(code.get(), text));
    }

    private List<ProofMatch> run(String code, String text) {
        JLanguageTool lt = LanguageToolPool.borrow(code, grammar);
        try {
            List<ProofMatch> result = new ArrayList<>();
            for (RuleMatch m : lt.check(text)) {
                List<String> suggestions = m.getSuggestedReplacements();
                result.add(new ProofMatch(m.getRule().getId(), m.getRule().isDictionaryBasedSpellingRule(),
                        m.getFromPos(), m.getToPos() - m.getFromPos(), plain(m.getMessage()),
                        suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size()))));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            LanguageToolPool.release(code, grammar, lt);
        }
    }

    /** LanguageTool messages mark words with <suggestion> tags meant for its own UI. */
    private static String plain(String message) {
        return message.replace("<suggestion>", "'").replace("</suggestion>", "'");
    }

    /** Number of results remembered (for the benchmark and tests). */
    public int cachedResults() {
        return cache.size();
    }
}
