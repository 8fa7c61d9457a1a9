package org.passerelle.core.lang;

/**
 * A language's punctuation conventions.
 *
 * @param spaceBeforeHighPunctuation true when {@code : ; ! ?} take a (non-breaking) space before
 *                                   them, as in French; false when a space there is wrong
 * @param openingQuote               the language's opening quotation mark ("«", "“")
 * @param closingQuote               its closing quotation mark ("»", "”")
 */
public record PunctuationStyle(boolean spaceBeforeHighPunctuation, String openingQuote, String closingQuote) {
    /** No space before high punctuation, typographic double quotes. */
    public static final PunctuationStyle NEUTRAL = new PunctuationStyle(false, "“", "”");
}
