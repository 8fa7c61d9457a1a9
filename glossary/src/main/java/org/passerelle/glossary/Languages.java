package org.passerelle.glossary;

import java.util.Locale;

/** Language tag comparisons the termbase and matcher agree on. */
public final class Languages {
    private Languages() {
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
