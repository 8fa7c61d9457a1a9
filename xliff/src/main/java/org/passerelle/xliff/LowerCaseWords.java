package org.passerelle.xliff;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a text is words to translate: its lower-case words. Names, acronyms, numbers and codes
 * rightly stay the same in a translation, so a text with few lower-case words has nothing to
 * translate; the QA's target.same-as-source and the reading of OmegaT's copied sources agree on it.
 */
public final class LowerCaseWords {
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{L}\\p{M}'’-]+");

    private LowerCaseWords() {
    }

    public static int count(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
