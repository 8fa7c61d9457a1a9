package org.passerelle.qa.checks;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.lang.NumberNames;

/**
 * Numbers written as words and month names, so that "trois soldats" / "3 soldiers" and
 * "21/10" / "21 October" are not reported as mismatches, with the words of the text's language
 * ({@link NumberNames}). Only used to excuse a number that one side writes in digits, never to demand one.
 */
final class NumberWords {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private NumberWords() {
    }

    /** Values a text names in words: number words and, for 1-12, month names. */
    static List<BigDecimal> values(String text, NumberNames names) {
        List<BigDecimal> values = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (m.find()) {
            Integer v = names.number(m.group());
            if (v != null) {
                values.add(BigDecimal.valueOf(v));
            }
            Integer month = names.month(m.group());
            if (month != null) {
                values.add(BigDecimal.valueOf(month));
            }
        }
        return values;
    }
}
