package org.passerelle.qa.checks;

import java.math.BigDecimal;

/**
 * A number as written in a text, with the value it has under that language's conventions.
 *
 * @param grouped true when written with a thousands separator
 * @param inWords true when written in words ("quarante", "forty"): weaker evidence than digits,
 *                since "deux parties" may well be "both sides"
 */
record NumberMention(int start, int end, String text, BigDecimal value, boolean grouped, boolean inWords) {

    NumberMention(int start, int end, String text, BigDecimal value, boolean grouped) {
        this(start, end, text, value, grouped, false);
    }
}
