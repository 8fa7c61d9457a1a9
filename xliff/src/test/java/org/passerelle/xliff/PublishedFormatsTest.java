package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.extract.ArticleExtractor;
import org.passerelle.glossary.Termbase;

/** The figure with its picture, the DOCX's Word styles and properties, the Markdown front matter. */
class PublishedFormatsTest {

    private static final Termbase NO_TERMS = new Termbase("fr", List.of());

    @TempDir
    Path tmp;

    /** The article of {@link OriginalArticleInXliffTest}: an HTML page with a picture, a date, an author and an address. */
    private Path translated(String lang) throws Exception {
        Path xliff = new XliffPreparer(NO_TERMS, XliffVersion.V1_2)
                .prepare(OriginalArticleInXliffTest.article("Les deux parties ont eu un entretien."), lang, tmp).file();
        new PseudoTranslator().pseudoTranslate(xliff);
        return xliff;
    }

    @Test
    void aFigureKeepsThePictureOfTheOriginalWithItsCaption() throws Exception {
        Path html = new ArticlePublisher().publish(translated("en"), tmp.resolve("pub"), EnumSet.of(PublishFormat.HTML),
                false).get(0);

        Document doc = Jsoup.parse(html.toFile(), "UTF-8");
        Element figure = doc.selectFirst("article figure");
        assertNotNull(figure);
        assertEquals("https://img.vietnamplus.vn/a%20b.jpg", figure.selectFirst("img").attr("src"));
        assertTrue(figure.selectFirst("figcaption").text().startsWith("["), "the translated caption");
        assertEquals("By Thu Hà, ṼÑÀ · 20 August 2024", doc.selectFirst("p.byline").text(), "the agency as the (pseudo) translation names it");
        assertEquals("https://fr.vietnamplus.vn/defense-123.vnp", doc.selectFirst("link[hreflang=fr-FR]").attr("href"),
                "the original at its own address");
        assertEquals("https://fr.vietnamplus.vn/defense-123.vnp", doc.selectFirst("footer a").attr("href"));
    }

    @Test
    void aPictureOnTheDesksPageReachesTheTranslation() throws Exception {
        Path page = Path.of(System.getProperty("basedir", ".")).resolve("../extract/src/test/resources/pages/003-with-figure.html");
        Path xliff = new XliffPreparer(NO_TERMS, XliffVersion.V2).prepare(new ArticleExtractor("fr").extract(page), "vi", tmp)
                .file();
        new PseudoTranslator().pseudoTranslate(xliff);

        Path html = new ArticlePublisher().publish(xliff, tmp.resolve("pub"), EnumSet.of(PublishFormat.HTML), false).get(0);

        Document doc = Jsoup.parse(html.toFile(), "UTF-8");
        assertEquals(List.of("https://www.lecourrier.vn/images/2024/08/giang-beloussov.jpg"), doc.select("article img").eachAttr("src"),
                "resolved against the original's address");
        assertEquals(1, doc.select("figure:has(img) > figcaption").size(), "with its caption");
        assertEquals("2024-08", doc.selectFirst("p.byline time").attr("datetime"));
    }

    @Test
    void theDocxHasWordStylesTheDocumentLanguageAndCoreProperties() throws Exception {
        Path docx = new ArticlePublisher().publish(translated("vi"), tmp.resolve("pub"), EnumSet.of(PublishFormat.DOCX),
                false).get(0);

        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            assertEquals(List.of("Title", "Subtitle", "Caption", "Normal"),
                    paragraphs.stream().map(XWPFParagraph::getStyle).distinct().toList());
            assertEquals("Title", doc.getStyles().getStyle("Title").getName());
            assertEquals("caption", doc.getStyles().getStyle("Caption").getName());
            assertTrue(paragraphs.get(1).getText().startsWith("Theo Thu Hà, ṼÑÀ · 20 tháng 8, 2024"), paragraphs.get(1).getText());
            assertTrue(doc.getStyle().xmlText().contains("w:lang w:val=\"vi-VN\""), "the document language");
            var core = doc.getProperties().getCoreProperties();
            assertEquals(paragraphs.get(0).getText(), core.getTitle());
            assertEquals("Thu Hà", core.getCreator());
            assertEquals("vi-VN", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
            assertEquals("2024-08-20", core.getCreated().toInstant().toString().substring(0, 10));
        }
        try (OPCPackage pkg = OPCPackage.open(docx.toFile(), PackageAccess.READ)) {
            assertFalse(pkg.getPartsByName(Pattern.compile("/word/styles.xml")).isEmpty(),
                    "a styles part, as Word and LibreOffice expect");
        }
    }

    @Test
    void theMarkdownHasFrontMatterWithTheOtherLanguageVersions() throws Exception {
        Edition edition = new Edition(PublishOptions.of(tmp.resolve("pub"), EnumSet.of(PublishFormat.MD), false));
        edition.add(translated("en"));
        edition.add(translated("vi"));
        Path md = edition.write().articles().values().iterator().next().get(0);

        String text = Files.readString(md);
        assertTrue(text.startsWith("---\n"), text);
        String front = text.substring(4, text.indexOf("\n---\n"));
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(front);
        assertEquals("en-GB", yaml.path("lang").asText());
        assertEquals("2024-08-20", yaml.path("date").asText());
        assertTrue(yaml.path("title").asText().startsWith("["));
        assertEquals("https://fr.vietnamplus.vn/defense-123.vnp", yaml.path("translations").path("fr-FR").asText());
        assertEquals("../vi/art.md", yaml.path("translations").path("vi-VN").asText());
        assertTrue(text.contains("\n# " + MarkdownArticleWriter.escape(yaml.path("title").asText()) + "\n"));
    }
}
