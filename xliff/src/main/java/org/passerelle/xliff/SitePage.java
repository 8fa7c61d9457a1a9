package org.passerelle.xliff;

import java.util.HashMap;
import java.util.Map;

/** What every page of the site gives its template: language, title, the words of the page, links to the stylesheet and the indexes. */
final class SitePage {

    private final SiteLinks links;
    private final String folder;

    /** @param folder the page's folder ("en"), or null for a page at the site root */
    SitePage(SiteLinks links, String folder) {
        this.links = links;
        this.folder = folder;
    }

    Map<String, Object> context(String language, String title) {
        Map<String, Object> page = new HashMap<>();
        page.put("lang", language);
        page.put("title", title);
        page.put("labels", NewsStyle.of(language).labels());
        page.put("stylesheet", href(SiteTemplates.STYLESHEET));
        page.put("home", href(SiteLinks.indexPath(null)));
        page.put("languageIndex", href(SiteLinks.indexPath(language)));
        page.put("refused", href(Edition.REFUSED_PAGE));
        return page;
    }

    String href(String path) {
        return links.href(folder, path);
    }
}
