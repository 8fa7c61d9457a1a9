package org.passerelle.core.lang;

/**
 * How a language writes numbers: French "1 000,5", English "1,000.5", Vietnamese "1.000,5".
 *
 * @param decimal         the decimal separator
 * @param groupSeparators every character that may group thousands when reading
 * @param grouping        the thousands separator to write in suggestions
 * @param romanOrdinals   true when Roman numerals with an ordinal suffix are numbers ("XXe siècle")
 */
public record NumberStyle(char decimal, String groupSeparators, char grouping, boolean romanOrdinals) {
    /** Decimal point, comma or space groups: the most widespread reading when nobody says otherwise. */
    public static final NumberStyle NEUTRAL = new NumberStyle('.', ", \u00A0\u202F", ',', false);

    public NumberStyle {
        if (groupSeparators.indexOf(decimal) >= 0) {
            throw new IllegalArgumentException("'" + decimal + "' cannot both group thousands and mark decimals");
        }
    }
}
