package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.core.Article;
import org.passerelle.extract.ArticleExtractor;
import org.passerelle.core.Block;
import org.passerelle.core.BlockRole;
import org.passerelle.glossary.Termbase;

class ArticlePublisherTest {

    private static ArticleExtractor extractor;
    private static final Termbase NO_TERMS = new Termbase("fr", List.of());
    private final ArticlePublisher publisher = new ArticlePublisher();

    @TempDir
    Path tmp;

    @BeforeAll
    static void createExtractor() {
        extractor = new ArticleExtractor("fr");
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> seedsAndVersions() throws IOException {
        return XliffPreparerTest.seedsAndVersions();
    }

    /**
     * prepare → pseudo → publish: every paragraph present, in order, in every format (the
     * dateline run into the lead, a date-only dateline in the byline instead).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seedsAndVersions")
    void roundTripKeepsEveryParagraphInOrder(Path seed, XliffVersion version, String lang) throws Exception {
        Article article = extractor.extract(seed);
        Path xliff = new XliffPreparer(NO_TERMS, version).prepare(article, lang, tmp.resolve("xliff")).file();
        new PseudoTranslator().pseudoTranslate(xliff);
        List<String> expected = XliffPreparerTest.read(xliff).stream()
                .filter(u -> !u.sourceText().matches("date \\d{4}-\\d{2}"))
                .map(u -> u.targetText().toLowerCase(Locale.ROOT)).toList();
        assertTrue(expected.stream().allMatch(t -> t.startsWith("[")), "pseudo-translated");

        List<Path> files = publisher.publish(xliff, tmp.resolve("pub"), EnumSet.allOf(PublishFormat.class), false);

        Path dir = tmp.resolve("pub").resolve(lang);
        assertEquals(List.of(dir.resolve(article.id() + ".html"), dir.resolve(article.id() + ".md"),
                dir.resolve(article.id() + ".txt"), dir.resolve(article.id() + ".docx")), files);
        Document html = Jsoup.parse(files.get(0).toFile(), "UTF-8");
        assertEquals(lang.equals("en") ? "en-GB" : "vi-VN", html.selectFirst("html").attr("lang"));
        assertInOrder(expected, html.selectFirst("article").text().toLowerCase(Locale.ROOT));
        assertInOrder(expected, Files.readString(files.get(2)).toLowerCase(Locale.ROOT));
        assertInOrder(expected.stream().map(MarkdownArticleWriter::escape).toList(),
                Files.readString(files.get(1)).toLowerCase(Locale.ROOT));
        try (InputStream in = Files.newInputStream(files.get(3)); XWPFDocument docx = new XWPFDocument(in)) {
            assertInOrder(expected, String.join("\n", docx.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                    .toLowerCase(Locale.ROOT));
        }
    }

    private static void assertInOrder(List<String> expected, String text) {
        int from = 0;
        for (String e : expected) {
            int at = text.indexOf(e, from);
            assertTrue(at >= from, "missing or out of order: " + e);
            from = at + e.length();
        }
    }

    private static Article article() {
        List<Block> blocks = List.of(
                new Block(BlockRole.TITLE, "Renforcer la coopération de défense", "fr", 0, 0),
                new Block(BlockRole.CAPTION, "Le général Luong Cuong et le général Kartapolov. Photo: VNA", "fr", 0, 0),
                new Block(BlockRole.DATELINE, "Hanoi (VNA) –", "fr", 0, 0),
                new Block(BlockRole.BODY, "Les deux parties ont eu un entretien.", "fr", 0, 0),
                new Block(BlockRole.BOILERPLATE, "Voir plus", "fr", 0, 0),
                new Block(BlockRole.CREDIT, "-VNA", "fr", 0, 0));
        return new Article("art", Path.of("art.txt"), "text/plain", "fr", Map.of(), blocks);
    }

    @Test
    void htmlUsesProperElementsForEveryRole() throws Exception {
        Path xliff = new XliffPreparer(NO_TERMS, XliffVersion.V1_2).prepare(article(), "en", tmp).file();
        new PseudoTranslator().pseudoTranslate(xliff);
        Path html = publisher.publish(xliff, tmp.resolve("pub"), EnumSet.of(PublishFormat.HTML), false).get(0);
        Document doc = Jsoup.parse(html.toFile(), "UTF-8");
        assertTrue(Files.readString(html).startsWith("<!doctype html>"));
        assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
        assertEquals(doc.title(), doc.selectFirst("h1").text());
        assertTrue(doc.selectFirst("h1").text().startsWith("[Ŕéñƒöŕçéŕ"));
        assertEquals(1, doc.select("figure > figcaption").size());
        assertEquals(1, doc.select("article p > span.dateline:first-child").size(), "the dateline leads the paragraph");
        String lead = XliffPreparerTest.read(xliff).stream().filter(u -> u.role() == BlockRole.BODY).findFirst()
                .orElseThrow().targetText();
        assertTrue(doc.selectFirst("span.dateline").parent().text().endsWith(lead), "the dateline leads the body paragraph");
        assertEquals(1, doc.select("p.signoff").size());
        assertFalse(doc.text().contains("Ṽöîŕ ƥĺûš"), "boilerplate never reaches the article");
        Path md = publisher.publish(xliff, tmp.resolve("pub"), EnumSet.of(PublishFormat.MD), false).get(0);
        String markdown = Files.readString(md);
        assertTrue(markdown.contains("\n# \\[Ŕéñƒöŕçéŕ"), markdown);
        assertTrue(markdown.contains("\n\\[-ṼÑÀ \\~\\]"), markdown);
    }

    @Test
    void markdownKeepsTextThatLooksLikeMarkupAsText() {
        assertEquals("\\-VNA", MarkdownArticleWriter.escape("-VNA"));
        assertEquals("2019\\. Il", MarkdownArticleWriter.escape("2019. Il"));
        assertEquals("\\# 1 \\*important\\*", MarkdownArticleWriter.escape("# 1 *important*"));
    }

    @Test
    void untranslatedUnitsStopPublishingAndNothingIsWritten() throws Exception {
        Path xliff = new XliffPreparer(NO_TERMS, XliffVersion.V1_2).prepare(article(), "vi", tmp).file();
        List<String> ids = XliffPreparerTest.read(xliff).stream().map(TranslationUnit::id).toList();
        UntranslatedException e = assertThrows(UntranslatedException.class,
                () -> publisher.publish(xliff, tmp.resolve("pub"), EnumSet.allOf(PublishFormat.class), false));
        assertEquals(ids, e.unitIds());
        assertFalse(Files.exists(tmp.resolve("pub")));

        List<Path> files = publisher.publish(xliff, tmp.resolve("pub"), EnumSet.allOf(PublishFormat.class), true);
        assertTrue(Files.readString(files.get(2)).startsWith("Renforcer la coopération de défense\n"),
                "allowed: the source stands in for the missing translation");
        assertEquals(tmp.resolve("pub/vi/art.txt"), files.get(2));
        Document html = Jsoup.parse(files.get(0).toFile(), "UTF-8");
        assertEquals("vi-VN", html.selectFirst("html").attr("lang"));
        assertEquals("fr-FR", html.selectFirst("h1").attr("lang"), "the French headline says it is French");
        assertEquals(List.of("fr-FR"), html.select("article p").eachAttr("lang").stream().distinct().toList());
        assertEquals("fr-FR", html.selectFirst("figcaption span").attr("lang"));
        try (InputStream in = Files.newInputStream(files.get(3)); XWPFDocument docx = new XWPFDocument(in)) {
            List<XWPFRun> runs = docx.getParagraphs().stream().filter(p -> !"Subtitle".equals(p.getStyle()))
                    .flatMap(p -> p.getRuns().stream()).toList();
            assertTrue(runs.stream().allMatch(r -> "fr-FR".equals(r.getLang())), "every run of French text is French");
        }
    }

    @Test
    void aChangedSourceAwaitingReviewIsNotPublished() throws Exception {
        XliffPreparer preparer = new XliffPreparer(NO_TERMS, XliffVersion.V2);
        Path xliff = preparer.prepare(article(), "en", tmp).file();
        new PseudoTranslator().pseudoTranslate(xliff);
        List<Block> edited = new ArrayList<>(article().blocks());
        edited.set(3, new Block(BlockRole.BODY, "Les deux parties ont eu un long entretien.", "fr", 0, 0));
        preparer.prepare(new Article("art", Path.of("art.txt"), "text/plain", "fr", Map.of(), edited), "en", tmp);
        UntranslatedException e = assertThrows(UntranslatedException.class,
                () -> publisher.publish(xliff, tmp.resolve("pub"), EnumSet.of(PublishFormat.HTML), false));
        assertEquals(1, e.unitIds().size());
        assertTrue(e.unitIds().get(0).startsWith("body-"));
    }

    @Test
    void publishesWhatOmegaTWroteBack() throws Exception {
        Path copy = Files.copy(XliffReaderTest.resource("omegat-3.6.en.xlf"), tmp.resolve("003_29974663294a4e55.en.xlf"));
        Path html = publisher.publish(copy, tmp.resolve("pub"), EnumSet.of(PublishFormat.HTML), false).get(0);
        assertEquals(tmp.resolve("pub/en/003_29974663294a4e55.html"), html);
        Document doc = Jsoup.parse(html.toFile(), "UTF-8");
        assertTrue(doc.selectFirst("h1").text().startsWith("[Ƥöûŕ ƥŕöɱöûṽöîŕ"));
        assertEquals("2024-08", doc.selectFirst("p.byline time").attr("datetime"), "'date 2024-08' is the date");
        assertEquals("August 2024", doc.selectFirst("p.byline time").text());
        assertTrue(doc.select("article p").stream().noneMatch(p -> p.text().contains("2024-08")));
        assertEquals(1, doc.select("figure figcaption").size(), "the photo credit under the title");
    }

    @Test
    void publishesAnotherToolsFileAndNamesTheUntranslatedUnits() throws Exception {
        Path copy = Files.copy(XliffReaderTest.resource("symfony-style.vi.xlf"), tmp.resolve("messages.vi.xlf"));
        UntranslatedException e = assertThrows(UntranslatedException.class,
                () -> publisher.publish(copy, tmp.resolve("pub"), EnumSet.of(PublishFormat.TXT), false));
        assertEquals(List.of("3"), e.unitIds());
        Path txt = publisher.publish(copy, tmp.resolve("pub"), EnumSet.of(PublishFormat.TXT), true).get(0);
        assertEquals(tmp.resolve("pub/vi/messages.txt"), txt);
        assertTrue(Files.readString(txt).startsWith("Phiên làm việc đã hết hạn.\n"));
    }
}
