package org.passerelle.xliff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The article as UTF-8 plain text: one block per paragraph, a blank line between blocks. */
final class PlainTextArticleWriter {

    private PlainTextArticleWriter() {
    }

    static void write(TranslatedArticle article, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (TranslatedArticle.Paragraph p : article.paragraphs()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(p.text()).append('\n');
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
