package org.passerelle.qa.lang;

import java.util.Set;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.NumberNames;
import org.passerelle.core.lang.NumberStyle;
import org.passerelle.core.lang.PunctuationStyle;
import java.util.Map;
import java.util.Optional;

/**
 * A language added the way docs/languages.md says, registered by this module's test resources
 * ({@code META-INF/services/org.passerelle.core.lang.LanguageSupport}): German, with only what
 * the tests need.
 */
public final class German implements LanguageSupport {
    @Override
    public String language() {
        return "de";
    }

    @Override
    public Optional<String> defaultRegion() {
        return Optional.of("DE");
    }

    @Override
    public NumberStyle numbers() {
        return new NumberStyle(',', ". \u00A0\u202F", '.', false);
    }

    @Override
    public NumberNames numberNames() {
        return new NumberNames(NumberNames.words("eins", 1, "zwei", 2, "drei", 3), Map.of(), false);
    }

    @Override
    public PunctuationStyle punctuation() {
        return new PunctuationStyle(false, "„", "“");
    }

    @Override
    public Set<String> allowedRepeats() {
        return Set.of("die", "das");
    }
}
