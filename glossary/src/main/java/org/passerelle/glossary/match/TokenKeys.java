package org.passerelle.glossary.match;

import org.passerelle.core.Languages;
import org.passerelle.core.lang.TermKeys;

/**
 * A language's {@link TermKeys} (from its {@code LanguageSupport}) as the matcher uses them: with
 * the text's keys numbered by {@link KeyIds}, so the trie compares ints.
 */
public interface TokenKeys extends TermKeys {

    /** {@link #textKeys} as {@link KeyIds}, leaving out keys no term has. */
    default int[] textKeyIds(String token) {
        return KeyIds.known(textKeys(token));
    }

    /** The shared, caching keys of a language. */
    static TokenKeys forLanguage(String language) {
        return CachingTokenKeys.forLanguage(Languages.primary(language));
    }
}
