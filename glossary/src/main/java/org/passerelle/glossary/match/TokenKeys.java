package org.passerelle.glossary.match;

import org.passerelle.core.Languages;
import java.util.List;

/**
 * How one language turns a token into lookup keys: a term's token has one key, a text's token
 * may have several (its inflected form may belong to several lemmas), and they match when the
 * term's key is among the text's.
 */
public interface TokenKeys {
    /** Prefix of keys that must match exactly as written: acronyms such as CNUDM or DOC. */
    String EXACT = "=";

    String termKey(String token, boolean exactCase);

    List<String> textKeys(String token);

    /** {@link #textKeys} as {@link KeyIds}, leaving out keys no term has. */
    default int[] textKeyIds(String token) {
        return KeyIds.known(textKeys(token));
    }

    /** The shared, caching keys of a language. */
    static TokenKeys forLanguage(String language) {
        return CachingTokenKeys.forLanguage(Languages.primary(language));
    }

    /** All letters upper case and at least two of them: "CNUDM", "ADMM", "QĐND". */
    static boolean isAcronym(String token) {
        int letters = 0;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (!Character.isUpperCase(cp)) {
                    return false;
                }
                letters++;
            }
            i += Character.charCount(cp);
        }
        return letters >= 2;
    }
}
