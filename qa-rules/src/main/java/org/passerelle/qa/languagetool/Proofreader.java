package org.passerelle.qa.languagetool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;
import org.passerelle.core.Languages;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.LanguageSupports;

/**
 * Checks text with LanguageTool, borrowing instances from the JVM-wide pool, and remembers the
 * result for each (language, rule set, text) so that the spelling and grammar checks, repeated
 * sentences and re-runs pay once. Which LanguageTool language checks a tag is the tag's
 * {@link LanguageSupport}'s choice ({@link LanguageSupport#languageToolCode}).
 */
public final class Proofreader {
    private static final int MAX_SUGGESTIONS = 5;
    /**
     * Longer texts are never given to LanguageTool: its time and memory grow faster than the text,
     * and no sentence is this long (segment.too-long reports them).
     */
    public static final int MAX_TEXT_CHARS = 100_000;

    private final boolean grammar;
    private final String bareTagVariant;
    private final ProofCache cache;

    /**
     * @param grammar        true to run every rule (needed by the grammar check), false for spelling only
     * @param bareTagVariant a LanguageTool variant ("en-GB") used instead of its language's default
     *                       when a file gives that language without a region ("en"); null for the
     *                       languages' own defaults (the profile's {@code spelling.english-variant})
     * @param cache          where results are remembered (in memory, or on disk between runs)
     */
    public Proofreader(boolean grammar, String bareTagVariant, ProofCache cache) {
        this.grammar = grammar;
        this.bareTagVariant = bareTagVariant == null || bareTagVariant.isBlank() ? null : bareTagVariant.strip();
        this.cache = cache;
    }

    public Proofreader(boolean grammar, String bareTagVariant) {
        this(grammar, bareTagVariant, ProofCache.inMemory());
    }

    /** The LanguageTool code for an XLIFF language tag, or empty when LanguageTool cannot check it. */
    public Optional<String> languageCode(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        Optional<String> code = LanguageSupports.of(tag).languageToolCode(tag);
        boolean bare = tag.indexOf('-') < 0 && tag.indexOf('_') < 0;
        if (code.isPresent() && bare && bareTagVariant != null && Languages.sameLanguage(tag, bareTagVariant)) {
            return Optional.of(bareTagVariant);
        }
        return code;
    }

    /**
     * Creates (in parallel) and warms up {@code instances} LanguageTool instances for each of these
     * language tags that LanguageTool checks; tags it does not check are ignored.
     */
    public void prepare(Collection<String> languageTags, int instances) {
        Map<String, String> warmUpByCode = languageTags.stream()
                .filter(tag -> languageCode(tag).isPresent())
                .collect(Collectors.toMap(tag -> languageCode(tag).get(), tag -> LanguageSupports.of(tag).warmUpText(),
                        (a, b) -> a));
        warmUpByCode.entrySet().parallelStream()
                .forEach(e -> LanguageToolPool.prepare(e.getKey(), e.getValue(), grammar, instances));
    }

    /** Matches in {@code text}; empty when the language is not one LanguageTool checks here. */
    public List<ProofMatch> check(String languageTag, String text) {
        Optional<String> code = languageCode(languageTag);
        if (code.isEmpty() || text == null || text.isBlank() || text.length() > MAX_TEXT_CHARS) {
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
