package org.passerelle.extract;

import org.passerelle.core.BlockRole;

import org.passerelle.core.Block;

import org.passerelle.core.Article;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.extract.fixtures.FormatFixtures;
import org.passerelle.extract.fixtures.FormatFixtures.Extras;
import org.passerelle.extract.fixtures.Roles;
import org.passerelle.extract.fixtures.Seeds;

/**
 * Each seed as a web page (with menu, share bar and related list), Word, LibreOffice, RTF and PDF
 * document, and as text in other encodings: the translator must get the same article every time.
 */
class FormatEquivalenceTest {
    private static final ArticleExtractor FRENCH = new ArticleExtractor("fr");

    @TempDir
    static Path dir;

    static Stream<Arguments> seedsAndFormats() {
        return Seeds.IDS.stream().flatMap(id -> Stream.of("html", "docx", "odt", "rtf", "pdf").map(f -> Arguments.of(id, f)));
    }

    static Path fixture(String id, String format) throws IOException {
        List<String> p = Seeds.paragraphs(id);
        Path out = dir.resolve(id + "." + format);
        return switch (format) {
            case "html" -> FormatFixtures.html(p, Extras.NONE, out);
            case "docx" -> FormatFixtures.docx(p, Extras.NONE, out);
            case "odt" -> FormatFixtures.odt(p, Extras.NONE, out);
            case "rtf" -> FormatFixtures.rtf(p, out);
            case "pdf" -> FormatFixtures.pdf(p, out);
            default -> throw new IllegalArgumentException(format);
        };
    }

    /** What goes to translation, role by role, as "role: text". */
    static List<String> translatable(Article a) {
        return a.translatableBlocks().stream().map(b -> b.role().id() + ": " + b.text()).toList();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("seedsAndFormats")
    void sameArticleAsThePlainText(String id, String format) throws Exception {
        Article txt = FRENCH.extract(Seeds.path(id));
        Article other = FRENCH.extract(fixture(id, format));
        assertAll(
            () -> assertEquals(Roles.texts(txt, BlockRole.BODY), Roles.texts(other, BlockRole.BODY), "body paragraphs"),
            () -> assertEquals(translatable(txt), translatable(other), "every translatable block with its role"),
            () -> assertEquals("fr", other.language()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.passerelle.extract.fixtures.Seeds#ids")
    void paragraphsRunningOverAPageBreakAreRejoined(String id) throws Exception {
        Path pdf = FormatFixtures.pdf(Seeds.paragraphs(id), dir.resolve(id + "-flow.pdf"), true);
        if (id.startsWith("002") || id.startsWith("003")) {
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(2);
                stripper.setEndPage(2);
                assertTrue(Character.isLowerCase(stripper.getText(doc).codePointAt(0)), "page 2 starts mid-paragraph");
            }
        }
        assertEquals(translatable(FRENCH.extract(Seeds.path(id))), translatable(FRENCH.extract(pdf)));
    }

    @Test
    void formatIsDetectedFromContentNotName() throws Exception {
        Path disguised = Files.copy(fixture("000_78e9962cff1393cc", "docx"), dir.resolve("000-really-docx.txt"));
        Article a = FRENCH.extract(disguised);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", a.mediaType());
        assertEquals(Roles.texts(FRENCH.extract(Seeds.path("000_78e9962cff1393cc")), BlockRole.BODY), Roles.texts(a, BlockRole.BODY));
    }

    @Test
    void webPageFurnitureIsBoilerplateAndMetadataIsRead() throws Exception {
        Article a = FRENCH.extract(fixture("001_7c7e6a35cfde74b3", "html"));
        List<String> boilerplate = Roles.texts(a, BlockRole.BOILERPLATE);
        String translatable = a.translatableBlocks().stream().map(Block::text).collect(Collectors.joining("\n"));
        assertAll(
            () -> assertTrue(boilerplate.containsAll(List.of("Accueil", "Partager", "Facebook", "Articles similaires",
                    "Visite d'État au Cambodge", "© Agence Vietnamienne d'Information"))),
            () -> assertFalse(translatable.contains("Partager")),
            () -> assertFalse(translatable.contains("Accueil")),
            () -> assertEquals("Renforcer la coopération de défense Vietnam - Russie", a.metadata().get("title")),
            () -> assertEquals("VNA", a.metadata().get("author")),
            () -> assertEquals("2019-10-22", a.metadata().get("date")));
    }

    @Test
    void outsideTheArticleElementEverythingIsFurniture() throws Exception {
        String page = """
                <html><head><title>VietnamPlus</title></head><body>
                <div id="top"><h1>VietnamPlus</h1><p>Le journal électronique de l'Agence Vietnamienne d'Information</p></div>
                <div><p>Les plus lus</p><p>Le Vietnam et le Laos renforcent leur coopération dans la formation.</p></div>
                <main><article>
                  <h1>Coopération de défense Vietnam - Russie</h1>
                  <p>Hanoi (VNA) – Les deux ministres ont convenu de renforcer la coopération dans la formation des officiers.</p>
                  <h2>Des échanges de délégations</h2>
                  <p>Les deux parties continueront de coopérer étroitement au sein des forums multilatéraux de la région.</p>
                </article></main>
                <div><p>Abonnez-vous à notre lettre d'information pour recevoir chaque matin les nouvelles du Vietnam.</p></div>
                </body></html>""";
        Article a = FRENCH.extract(Files.writeString(dir.resolve("page.html"), page));
        assertEquals("boilerplate*4 title dateline body heading body boilerplate", Roles.sequence(a));
        assertEquals("Coopération de défense Vietnam - Russie", a.metadata().get("title"));
    }

    @Test
    void officeDocumentPropertiesGiveAuthorAndDate() throws Exception {
        for (String format : List.of("docx", "odt")) {
            Article a = FRENCH.extract(fixture("000_78e9962cff1393cc", format));
            assertAll(format,
                () -> assertEquals("VNA", a.metadata().get("author")),
                () -> assertEquals("2019-10-22", a.metadata().get("date")),
                () -> assertEquals("VNA", a.metadata().get("agency")));
        }
    }

    @Test
    void headingsListsAndTablesKeepTheirRole() throws Exception {
        List<String> paras = List.of("Coopération de défense Vietnam - Russie",
                "Hanoi (VNA) – Les deux ministres ont convenu de renforcer la coopération dans la formation.");
        Extras extras = new Extras(List.of("Formation des officiers", "Recherche scientifique"), List.of("2019", "2020"));
        for (Path f : List.of(FormatFixtures.html(paras, extras, dir.resolve("struct.html")),
                FormatFixtures.odt(paras, extras, dir.resolve("struct.odt")),
                FormatFixtures.docx(paras, extras, dir.resolve("struct.docx")))) {
            Article a = new ArticleExtractor(null).withDeclaredLanguage("fr").extract(f);
            assertAll(f.getFileName().toString(),
                () -> assertEquals(List.of("Coopération de défense Vietnam - Russie"), Roles.texts(a, BlockRole.TITLE)),
                () -> assertEquals(List.of("Hanoi (VNA) –"), Roles.texts(a, BlockRole.DATELINE)),
                () -> assertEquals(List.of("Formation des officiers", "Recherche scientifique"), Roles.texts(a, BlockRole.LIST_ITEM)),
                () -> assertEquals(List.of("2019", "2020"), Roles.texts(a, BlockRole.TABLE_CELL)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.passerelle.extract.fixtures.Seeds#ids")
    void hardWrappedAndWindowsLineEndingsGiveTheSameParagraphs(String id) throws Exception {
        List<String> expected = translatable(FRENCH.extract(Seeds.path(id)));
        StringBuilder wrapped = new StringBuilder();
        for (String para : Seeds.paragraphs(id)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split("[ \u00a0]+")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > 72) {
                    wrapped.append(line).append('\n');
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            wrapped.append(line).append("\n\n");
        }
        Path f = Files.writeString(dir.resolve(id + "-wrapped.txt"), wrapped.toString());
        assertEquals(expected, translatable(FRENCH.extract(f)), "wrapped at 72 columns");
        Path crlf = Files.writeString(dir.resolve(id + "-crlf.txt"), Seeds.text(id).replace("\n", "\r\n"));
        assertEquals(expected, translatable(FRENCH.extract(crlf)), "CRLF line endings");
    }

    static Stream<Arguments> encodings() {
        return Stream.of(Arguments.of("UTF-8", false), Arguments.of("UTF-8", true), Arguments.of("UTF-16", false),
                Arguments.of("windows-1252", false), Arguments.of("ISO-8859-1", false));
    }

    @ParameterizedTest(name = "{0} bom={1}")
    @MethodSource("encodings")
    void plainTextEncodingIsDetected(String charsetName, boolean bom) throws Exception {
        Charset charset = Charset.forName(charsetName);
        for (String id : Seeds.IDS) {
            String text = Seeds.text(id);
            if (id.startsWith("001")) {
                text = text.replace(" ảnh 1", "\n"); // Vietnamese has no place in a Latin-1 file
            }
            if (charset.equals(StandardCharsets.ISO_8859_1)) {
                // Latin-1 has no typographic apostrophe, dashes or ellipsis: the file holds ASCII ones.
                text = text.replace('’', '\'').replace('–', '-').replace("…", "...").replace('œ', 'o');
            }
            String expectedText = text;
            Path f = FormatFixtures.text(text, charset, bom, dir.resolve(id + "-" + charsetName + (bom ? "-bom" : "") + ".txt"));
            Article a = FRENCH.extract(f);
            Path utf8 = Files.writeString(dir.resolve(id + "-expected.txt"), expectedText, StandardCharsets.UTF_8);
            assertEquals(Roles.texts(FRENCH.extract(utf8), BlockRole.BODY), Roles.texts(a, BlockRole.BODY), id + " in " + charsetName);
        }
    }

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }
}
