package org.passerelle.xliff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.xliff.TranslatedArticle.Element;
import org.passerelle.xliff.TranslatedArticle.Figure;
import org.passerelle.xliff.TranslatedArticle.ItemList;
import org.passerelle.xliff.TranslatedArticle.Paragraph;
import org.passerelle.xliff.TranslatedArticle.Text;

/**
 * The article as UTF-8 plain text, as a wire service sends it: the headline, the byline and date,
 * then one block per paragraph (the dateline leading the first), a blank line between blocks.
 */
final class PlainTextArticleWriter {

    private PlainTextArticleWriter() {
    }

    static void write(TranslatedArticle article, OutputStream out) throws IOException {
        List<String> blocks = new ArrayList<>();
        blocks.add(article.headline().text().text());
        Bylines.line(article).ifPresent(blocks::add);
        for (Element e : article.body()) {
            blocks.add(block(e));
        }
        out.write((String.join("\n\n", blocks) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String block(Element e) {
        if (e instanceof Paragraph p) {
            return p.dateline() == null ? p.text().text() : p.dateline().text() + " " + p.text().text();
        }
        if (e instanceof Figure f) {
            return String.join(" ", f.captions().stream().map(Text::text).toList());
        }
        return String.join("\n", ((ItemList) e).items().stream().map(t -> "- " + t.text()).toList());
    }
}
