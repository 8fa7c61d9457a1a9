package org.passerelle.xliff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.passerelle.core.BlockRole;

/**
 * The article as one HTML5 page built with jsoup (which escapes everything): {@code <h1>} title,
 * dateline, paragraphs, headings, lists, photo captions as {@code <figure><figcaption>}, credits,
 * {@code lang} from the XLIFF target language, UTF-8.
 */
final class HtmlArticleWriter {

    private HtmlArticleWriter() {
    }

    static void write(TranslatedArticle article, OutputStream out) throws IOException {
        Document doc = Document.createShell("");
        doc.prependChild(new DocumentType("html", "", ""));
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true);
        Element html = doc.selectFirst("html");
        html.attr("lang", article.language());
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("title").text(article.title());
        Element body = doc.body().appendElement("article").attr("id", article.id());
        Element list = null;
        boolean titleDone = false;
        for (TranslatedArticle.Paragraph p : article.paragraphs()) {
            if (p.role() != BlockRole.LIST_ITEM) {
                list = null;
            }
            switch (p.role()) {
                case TITLE -> {
                    body.appendElement(titleDone ? "h2" : "h1").text(p.text());
                    titleDone = true;
                }
                case HEADING -> body.appendElement("h2").text(p.text());
                case DATELINE -> body.appendElement("p").addClass("dateline").text(p.text());
                case CAPTION -> body.appendElement("figure").appendElement("figcaption").text(p.text());
                case CREDIT -> body.appendElement("p").addClass("credit").text(p.text());
                case LIST_ITEM -> {
                    if (list == null) {
                        list = body.appendElement("ul");
                    }
                    list.appendElement("li").text(p.text());
                }
                case TABLE_CELL -> body.appendElement("p").addClass("table-cell").text(p.text());
                default -> body.appendElement("p").text(p.text());
            }
        }
        out.write(doc.outerHtml().getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
