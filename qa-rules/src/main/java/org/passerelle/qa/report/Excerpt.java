package org.passerelle.qa.report;

/**
 * Keeps what a report quotes bounded by the input, never by findings times text: a message, a
 * suggestion or a segment shown in a report is cut to a window, so one 5 MB segment with a
 * thousand findings makes a report of a few megabytes, not gigabytes.
 */
public final class Excerpt {
    /** Longest message or suggestion a report carries, in characters. */
    public static final int TEXT_LIMIT = 500;
    /** Most suggestions a report lists for one finding. */
    public static final int SUGGESTIONS = 5;

    private Excerpt() {
    }

    /** {@code text} cut at {@link #TEXT_LIMIT} characters, with an ellipsis when it was cut. */
    public static String of(String text) {
        return cut(text, TEXT_LIMIT);
    }

    static String cut(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        int end = limit;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
