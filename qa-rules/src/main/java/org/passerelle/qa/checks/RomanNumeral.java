package org.passerelle.qa.checks;

import java.util.regex.Pattern;

/** Values of Roman numerals as used for centuries and ordinals in French ("XXIe siècle"). */
final class RomanNumeral {
    private static final Pattern WELL_FORMED = Pattern.compile("C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

    private RomanNumeral() {
    }

    /** The value of a well-formed numeral up to 399, or 0 when it is not one. */
    static int value(String roman) {
        if (roman.isEmpty() || !roman.chars().allMatch(c -> "IVXLC".indexOf(c) >= 0) || !WELL_FORMED.matcher(roman).matches()) {
            return 0;
        }
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int v = switch (roman.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 100;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
