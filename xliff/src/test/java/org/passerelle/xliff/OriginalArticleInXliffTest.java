package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.passerelle.core.Article;
import org.passerelle.core.Block;
import org.passerelle.core.BlockRole;
import org.passerelle.glossary.Termbase;

/** The original's date, byline, address and images travel in the XLIFF, schema-valid, through re-prepares. */
class OriginalArticleInXliffTest {

    private static final Termbase NO_TERMS = new Termbase("fr", List.of());

    @TempDir
    Path tmp;

    static Article article(String body) {
        List<Block> blocks = List.of(
                new Block(BlockRole.TITLE, "Renforcer la coopération de défense", "fr", 0, 0),
                new Block(BlockRole.CAPTION, "Le général Luong Cuong & le général Kartapolov.", "fr", 0, 0),
                new Block(BlockRole.DATELINE, "Hanoi (VNA) –", "fr", 0, 0),
                new Block(BlockRole.BODY, body, "fr", 0, 0));
        Map<String, String> metadata = Map.of("title", "Renforcer la coopération de défense", "date", "2024-08-20",
                "agency", "VNA", "author", "Thu Hà", "url", "https://fr.vietnamplus.vn/defense-123.vnp",
                "image.1", "https://img.vietnamplus.vn/a b.jpg", "image.1.block",
                "Le général Luong Cuong & le général Kartapolov.", "encoding", "UTF-8");
        return new Article("art", Path.of("art.html"), "text/html", "fr", metadata, blocks);
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void theOriginalsMetadataIsInTheFileAndReadsBack(XliffVersion version) throws Exception {
        Path xliff = new XliffPreparer(NO_TERMS, version).prepare(article("Les deux parties ont eu un entretien."), "en", tmp)
                .file();

        OriginalArticle about = OriginalArticleNotes.read(xliff);

        assertEquals("art.html", about.file());
        assertEquals(Map.of("title", "Renforcer la coopération de défense", "date", "2024-08-20", "agency", "VNA",
                "author", "Thu Hà", "url", "https://fr.vietnamplus.vn/defense-123.vnp"), about.fields());
        String caption = XliffPreparerTest.read(xliff).stream().filter(u -> u.role() == BlockRole.CAPTION)
                .findFirst().orElseThrow().id();
        assertEquals(List.of(new OriginalArticle.Image(caption, "https://img.vietnamplus.vn/a b.jpg")), about.images());
        if (version == XliffVersion.V2) {
            OasisSchemas.validate(OasisSchemas.xliff2(), xliff);
        } else {
            OasisSchemas.validate(OasisSchemas.xliff12Strict(), xliff);
            OasisSchemas.validate(OasisSchemas.xliff12Transitional(), xliff);
        }
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void rePreparingKeepsTranslationsAndTheMetadata(XliffVersion version) throws Exception {
        XliffPreparer preparer = new XliffPreparer(NO_TERMS, version);
        Path xliff = preparer.prepare(article("Les deux parties ont eu un entretien."), "vi", tmp).file();
        new PseudoTranslator().pseudoTranslate(xliff);

        PrepareResult again = preparer.prepare(article("Les deux parties ont eu un long entretien."), "vi", tmp);

        assertEquals(3, again.kept());
        assertEquals("2024-08-20", OriginalArticleNotes.read(xliff).field("date").orElseThrow());
        assertTrue(Files.readString(xliff).contains("Thu Hà"));
    }
}
