package org.passerelle.core.lang;

/**
 * How a language writes numbers: French "1 000,5", English "1,000.5", Vietnamese "1.000,5".
 *
 * @param decimal         the decimal separator
 * @param groupSeparators every character that may group thousands when reading
 * @param grouping        the thousands separator to write in suggestions, and the only one the
 *                        language's own typography uses (a space in a Vietnamese "2 500" is French)
 * @param romanOrdinals   true when Roman numerals with an ordinal suffix are numbers ("XXe siècle")
 * @param romanNumerals   true when bare Roman numerals of two letters or more are numbers
 *                        (Vietnamese "thế kỷ XXI", "Đại hội XIII")
 * @param ordinalWords    a regular expression of the words after which a one-letter numeral is one too
 *                        ("lần thứ V"); empty for none
 */
public record NumberStyle(char decimal, String groupSeparators, char grouping, boolean romanOrdinals,
                          boolean romanNumerals, String ordinalWords) {
    /** Decimal point, comma or space groups: the most widespread reading when nobody says otherwise. */
    public static final NumberStyle NEUTRAL = new NumberStyle('.', ", \u00A0\u202F", ',', false);

    public NumberStyle {
        if (groupSeparators.indexOf(decimal) >= 0) {
            throw new IllegalArgumentException("'" + decimal + "' cannot both group thousands and mark decimals");
        }
    }

    /** A style whose bare Roman numerals are not numbers. */
    public NumberStyle(char decimal, String groupSeparators, char grouping, boolean romanOrdinals) {
        this(decimal, groupSeparators, grouping, romanOrdinals, false);
    }

    /** A style without words that make the numeral after them an ordinal. */
    public NumberStyle(char decimal, String groupSeparators, char grouping, boolean romanOrdinals, boolean romanNumerals) {
        this(decimal, groupSeparators, grouping, romanOrdinals, romanNumerals, "");
    }

    /**
     * This style with the words (a regular expression) after which a numeral is an ordinal, so that a
     * bare "V" is five there (Vietnamese "lần thứ V", "khóa XV") and a letter elsewhere.
     */
    public NumberStyle withOrdinalWords(String regex) {
        return new NumberStyle(decimal, groupSeparators, grouping, romanOrdinals, romanNumerals, regex);
    }

    /** True when the language's typography groups thousands with a space (French "2 500"). */
    public boolean groupsWithSpace() {
        return Character.isSpaceChar(grouping);
    }
}
