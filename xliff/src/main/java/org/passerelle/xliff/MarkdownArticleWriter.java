package org.passerelle.xliff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.passerelle.core.BlockRole;
import org.passerelle.xliff.TranslatedArticle.Element;
import org.passerelle.xliff.TranslatedArticle.Figure;
import org.passerelle.xliff.TranslatedArticle.ItemList;
import org.passerelle.xliff.TranslatedArticle.Paragraph;
import org.passerelle.xliff.TranslatedArticle.Text;

/**
 * The article as CommonMark with YAML front matter (Jackson), as static site generators (Hugo,
 * Jekyll, Eleventy) read it: title, date, lang, author, agency, the original's address and the
 * other language versions. Then the {@code #} headline, the dateline in bold at the start of the
 * lead, figures as an image and italic caption. Text is escaped so that a line such as "-VNA" or
 * "1. " stays text instead of becoming a list; text left in the source language keeps no mark
 * here (Markdown has none) but its language is listed in the front matter's {@code untranslated}.
 */
final class MarkdownArticleWriter {

    private static final Pattern INLINE_SPECIAL = Pattern.compile("([\\\\`*_~\\[\\]<>|])");
    private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)([-+#>=])");
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\s*\\d+)([.)])");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private MarkdownArticleWriter() {
    }

    /** @param versions the other language versions: language tag → link */
    static void write(TranslatedArticle article, Map<String, String> versions, OutputStream out) throws IOException {
        StringBuilder md = new StringBuilder("---\n").append(YAML.writeValueAsString(frontMatter(article, versions)))
                .append("---\n\n");
        md.append("# ").append(escape(article.headline().text().text())).append("\n\n");
        for (Element e : article.body()) {
            md.append(block(e)).append("\n\n");
        }
        out.write(md.toString().stripTrailing().concat("\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> frontMatter(TranslatedArticle article, Map<String, String> versions) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", article.headline().text().text());
        article.byline().date().ifPresent(d -> front.put("date", d));
        front.put("lang", article.language());
        article.byline().author().ifPresent(a -> front.put("author", a));
        article.byline().agency().ifPresent(a -> front.put("agency", a));
        article.original().field("url").ifPresent(u -> front.put("original", u));
        if (!versions.isEmpty()) {
            front.put("translations", versions);
        }
        long untranslated = article.texts().stream().filter(t -> t.lang() != null).count();
        if (untranslated > 0) {
            front.put("untranslated", Map.of("blocks", untranslated, "lang", article.sourceLanguage()));
        }
        return front;
    }

    private static String block(Element e) {
        if (e instanceof Paragraph p) {
            String t = escape(p.text().text());
            if (p.role() == BlockRole.HEADING) {
                return "## " + t;
            }
            if (p.role() == BlockRole.DATELINE) {
                return "*" + t + "*";
            }
            return p.dateline() == null ? t : "**" + escape(p.dateline().text()) + "** " + t;
        }
        if (e instanceof Figure f) {
            String caption = String.join(" · ", f.captions().stream().map(Text::text).map(MarkdownArticleWriter::escape)
                    .toList());
            String image = f.image() == null ? "" : "![" + caption + "](<" + f.image() + ">)\n";
            return image + (caption.isEmpty() ? "" : "*" + caption + "*");
        }
        StringBuilder list = new StringBuilder();
        for (Text item : ((ItemList) e).items()) {
            list.append(list.length() == 0 ? "" : "\n").append("- ").append(escape(item.text()));
        }
        return list.toString();
    }

    static String escape(String text) {
        String t = INLINE_SPECIAL.matcher(text).replaceAll("\\\\$1");
        t = BLOCK_START.matcher(t).replaceFirst("$1\\\\$2");
        return ORDERED_LIST_START.matcher(t).replaceFirst("$1\\\\$2");
    }
}
