package org.passerelle.glossary.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into words and punctuation marks the same way for terms and for the texts they
 * are looked for in. Spaces of every kind (no-break, narrow no-break, thin), apostrophes and
 * hyphens separate words and are dropped, so that "l’Armée" holds the word "Armée" and
 * "Vietnam - Russie" reads like "Vietnam-Russie". Other punctuation marks are tokens of their
 * own ("ADMM+" is "ADMM" then "+").
 */
public final class WordTokenizer {
    private WordTokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isWordPart(cp)) {
                int start = i;
                while (i < n && isWordPart(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                tokens.add(new Token(text.substring(start, i), start, i));
            } else {
                if (!isSeparator(cp)) {
                    tokens.add(new Token(text.substring(i, i + len), i, i + len));
                }
                i += len;
            }
        }
        return tokens;
    }

    static boolean isWordPart(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        // Combining marks belong to their letter (decomposed Vietnamese); format characters such
        // as the soft hyphen sit inside words.
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }

    static boolean isSeparator(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        return switch (cp) {
            case '\'', '\u2019', '\u2018', '\u02BC', '\u00B4', '`' -> true; // apostrophes
            case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> true; // hyphens, dashes
            default -> false;
        };
    }
}
