package org.passerelle.xliff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The schema.org {@code NewsArticle} of a page as JSON-LD (Jackson): headline, inLanguage,
 * datePublished, author and publisher, and the translation links: a translation names its
 * original in {@code translationOfWork}, the original lists its translations in
 * {@code workTranslation}. {@code <}, {@code >} and {@code &} are escaped, so the JSON can sit in
 * a {@code <script>} element whatever the text says.
 */
final class ArticleJsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJsonLd() {
    }

    /** A language version as another page refers to it. */
    record Version(String url, String language, String headline) {
    }

    static String of(TranslatedArticle article, String url, Version original, List<Version> translations) {
        ObjectNode ld = JSON.createObjectNode();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("@id", url);
        ld.put("url", url);
        ld.put("mainEntityOfPage", url);
        ld.put("headline", article.headline().text().text());
        ld.put("inLanguage", article.language());
        article.byline().date().ifPresent(d -> ld.put("datePublished", d));
        article.byline().author().ifPresentOrElse(a -> ld.set("author", party("Person", a)),
                () -> article.byline().agency().ifPresent(a -> ld.set("author", party("Organization", a))));
        article.byline().agency().ifPresent(a -> ld.set("publisher", party("Organization", a)));
        if (article.isOriginal()) {
            ArrayNode works = ld.putArray("workTranslation");
            translations.forEach(t -> works.add(work(t)));
        } else {
            ld.set("translationOfWork", work(original));
        }
        try {
            return JSON.writer().with(new HtmlSafe()).writeValueAsString(ld);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode party(String type, String name) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@type", type);
        node.put("name", name);
        return node;
    }

    private static ObjectNode work(Version v) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@type", "NewsArticle");
        node.put("@id", v.url());
        node.put("url", v.url());
        node.put("inLanguage", v.language());
        node.put("headline", v.headline());
        return node;
    }

    /** Escapes what would end or confuse the script element: "</script>", "<!--", "&". */
    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();

        HtmlSafe() {
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
