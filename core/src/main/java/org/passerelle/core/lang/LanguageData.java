package org.passerelle.core.lang;

import java.util.Optional;
import java.util.Set;

/**
 * A language's data, as Translate Toolkit's {@code translate/lang} modules hold it: one value per
 * question a check or the term matcher asks, the neutral answer unless the language says otherwise.
 * Built with {@link #of} and the withers, then handed to {@link DeclaredLanguage}.
 */
public record LanguageData(String language, Optional<String> defaultRegion, String warmUpText, NumberStyle numbers,
                           NumberNames numberNames, TimeStyle times, PunctuationStyle punctuation,
                           boolean reduplicates, Set<String> allowedRepeats, Set<Feature> features) {
    public LanguageData {
        allowedRepeats = Set.copyOf(allowedRepeats);
        features = Set.copyOf(features);
    }

    /** The neutral data for {@code language}: what {@link LanguageSupport}'s defaults answer. */
    public static LanguageData of(String language) {
        return new LanguageData(language, Optional.empty(), "", NumberStyle.NEUTRAL, NumberNames.NONE,
                TimeStyle.NEUTRAL, PunctuationStyle.NEUTRAL, false, Set.of(), Set.of());
    }

    public LanguageData region(String region) {
        return new LanguageData(language, Optional.of(region), warmUpText, numbers, numberNames, times, punctuation,
                reduplicates, allowedRepeats, features);
    }

    public LanguageData warmUp(String text) {
        return new LanguageData(language, defaultRegion, text, numbers, numberNames, times, punctuation,
                reduplicates, allowedRepeats, features);
    }

    public LanguageData numbers(NumberStyle style, NumberNames names) {
        return new LanguageData(language, defaultRegion, warmUpText, style, names, times, punctuation,
                reduplicates, allowedRepeats, features);
    }

    public LanguageData times(TimeStyle style) {
        return new LanguageData(language, defaultRegion, warmUpText, numbers, numberNames, style, punctuation,
                reduplicates, allowedRepeats, features);
    }

    public LanguageData punctuation(PunctuationStyle style) {
        return new LanguageData(language, defaultRegion, warmUpText, numbers, numberNames, times, style,
                reduplicates, allowedRepeats, features);
    }

    /** Doubled words: whether doubling is word formation, and which words grammar allows twice. */
    public LanguageData repeats(boolean reduplication, Set<String> allowed) {
        return new LanguageData(language, defaultRegion, warmUpText, numbers, numberNames, times, punctuation,
                reduplication, allowed, features);
    }

    public LanguageData features(Feature... more) {
        return new LanguageData(language, defaultRegion, warmUpText, numbers, numberNames, times, punctuation,
                reduplicates, allowedRepeats, Set.of(more));
    }
}
