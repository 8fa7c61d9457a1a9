package org.passerelle.qa.checks;

import java.math.BigDecimal;

/**
 * A number as written in a text, with the value it has under that language's conventions.
 *
 * @param grouped true when written with a thousands separator
 */
record NumberMention(int start, int end, String text, BigDecimal value, boolean grouped) {
}
