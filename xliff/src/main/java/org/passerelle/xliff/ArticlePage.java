package org.passerelle.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.core.BlockRole;
import org.passerelle.xliff.TranslatedArticle.Element;
import org.passerelle.xliff.TranslatedArticle.Figure;
import org.passerelle.xliff.TranslatedArticle.ItemList;
import org.passerelle.xliff.TranslatedArticle.Paragraph;
import org.passerelle.xliff.TranslatedArticle.Text;

/**
 * What {@code article.mustache} sees of an article (the names a site's own template can use are
 * listed in the README). Optional values are present as null, so that a section never finds the
 * value of the same name one level up (Mustache looks outwards for a name a map lacks).
 */
final class ArticlePage {

    private ArticlePage() {
    }

    /**
     * @param versions every language version of the article, the original first, this one included
     * @param canonical the page's own address (the original's is its address on the desk's site when the XLIFF gives it)
     */
    static Map<String, Object> context(TranslatedArticle article, SitePage site, List<Map<String, Object>> versions,
                                       String canonical, String jsonLd) {
        Map<String, Object> page = site.context(article.language(), article.headline().text().text());
        page.put("id", article.id());
        page.put("headline", text(article.headline().text()));
        page.put("canonical", canonical);
        page.put("alternates", versions);
        page.put("xDefault", versions.get(0).get("href"));
        page.put("otherVersions", links(versions.stream().filter(v -> !Boolean.TRUE.equals(v.get("current"))).toList()));
        page.put("jsonLd", jsonLd);
        page.put("byline", Bylines.names(article).orElse(null));
        page.put("date", Bylines.date(article).map(text -> date(article.byline().date().get(), text)).orElse(null));
        page.put("body", article.body().stream().map(ArticlePage::element).toList());
        page.put("originalUrl", article.isOriginal() ? null : article.original().field("url").orElse(null));
        page.put("originalLang", article.sourceLanguage());
        return page;
    }

    /** A list a template shows inside a container only when it has items: {@code {{#x}}<ul>{{#links}}…{{/links}}</ul>{{/x}}}. */
    static Map<String, Object> links(List<Map<String, Object>> links) {
        if (links.isEmpty()) {
            return null;
        }
        Map<String, Object> m = new HashMap<>();
        m.put("links", links);
        return m;
    }

    static Map<String, Object> version(String href, String language, boolean current) {
        Map<String, Object> v = new HashMap<>();
        v.put("href", href);
        v.put("hreflang", language);
        v.put("name", NewsStyle.nameOf(language));
        v.put("current", current);
        return v;
    }

    private static Map<String, Object> date(String iso, String text) {
        Map<String, Object> d = new HashMap<>();
        d.put("iso", iso);
        d.put("text", text);
        return d;
    }

    static Map<String, Object> text(Text t) {
        Map<String, Object> m = new HashMap<>();
        m.put("text", t.text());
        m.put("fallbackLang", t.lang());
        return m;
    }

    private static Map<String, Object> element(Element e) {
        Map<String, Object> m = new HashMap<>();
        for (String kind : List.of("paragraph", "heading", "figure", "list")) {
            m.put(kind, null);
        }
        if (e instanceof Paragraph p) {
            m.putAll(text(p.text()));
            m.put(p.role() == BlockRole.HEADING ? "heading" : "paragraph", true);
            m.put("cssClass", cssClass(p));
            m.put("dateline", p.dateline() == null ? null : p.dateline().text());
            m.put("datelineLang", p.dateline() == null ? null : p.dateline().lang());
        } else if (e instanceof Figure f) {
            m.put("figure", true);
            m.put("image", f.image());
            Map<String, Object> caption = new HashMap<>();
            caption.put("parts", f.captions().stream().map(ArticlePage::text).toList());
            m.put("caption", f.captions().isEmpty() ? null : caption);
        } else if (e instanceof ItemList l) {
            m.put("list", true);
            m.put("items", l.items().stream().map(ArticlePage::text).toList());
        }
        return m;
    }

    private static String cssClass(Paragraph p) {
        List<String> classes = new ArrayList<>();
        switch (p.role()) {
            case CREDIT -> classes.add("signoff");
            case DATELINE -> classes.add("dateline");
            case TABLE_CELL -> classes.add("table-cell");
            default -> {
            }
        }
        if (p.text().lang() != null) {
            classes.add("untranslated");
        }
        return classes.isEmpty() ? null : String.join(" ", classes);
    }
}
