package org.passerelle.core;

import java.util.Locale;

/**
 * User text quoted back in a message, cut to a readable length: an error line that echoes a
 * 10 MB value whole is no longer one line anyone can read, and a log or CI console may choke on it.
 */
public final class Excerpt {
    /** Longer text is cut; a value or a key of a few dozen characters is shown whole. */
    public static final int MAX_CHARS = 80;

    private Excerpt() {
    }

    /** {@code 'text'}, or {@code 'first characters…' (10,485,760 characters)} when longer than {@link #MAX_CHARS}. */
    public static String quoted(String text) {
        if (text.length() <= MAX_CHARS) {
            return "'" + text + "'";
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return String.format(Locale.ROOT, "'%s…' (%,d characters)", text.substring(0, end), text.length());
    }
}
