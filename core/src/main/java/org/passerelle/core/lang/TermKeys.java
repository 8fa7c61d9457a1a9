package org.passerelle.core.lang;

import java.util.List;

/**
 * How one language turns a token into term-matching keys: a term's token has one key, a text's
 * token may have several (its inflected form may belong to several lemmas), and they match when
 * the term's key is among the text's. Implementations are shared by all threads.
 */
public interface TermKeys {
    /** Prefix of keys that must match exactly as written: acronyms such as CNUDM or DOC. */
    String EXACT = "=";

    /** The key of a term's token; {@code exactCase} for acronyms and abbreviations, which match only as written. */
    String termKey(String token, boolean exactCase);

    /** Every key a text's token may match, the exact form first. */
    List<String> textKeys(String token);

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
