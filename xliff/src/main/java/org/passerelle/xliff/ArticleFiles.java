package org.passerelle.xliff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the language versions of the edition's articles, each page knowing the others: the
 * original first (at its own address when the XLIFF gives one, else our copy of it), then every
 * translation, in hreflang links and JSON-LD.
 */
final class ArticleFiles {

    private final SiteTemplates templates;
    private final SiteLinks links;
    private final Map<String, TranslatedArticle> originals = new LinkedHashMap<>();
    private final Map<String, Map<String, TranslatedArticle>> translations = new LinkedHashMap<>();

    ArticleFiles(SiteTemplates templates, SiteLinks links, List<Edition.Entry> entries) {
        this.templates = templates;
        this.links = links;
        for (Edition.Entry e : entries) {
            originals.putIfAbsent(e.original().id(), e.original());
            translations.computeIfAbsent(e.translation().id(), id -> new LinkedHashMap<>())
                    .put(SiteLinks.folder(e.translation().language()), e.translation());
        }
    }

    Collection<TranslatedArticle> originals() {
        return originals.values();
    }

    /** The translation in every format, in the order of {@link PublishFormat}. */
    List<Path> write(TranslatedArticle article, Set<PublishFormat> formats, Edition.SiteOutput out) throws IOException {
        List<Path> written = new ArrayList<>();
        for (PublishFormat format : new TreeSet<>(formats)) {
            String path = SiteLinks.articlePath(article.language(), article.id(), format.extension());
            written.add(out.write(path, o -> {
                switch (format) {
                    case HTML -> templates.render(SiteTemplates.Page.ARTICLE, context(article), o);
                    case MD -> MarkdownArticleWriter.write(article, versions(article, formats.contains(PublishFormat.HTML)), o);
                    case TXT -> PlainTextArticleWriter.write(article, o);
                    case DOCX -> DocxArticleWriter.write(article, o);
                    default -> throw new IllegalStateException(format.name());
                }
            }));
        }
        return written;
    }

    Path writePage(TranslatedArticle article, Edition.SiteOutput out) throws IOException {
        String path = SiteLinks.articlePath(article.language(), article.id(), PublishFormat.HTML.extension());
        return out.write(path, o -> templates.render(SiteTemplates.Page.ARTICLE, context(article), o));
    }

    private Map<String, Object> context(TranslatedArticle article) {
        SitePage site = new SitePage(links, SiteLinks.folder(article.language()));
        List<Map<String, Object>> versions = new ArrayList<>();
        List<ArticleJsonLd.Version> works = new ArrayList<>();
        for (TranslatedArticle v : all(article.id())) {
            String href = href(site, v, "html");
            versions.add(ArticlePage.version(href, v.language(), v == article));
            works.add(new ArticleJsonLd.Version(href, v.language(), v.headline().text().text()));
        }
        String canonical = href(site, article, "html");
        String jsonLd = ArticleJsonLd.of(article, canonical, works.get(0), works.subList(1, works.size()));
        return ArticlePage.context(article, site, versions, canonical, jsonLd);
    }

    /**
     * The links to the other versions from a Markdown file, for its front matter: the other
     * Markdown files, and the original at its address, or at its page when HTML is published too.
     */
    private Map<String, String> versions(TranslatedArticle article, boolean withPages) {
        SitePage site = new SitePage(links, SiteLinks.folder(article.language()));
        Map<String, String> others = new LinkedHashMap<>();
        for (TranslatedArticle v : all(article.id())) {
            boolean linkable = !v.isOriginal() || withPages || v.original().field("url").isPresent();
            if (v != article && linkable) {
                others.put(v.language(), href(site, v, v.isOriginal() ? "html" : "md"));
            }
        }
        return others;
    }

    /** The original's own address when known; else the page of that version in this edition. */
    private String href(SitePage site, TranslatedArticle v, String extension) {
        if (v.isOriginal() && v.original().field("url").isPresent()) {
            return v.original().field("url").get();
        }
        return site.href(SiteLinks.articlePath(v.language(), v.id(), extension));
    }

    private List<TranslatedArticle> all(String id) {
        List<TranslatedArticle> all = new ArrayList<>();
        all.add(originals.get(id));
        all.addAll(translations.getOrDefault(id, Map.of()).values());
        return all;
    }
}
