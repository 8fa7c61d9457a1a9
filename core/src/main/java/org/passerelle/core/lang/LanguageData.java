package org.passerelle.core.lang;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A language's data, as Translate Toolkit's {@code translate/lang} modules hold it: one value per
 * question a check or the term matcher asks, the neutral answer unless the language says otherwise.
 * Built with {@link #of} and the withers, then handed to {@link DeclaredLanguage}.
 *
 * @param loanwords       lower-case words of other languages that this one writes as its own
 *                        (Vietnamese "video", "email"): not spelling errors, not words left untranslated
 * @param notReduplicated for a language that reduplicates, the lower-case words it never doubles
 *                        (Vietnamese "và", "của"): doubled, they are typos
 * @param nameSpelling    how the language spells foreign names ("Shoigu", "Choïgou")
 * @param acronyms        source language → how this language writes its acronyms ("fr": "ONU" as "UN")
 * @param listConjunctions the lower-case words that join the last items of a list ("and", "và")
 */
public record LanguageData(String language, Optional<String> defaultRegion, String warmUpText, NumberStyle numbers,
                           NumberNames numberNames, TimeStyle times, PunctuationStyle punctuation,
                           boolean reduplicates, Set<String> allowedRepeats, Set<Feature> features,
                           Set<String> loanwords, Set<String> notReduplicated, NameSpelling nameSpelling,
                           Map<String, AcronymEquivalents> acronyms, Set<String> listConjunctions) {
    public LanguageData {
        allowedRepeats = Set.copyOf(allowedRepeats);
        features = Set.copyOf(features);
        loanwords = Set.copyOf(loanwords);
        notReduplicated = Set.copyOf(notReduplicated);
        acronyms = Map.copyOf(acronyms);
        listConjunctions = Set.copyOf(listConjunctions);
    }

    /** The neutral data for {@code language}: what {@link LanguageSupport}'s defaults answer. */
    public static LanguageData of(String language) {
        return new LanguageData(language, Optional.empty(), "", NumberStyle.NEUTRAL, NumberNames.NONE,
                TimeStyle.NEUTRAL, PunctuationStyle.NEUTRAL, false, Set.of(), Set.of(), Set.of(), Set.of(),
                NameSpelling.NONE, Map.of(), Set.of());
    }

    public LanguageData region(String region) {
        return new LanguageData(language, Optional.of(region), warmUpText, numbers, numberNames, times, punctuation,
                reduplicates, allowedRepeats, features, loanwords, notReduplicated, nameSpelling, acronyms, listConjunctions);
    }

    public LanguageData warmUp(String text) {
        return new LanguageData(language, defaultRegion, text, numbers, numberNames, times, punctuation,
                reduplicates, allowedRepeats, features, loanwords, notReduplicated, nameSpelling, acronyms, listConjunctions);
    }

    public LanguageData numbers(NumberStyle style, NumberNames names) {
        return new LanguageData(language, defaultRegion, warmUpText, style, names, times, punctuation,
                reduplicates, allowedRepeats, features, loanwords, notReduplicated, nameSpelling, acronyms, listConjunctions);
    }

    public LanguageData times(TimeStyle style) {
        return new LanguageData(language, defaultRegion, warmUpText, numbers, numberNames, style, punctuation,
                reduplicates, allowedRepeats, features, loanwords, notReduplicated, nameSpelling, acronyms, listConjunctions);
    }

    public LanguageData punctuation(PunctuationStyle style) {
        return new LanguageData(language, defaultRegion, warmUpText, numbers, numberNames, times, style,
                reduplicates, allowedRepeats, features, loanwords, notReduplicated, nameSpelling, acronyms, listConjunctions);
    }

    /** Doubled words: whether doubling is word formation, and which words grammar allows twice. */
    public LanguageData repeats(boolean reduplication, Set<String> allowed) {
        return new LanguageData(language, defaultRegion, warmUpText, numbers, numberNames, times, punctuation,
                reduplication, allowed, features, loanwords, notReduplicated, nameSpelling, acronyms, listConjunctions);
    }

    /** For a language that reduplicates: the words it never doubles. */
    public LanguageData notReduplicated(Set<String> words) {
        return new LanguageData(language, defaultRegion, warmUpText, numbers, numberNames, times, punctuation,
                reduplicates, allowedRepeats, features, loanwords, words, nameSpelling, acronyms, listConjunctions);
    }

    public LanguageData loanwords(Set<String> words) {
        return new LanguageData(language, defaultRegion, warmUpText, numbers, numberNames, times, punctuation,
                reduplicates, allowedRepeats, features, words, notReduplicated, nameSpelling, acronyms, listConjunctions);
    }

    public LanguageData names(NameSpelling spelling) {
        return new LanguageData(language, defaultRegion, warmUpText, numbers, numberNames, times, punctuation,
                reduplicates, allowedRepeats, features, loanwords, notReduplicated, spelling, acronyms, listConjunctions);
    }

    public LanguageData features(Feature... more) {
        return new LanguageData(language, defaultRegion, warmUpText, numbers, numberNames, times, punctuation,
                reduplicates, allowedRepeats, Set.of(more), loanwords, notReduplicated, nameSpelling, acronyms, listConjunctions);
    }

    /** How this language writes the acronyms of {@code sourceLanguage} ("fr"). */
    public LanguageData acronyms(String sourceLanguage, AcronymEquivalents equivalents) {
        Map<String, AcronymEquivalents> all = new HashMap<>(acronyms);
        all.put(sourceLanguage, equivalents);
        return new LanguageData(language, defaultRegion, warmUpText, numbers, numberNames, times, punctuation,
                reduplicates, allowedRepeats, features, loanwords, notReduplicated, nameSpelling, all, listConjunctions);
    }

    /** The words that join the last items of a list. */
    public LanguageData listConjunctions(Set<String> words) {
        return new LanguageData(language, defaultRegion, warmUpText, numbers, numberNames, times, punctuation,
                reduplicates, allowedRepeats, features, loanwords, notReduplicated, nameSpelling, acronyms, words);
    }
}
