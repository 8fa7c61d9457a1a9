package org.passerelle.extract.blocks;

import java.util.regex.Pattern;

/** Normalises the white space of extracted text the way a translator expects to see it. */
public final class Whitespace {
    // NBSP and friends are web-page artefacts in these articles ("le\u00a0général"); keeping them
    // would make the same article differ between its .txt, .html and .pdf versions.
    private static final Pattern SPACES = Pattern.compile("[\\p{IsWhite_Space}\\u200B\\uFEFF]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200C\\u200D\\u2060]");

    private Whitespace() {
    }

    public static String normalise(CharSequence text) {
        String s = INVISIBLE.matcher(text).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
