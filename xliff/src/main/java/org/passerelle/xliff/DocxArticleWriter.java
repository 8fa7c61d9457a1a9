package org.passerelle.xliff;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.passerelle.core.BlockRole;
import org.passerelle.xliff.TranslatedArticle.Element;
import org.passerelle.xliff.TranslatedArticle.Figure;
import org.passerelle.xliff.TranslatedArticle.ItemList;
import org.passerelle.xliff.TranslatedArticle.Paragraph;
import org.passerelle.xliff.TranslatedArticle.Text;

/**
 * The article as a Word document with Apache POI: the headline in the Title style, the byline
 * in Subtitle, headings in heading 1, captions in caption, the rest Normal ({@link DocxStyles});
 * the document language is the target language, and text left in the source language carries
 * that language on its runs. Core properties: title, author (the author, else the agency),
 * language, and the article's date as created. A picture is not embedded (publishing fetches
 * nothing); its caption is.
 */
final class DocxArticleWriter {

    private DocxArticleWriter() {
    }

    static void write(TranslatedArticle article, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.addTo(doc, article.language());
            properties(doc.getProperties(), article);
            paragraph(doc, DocxStyles.TITLE, article.headline().text());
            Bylines.line(article).ifPresent(line -> paragraph(doc, DocxStyles.SUBTITLE, new Text(line, null)));
            for (Element e : article.body()) {
                element(doc, e);
            }
            doc.write(out);
        }
    }

    private static void properties(POIXMLProperties properties, TranslatedArticle article) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(article.headline().text().text());
        core.setCreator(article.byline().author().or(() -> article.byline().agency()).orElse(ArticleXliff.TOOL_NAME));
        core.getUnderlyingProperties().setLanguageProperty(article.language());
        article.byline().date().flatMap(DocxArticleWriter::day).ifPresent(d -> core.setCreated(Optional.of(d)));
    }

    /** "2024-08-20" or "2024-08" (its first day), at midnight UTC. */
    private static Optional<Date> day(String iso) {
        try {
            LocalDate day = LocalDate.parse(iso.length() == 7 ? iso + "-01" : iso);
            return Optional.of(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void element(XWPFDocument doc, Element e) {
        if (e instanceof Paragraph p) {
            String style = p.role() == BlockRole.HEADING ? DocxStyles.HEADING : DocxStyles.NORMAL;
            XWPFParagraph para = doc.createParagraph();
            para.setStyle(style);
            if (p.dateline() != null) {
                run(para, p.dateline()).setBold(true);
                run(para, new Text(" ", p.dateline().lang()));
            }
            XWPFRun run = run(para, p.text());
            if (p.role() == BlockRole.CREDIT) {
                run.setBold(true);
                para.setAlignment(ParagraphAlignment.RIGHT);
            }
        } else if (e instanceof Figure f) {
            f.captions().forEach(c -> paragraph(doc, DocxStyles.CAPTION, c));
        } else if (e instanceof ItemList l) {
            l.items().forEach(i -> paragraph(doc, DocxStyles.NORMAL, new Text("• " + i.text(), i.lang())));
        }
    }

    private static void paragraph(XWPFDocument doc, String style, Text text) {
        XWPFParagraph para = doc.createParagraph();
        para.setStyle(style);
        run(para, text);
    }

    /** A run in the document's language inherits it from the styles; text left in another says so. */
    private static XWPFRun run(XWPFParagraph para, Text text) {
        XWPFRun run = para.createRun();
        run.setText(text.text());
        if (text.lang() != null) {
            run.setLang(text.lang());
        }
        return run;
    }
}
