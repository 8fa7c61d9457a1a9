package org.passerelle.xliff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The edition's indexes (one per language, headline, date and links to the other languages of
 * each article; one for all, by original) and the report of what the QA gate held back.
 */
final class IndexPages {

    private static final String SITE_LANGUAGE = "en";

    private final SiteTemplates templates;
    private final SiteLinks links;
    private final List<Edition.Refusal> refusals;
    private final Map<String, List<TranslatedArticle>> byLanguage = new LinkedHashMap<>();
    private final Map<String, List<TranslatedArticle>> byArticle = new LinkedHashMap<>();

    IndexPages(SiteTemplates templates, SiteLinks links, List<Edition.Entry> entries, List<Edition.Refusal> refusals) {
        this.templates = templates;
        this.links = links;
        this.refusals = refusals;
        for (Edition.Entry e : entries) {
            List<TranslatedArticle> versions = byArticle.computeIfAbsent(e.original().id(), id -> new ArrayList<>());
            if (versions.isEmpty()) {
                versions.add(e.original());
                add(e.original());
            }
            versions.removeIf(v -> !v.isOriginal() && SiteLinks.folder(v.language()).equals(SiteLinks.folder(e.translation().language())));
            versions.add(e.translation());
            add(e.translation());
        }
    }

    private void add(TranslatedArticle a) {
        List<TranslatedArticle> list = byLanguage.computeIfAbsent(SiteLinks.folder(a.language()), l -> new ArrayList<>());
        list.removeIf(v -> v.id().equals(a.id()));
        list.add(a);
    }

    List<Path> write(Edition.SiteOutput out) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, List<TranslatedArticle>> e : byLanguage.entrySet()) {
            String language = e.getValue().get(0).language();
            written.add(page(out, SiteLinks.indexPath(language), language, e.getValue()));
        }
        List<TranslatedArticle> originals = byArticle.values().stream().map(v -> v.get(0)).toList();
        written.add(page(out, SiteLinks.indexPath(null), SITE_LANGUAGE, originals));
        written.add(refusedPage(out));
        return written;
    }

    private Path page(Edition.SiteOutput out, String path, String language, List<TranslatedArticle> articles)
            throws IOException {
        boolean root = !path.contains("/");
        SitePage site = new SitePage(links, root ? null : SiteLinks.folder(language));
        Map<String, Object> page = site.context(language, NewsStyle.of(language).label(root ? "indexAll" : "indexTitle"));
        page.put("all", root);
        page.put("articles", articles.stream().map(a -> row(site, language, a)).toList());
        page.put("languages", byLanguage.values().stream().map(l -> l.get(0).language())
                .map(l -> ArticlePage.version(site.href(SiteLinks.indexPath(l)), l, !root && l.equals(language))).toList());
        page.put("refusedCount", refusals.size());
        return out.write(path, o -> templates.render(SiteTemplates.Page.INDEX, page, o));
    }

    /** @param language the index page's language: a headline in another is marked with its own */
    private Map<String, Object> row(SitePage site, String language, TranslatedArticle a) {
        NewsStyle style = NewsStyle.of(language);
        Map<String, Object> row = new HashMap<>(ArticlePage.text(a.headline().text()));
        boolean foreign = !SiteLinks.folder(a.language()).equals(SiteLinks.folder(language));
        row.put("fallbackLang", a.headline().text().lang() != null ? a.headline().text().lang()
                : foreign ? a.language() : null);
        row.put("href", site.href(SiteLinks.articlePath(a.language(), a.id(), "html")));
        row.put("dateIso", a.byline().date().orElse(null));
        row.put("dateText", a.byline().date().flatMap(style::date).orElse(null));
        row.put("versions", ArticlePage.links(byArticle.get(a.id()).stream().filter(v -> v != a)
                .map(v -> ArticlePage.version(site.href(SiteLinks.articlePath(v.language(), v.id(), "html")),
                        v.language(), false)).toList()));
        return row;
    }

    private Path refusedPage(Edition.SiteOutput out) throws IOException {
        SitePage site = new SitePage(links, null);
        Map<String, Object> page = site.context(SITE_LANGUAGE, NewsStyle.of(SITE_LANGUAGE).label("refusedTitle"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Edition.Refusal r : refusals) {
            Map<String, Object> row = new HashMap<>();
            row.put("file", r.file());
            row.put("language", r.language());
            row.put("reason", r.reason());
            rows.add(row);
        }
        Map<String, Object> report = new HashMap<>();
        report.put("rows", rows);
        page.put("refusals", rows.isEmpty() ? null : report);
        return out.write(Edition.REFUSED_PAGE, o -> templates.render(SiteTemplates.Page.REFUSED, page, o));
    }
}
