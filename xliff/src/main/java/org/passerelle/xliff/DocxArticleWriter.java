package org.passerelle.xliff;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The article as a Word document with Apache POI: a bold title, italic dateline and captions,
 * every run tagged with the target language so Word checks the right spelling.
 */
final class DocxArticleWriter {

    private DocxArticleWriter() {
    }

    static void write(TranslatedArticle article, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(article.title());
            doc.getProperties().getCoreProperties().setCreator(ArticleXliff.TOOL_NAME);
            for (TranslatedArticle.Paragraph p : article.paragraphs()) {
                XWPFParagraph para = doc.createParagraph();
                XWPFRun run = para.createRun();
                run.setLang(article.language());
                run.setText(p.text());
                switch (p.role()) {
                    case TITLE -> {
                        run.setBold(true);
                        run.setFontSize(20);
                    }
                    case HEADING -> {
                        run.setBold(true);
                        run.setFontSize(14);
                    }
                    case DATELINE -> run.setItalic(true);
                    case CAPTION, CREDIT -> {
                        run.setItalic(true);
                        run.setFontSize(9);
                    }
                    default -> run.setFontSize(11);
                }
            }
            doc.write(out);
        }
    }
}
