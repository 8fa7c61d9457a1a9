package org.passerelle.xliff;

import java.util.Locale;
import org.passerelle.core.Languages;
import org.passerelle.core.lang.LanguageSupports;

/**
 * The language tags written into XLIFF. A bare language gets the region its language support
 * names (fr → fr-FR, en → en-GB, vi → vi-VN), because spelling checks and CAT tools need the
 * variant; a tag that already has a region, or whose language names none, is kept as given.
 */
final class LanguageTags {

    private LanguageTags() {
    }

    static String withRegion(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("no language given");
        }
        String t = tag.trim().replace('_', '-');
        if (t.indexOf('-') > 0) {
            return t;
        }
        String lang = t.toLowerCase(Locale.ROOT);
        return LanguageSupports.of(lang).defaultRegion().map(region -> lang + "-" + region).orElse(lang);
    }

    static String primary(String tag) {
        return Languages.primary(tag);
    }
}
