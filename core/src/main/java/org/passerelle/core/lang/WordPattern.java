package org.passerelle.core.lang;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern of a language's table with the literals one of its matches must contain, so that a text
 * without them is passed over without a scan.
 */
public record WordPattern(Pattern pattern, RequiredLiterals literals) {

    public static WordPattern of(Pattern pattern) {
        return new WordPattern(pattern, RequiredLiterals.of(pattern));
    }

    /** Whether the pattern occurs in {@code text}. */
    public boolean find(String text) {
        return literals.mayBeIn(text) && pattern.matcher(text).find();
    }

    /** Its first occurrence in {@code text}, or null. */
    public Matcher first(String text) {
        if (!literals.mayBeIn(text)) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? m : null;
    }

    public Matcher matcher(String text) {
        return pattern.matcher(text);
    }
}
