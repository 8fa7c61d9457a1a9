package org.passerelle.xliff;

import java.util.Locale;
import java.util.Map;
import org.passerelle.core.Languages;

/**
 * The language tags written into XLIFF. A bare language gets the region the desk works in
 * (fr → fr-FR, en → en-GB, vi → vi-VN), because spelling checks and CAT tools need the variant;
 * a tag that already has a region is kept as given.
 */
final class LanguageTags {

    private static final Map<String, String> DEFAULT_REGION = Map.of("fr", "FR", "en", "GB", "vi", "VN");

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
        String region = DEFAULT_REGION.get(lang);
        return region == null ? lang : lang + "-" + region;
    }

    static String primary(String tag) {
        return Languages.primary(tag);
    }
}
