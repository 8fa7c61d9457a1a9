package org.passerelle.qa.checks;

import java.math.BigDecimal;

/**
 * A number as written in a text, with the value it has under that language's conventions.
 *
 * @param grouped true when written with a thousands separator
 * @param inWords true when written in words ("quarante", "forty"): weaker evidence than digits,
 *                since "deux parties" may well be "both sides"
 * @param reading the value of the same words read without their last one, when that word is also an
 *                ordinary word (Vietnamese "bảy mươi năm" is 75 or "seventy years"); else null
 */
record NumberMention(int start, int end, String text, BigDecimal value, boolean grouped, boolean inWords,
                     BigDecimal reading) {

    NumberMention(int start, int end, String text, BigDecimal value, boolean grouped) {
        this(start, end, text, value, grouped, false, null);
    }

    /** True when the two may say the same number, under either reading of each. */
    boolean sameValueAs(NumberMention other) {
        return equal(value, other.value) || equal(value, other.reading) || equal(reading, other.value);
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }
}
