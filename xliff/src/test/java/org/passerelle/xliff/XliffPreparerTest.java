package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.core.Article;
import org.passerelle.extract.ArticleExtractor;
import org.passerelle.core.Block;
import org.passerelle.core.BlockRole;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Termbase;

class XliffPreparerTest {

    private static ArticleExtractor extractor;
    private static final Termbase NO_TERMS = new Termbase("fr", List.of());

    @TempDir
    Path out;

    @BeforeAll
    static void createExtractor() {
        extractor = new ArticleExtractor("fr");
    }

    static Stream<Arguments> seedsAndVersions() throws IOException {
        List<Arguments> args = new ArrayList<>();
        for (Path seed : Seeds.all()) {
            args.add(Arguments.of(seed, XliffVersion.V1_2, "en"));
            args.add(Arguments.of(seed, XliffVersion.V2, "vi"));
        }
        return args.stream();
    }

    static List<TranslationUnit> read(Path file) throws InputException {
        List<TranslationUnit> units = new ArrayList<>();
        new XliffReader().read(file, file.getFileName().toString(), units::add);
        return units;
    }

    static void assertSchemaValid(Path file, XliffVersion version) throws Exception {
        if (version == XliffVersion.V2) {
            OasisSchemas.validate(OasisSchemas.xliff2(), file);
        } else {
            OasisSchemas.validate(OasisSchemas.xliff12Strict(), file);
            OasisSchemas.validate(OasisSchemas.xliff12Transitional(), file);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seedsAndVersions")
    void everySeedBecomesSchemaValidXliffWithOneUnitPerTranslatableBlock(Path seed, XliffVersion version, String lang)
            throws Exception {
        Article article = extractor.extract(seed);
        PrepareResult result = new XliffPreparer(NO_TERMS, version).prepare(article, lang, out);

        assertEquals(out.resolve(article.id() + "." + lang + ".xlf"), result.file());
        assertSchemaValid(result.file(), version);
        List<TranslationUnit> units = read(result.file());
        List<Block> blocks = article.translatableBlocks().stream().filter(b -> !b.text().isBlank()).toList();
        assertEquals(blocks.size(), units.size());
        assertEquals(units.size(), result.units());
        SentenceSegmenter fr = SentenceSegmenter.forLanguage("fr");
        int segments = 0;
        for (int i = 0; i < units.size(); i++) {
            TranslationUnit u = units.get(i);
            Block b = blocks.get(i);
            String type = version == XliffVersion.V2 ? "passerelle:" + b.role().id() : "x-" + b.role().id();
            assertEquals(type, u.restype());
            assertEquals(fr.split(UnitIds.normalise(b.text())), u.segments().stream().map(SegmentPair::source).toList());
            assertTrue(u.id().startsWith(b.role().id() + "-"), u.id());
            assertEquals("fr-FR", u.sourceLanguage());
            assertEquals(lang.equals("en") ? "en-GB" : "vi-VN", u.targetLanguage());
            assertNull(u.targetText(), "nothing is translated yet");
            segments += u.segments().size();
        }
        assertEquals(segments, result.segments());
        List<String> sources = units.stream().map(TranslationUnit::sourceText).toList();
        List<String> translatable = blocks.stream().map(b -> UnitIds.normalise(b.text())).toList();
        for (Block b : article.blocks()) {
            if (b.role() == BlockRole.BOILERPLATE && !translatable.contains(UnitIds.normalise(b.text()))) {
                assertFalse(sources.contains(UnitIds.normalise(b.text())), "boilerplate left out: " + b.text());
            }
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(result.file()), files.toList(), "no temporary file left behind");
        }
    }

    static Article article(String id, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(BlockRole.TITLE, paragraphs[0], "fr", 0, 0));
        for (int i = 1; i < paragraphs.length; i++) {
            blocks.add(new Block(BlockRole.BODY, paragraphs[i], "fr", 0, 0));
        }
        blocks.add(new Block(BlockRole.BOILERPLATE, "Voir plus", "fr", 0, 0));
        return new Article(id, Path.of(id + ".txt"), "text/plain", "fr", Map.of(), blocks);
    }

    private static final String TITLE = "Renforcer la coopération de défense Vietnam - Russie";
    private static final String P1 = "Après la cérémonie d'accueil, les deux parties ont eu un entretien. "
            + "Luong Cuong et Andrey Valeryevich Kartapolov ont déclaré que le Partenariat stratégique intégral continuait de se développer.";
    private static final String P2 = "Les dirigeants des deux pays ont maintenu des contacts de haut niveau. "
            + "La coopération de défense a fait une avancée.";
    private static final String P3 = "En 2019, les ministères de la Défense des deux pays ont collaboré pour organiser près de 70 activités.";

    @Test
    void unitIdsComeFromTheParagraphNotItsPosition() throws Exception {
        XliffPreparer preparer = new XliffPreparer(NO_TERMS, XliffVersion.V1_2);
        List<String> before = read(preparer.prepare(article("a", TITLE, P1, P2, P3), "en", out.resolve("1")).file())
                .stream().map(TranslationUnit::id).toList();
        List<String> after = read(preparer.prepare(article("a", TITLE, "Un paragraphe ajouté en tête.", P1, P2, P3), "en",
                out.resolve("2")).file()).stream().map(TranslationUnit::id).toList();
        assertEquals(4, before.size());
        assertEquals(5, after.size());
        assertEquals(before, List.of(after.get(0), after.get(2), after.get(3), after.get(4)));
        List<String> again = read(preparer.prepare(article("a", TITLE, P1, P2, P3), "en", out.resolve("3")).file())
                .stream().map(TranslationUnit::id).toList();
        assertEquals(before, again);
        assertNotEquals(before, read(preparer.prepare(article("b", TITLE, P1, P2, P3), "en", out.resolve("4")).file())
                .stream().map(TranslationUnit::id).toList(), "ids are derived from the article too");
    }

    @ParameterizedTest
    @MethodSource("versions")
    void rePreparingKeepsTranslationsFlagsEditsAndCountsRemovals(XliffVersion version) throws Exception {
        XliffPreparer preparer = new XliffPreparer(NO_TERMS, version);
        Path file = preparer.prepare(article("art", TITLE, P1, P2, P3), "en", out).file();
        assertEquals(6, new PseudoTranslator().pseudoTranslate(file));
        Map<String, String> translated = new java.util.HashMap<>();
        read(file).forEach(u -> translated.put(u.id(), u.targetText()));

        String editedP1 = P1.replace("continuait de se développer", "continue de se développer fortement");
        PrepareResult again = preparer.prepare(article("art", TITLE, editedP1, "Un nouveau paragraphe.", P3), "en", out);

        assertSchemaValid(file, version);
        assertEquals(4, again.units());
        assertEquals(3, again.kept(), "title, first sentence of P1, P3");
        assertEquals(1, again.toReview());
        assertEquals(2, again.removed(), "the two sentences of P2");
        List<TranslationUnit> units = read(file);
        TranslationUnit title = units.get(0);
        assertEquals(translated.get(title.id()), title.targetText());
        assertEquals(TranslationState.TRANSLATED, title.state());

        TranslationUnit p1 = units.get(1);
        assertTrue(translated.containsKey(p1.id()), "the edited paragraph keeps its id");
        assertEquals(translated.get(p1.id()), p1.targetText(), "old translation kept as the target");
        assertEquals(TranslationState.NEEDS_REVIEW, p1.state());
        assertTrue(p1.notes().stream().anyMatch(n -> n.contains("Previous source: Luong Cuong")), p1.notes().toString());
        assertFalse(p1.state().isTranslated(), "an edited source is not publishable until reviewed");

        TranslationUnit added = units.get(2);
        assertFalse(translated.containsKey(added.id()));
        assertNull(added.targetText());
        assertEquals(translated.get(units.get(3).id()), units.get(3).targetText());
    }

    static Stream<XliffVersion> versions() {
        return Stream.of(XliffVersion.V1_2, XliffVersion.V2);
    }

    @ParameterizedTest
    @MethodSource("versions")
    void canPrefillTargetsWithTheSourceForOmegaT(XliffVersion version) throws Exception {
        Path file = new XliffPreparer(NO_TERMS, version).withSourceCopiedToTargets(true)
                .prepare(article("art", TITLE, P1, P2), "en", out).file();
        assertSchemaValid(file, version);
        for (TranslationUnit u : read(file)) {
            assertEquals(u.sourceText(), u.targetText());
            assertEquals(TranslationState.NOT_TRANSLATED, u.state());
        }
    }

    @Test
    void charactersXmlCannotCarryAreDroppedAndTheFileStaysValid() throws Exception {
        Path file = new XliffPreparer(NO_TERMS, XliffVersion.V1_2)
                .prepare(article("art", "Titre\u0001 avec\u00A0contrôle\uE101", P1), "en", out).file();
        assertSchemaValid(file, XliffVersion.V1_2);
        assertEquals("Titre avec contrôle", read(file).get(0).sourceText());
    }

    @Test
    void refusesToMergeIntoAFileOfAnotherSourceLanguage() throws Exception {
        Path file = new XliffPreparer(NO_TERMS, XliffVersion.V1_2).prepare(article("art", TITLE, P1), "en", out).file();
        byte[] before = Files.readAllBytes(file);
        Article english = new Article("art", Path.of("art.txt"), "text/plain", "en", Map.of(),
                List.of(new Block(BlockRole.TITLE, "Strengthening defence ties", "en", 0, 0)));
        InputException e = assertThrows(InputException.class,
                () -> new XliffPreparer(NO_TERMS, XliffVersion.V1_2).prepare(english, "en", out));
        assertTrue(e.getMessage().contains("source language"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "nothing overwritten");
    }

    @Test
    void refusesToMergeIntoAMalformedFileAndLeavesItAlone() throws Exception {
        Path file = out.resolve("art.en.xlf");
        Files.writeString(file, "<xliff version=\"1.2\"><file>");
        InputException e = assertThrows(InputException.class,
                () -> new XliffPreparer(NO_TERMS, XliffVersion.V1_2).prepare(article("art", TITLE, P1), "en", out));
        assertEquals(file, e.file());
        assertEquals("<xliff version=\"1.2\"><file>", Files.readString(file));
    }

    @Test
    void refusesToMergeAnotherArticlesTranslationsIntoThisOne() throws Exception {
        XliffPreparer preparer = new XliffPreparer(NO_TERMS, XliffVersion.V1_2);
        Path other = preparer.prepare(article("other", TITLE, P1, P2), "en", out.resolve("other")).file();
        new PseudoTranslator().pseudoTranslate(other);
        Path misplaced = out.resolve("art.en.xlf");
        Files.copy(other, misplaced);
        byte[] before = Files.readAllBytes(misplaced);
        InputException e = assertThrows(InputException.class,
                () -> preparer.prepare(article("art", TITLE, P1, P3), "en", out));
        assertEquals(misplaced, e.file());
        assertTrue(e.getMessage().contains("none of the existing file's 3 units"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(misplaced), "the other article's translations are not lost");
    }
}
