package org.passerelle.xliff;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * How an {@link Edition} is published.
 *
 * @param outDir            the site folder: {@code <lang>/<article>.<ext>}, the indexes, the refused report, the stylesheet
 * @param formats           the article formats; the site pages (indexes, refused report, the original in its language,
 *                          the stylesheet) come with HTML
 * @param allowUntranslated publish units without translation in the source language, marked as such
 * @param baseUrl           the site's address for absolute canonical, hreflang and JSON-LD links, or null for relative links
 * @param templates         a folder with the site's own templates, or null for the defaults
 */
public record PublishOptions(Path outDir, Set<PublishFormat> formats, boolean allowUntranslated, String baseUrl,
                             Path templates) {

    /** @throws IllegalArgumentException when the base URL is given but is not an absolute http(s) URL */
    public PublishOptions {
        formats = formats.isEmpty() ? EnumSet.noneOf(PublishFormat.class) : EnumSet.copyOf(formats);
        SiteLinks.under(baseUrl);
    }

    public static PublishOptions of(Path outDir, Set<PublishFormat> formats, boolean allowUntranslated) {
        return new PublishOptions(outDir, formats, allowUntranslated, null, null);
    }

    public PublishOptions withBaseUrl(String url) {
        return new PublishOptions(outDir, formats, allowUntranslated, url, templates);
    }

    public PublishOptions withTemplates(Path dir) {
        return new PublishOptions(outDir, formats, allowUntranslated, baseUrl, dir);
    }

    boolean sitePages() {
        return formats.contains(PublishFormat.HTML);
    }
}
