package org.passerelle.core;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Pattern;

/** Language tag comparisons the termbase and matcher agree on. */
public final class Languages {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Set<String> ISO_LANGUAGES = isoLanguages();

    private Languages() {
    }

    /**
     * A BCP 47 tag whose primary language is an ISO 639 code: "fr", "en-GB", "vie", not "vn" or
     * "english". The one rule for the termbase validator, the editor and every language option, so a
     * typo never becomes a new language.
     */
    public static boolean isTag(String tag) {
        return tag != null && TAG.matcher(tag).matches()
                && ISO_LANGUAGES.contains(tag.split("-")[0].toLowerCase(Locale.ROOT));
    }

    private static Set<String> isoLanguages() {
        Set<String> codes = new HashSet<>(List.of(Locale.getISOLanguages()));
        for (String two : Locale.getISOLanguages()) {
            try {
                codes.add(Locale.forLanguageTag(two).getISO3Language());
            } catch (MissingResourceException e) {
                // no three-letter code: the two-letter one is enough
            }
        }
        return codes;
    }

    /** "en-GB" → "en"; null stays null. */
    public static String primary(String tag) {
        if (tag == null) {
            return null;
        }
        int dash = tag.indexOf('-') >= 0 ? tag.indexOf('-') : tag.indexOf('_');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** Same primary language: "en" matches "en-GB" and "en-US", "vi" matches "vi-VN". */
    public static boolean sameLanguage(String a, String b) {
        return a != null && b != null && primary(a).equals(primary(b));
    }
}
