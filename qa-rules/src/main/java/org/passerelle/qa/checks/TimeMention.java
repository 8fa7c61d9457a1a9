package org.passerelle.qa.checks;

import org.passerelle.core.lang.TimeStyle;

/**
 * A time of day as written in a text ("14h30", "2:30 pm", "8 giờ tối"), with the minutes after
 * midnight it may mean: one value, or two for an English "2:30" that could be morning or afternoon.
 */
record TimeMention(int start, int end, String text, int minutes, int alternative) {
    static final int NONE = -1;

    boolean sameTimeAs(TimeMention other) {
        return minutes == other.minutes || minutes == other.alternative
                || alternative != NONE && (alternative == other.minutes || alternative == other.alternative);
    }

    /** 24-hour form in the target language's way: "14:30" (en), "14h30" (fr, vi). */
    String format(TimeStyle style) {
        return style.format(minutes);
    }
}
