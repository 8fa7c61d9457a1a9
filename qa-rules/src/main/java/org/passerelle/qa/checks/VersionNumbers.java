package org.passerelle.qa.checks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Version-like numbers ("Industrie 4.0", "la version 2.0", "HTML 5.1.2") copied unchanged: they
 * are names, not quantities, although a language with a decimal comma reads "4.0" as 4 and 0
 * and one with a decimal point as 4. A piece of three digits after the point could be a
 * thousands group ("1.000"), so such numbers are left to the number comparison.
 */
final class VersionNumbers {
    private static final Pattern VERSION = Pattern.compile("(?<![\\p{N}.,])\\d+(?:\\.\\d{1,2}(?!\\d))+(?![\\p{N}]|[.,]\\d)");

    private VersionNumbers() {
    }

    /** Blanks out of both texts each version-like number the target copies from the source. */
    static void blankCopied(StringBuilder source, StringBuilder target) {
        Matcher m = VERSION.matcher(source);
        while (m.find()) {
            int at = indexOfToken(target, m.group());
            if (at >= 0) {
                blank(source, m.start(), m.end());
                blank(target, at, at + m.group().length());
            }
        }
    }

    private static int indexOfToken(CharSequence text, String token) {
        Matcher m = VERSION.matcher(text);
        while (m.find()) {
            if (m.group().equals(token)) {
                return m.start();
            }
        }
        return -1;
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }
}
