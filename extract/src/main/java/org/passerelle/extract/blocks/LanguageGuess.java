package org.passerelle.extract.blocks;

import java.util.Locale;

/**
 * What the language detector thinks a text is.
 *
 * @param language BCP 47 primary tag ("fr"), or null when it could not tell
 * @param score    the detector's probability for that language, 0..1
 * @param certain  true when the detector is reasonably certain (enough text, clear winner)
 */
public record LanguageGuess(String language, float score, boolean certain) {
    public static final LanguageGuess UNKNOWN = new LanguageGuess(null, 0f, false);

    /** "English (0.99)". */
    public String describe() {
        return displayName(language) + String.format(Locale.ROOT, " (%.2f)", score);
    }

    public static String displayName(String tag) {
        if (tag == null) {
            return "unknown";
        }
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? tag : name;
    }
}
