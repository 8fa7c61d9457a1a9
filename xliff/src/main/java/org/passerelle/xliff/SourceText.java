package org.passerelle.xliff;

import java.util.regex.Pattern;

/**
 * Block text made safe for XLIFF: characters XML 1.0 cannot carry (control characters, lone
 * surrogates) and the private-use characters Okapi uses internally as inline-code markers
 * (U+E101..U+E103, U+E110) are dropped; runs of white space, no-break spaces included, become one space.
 */
final class SourceText {

    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]|[\\uE101-\\uE103\\uE110]");

    private SourceText() {
    }

    static String clean(String text) {
        return UnitIds.normalise(NOT_XML.matcher(text).replaceAll(""));
    }
}
