package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.core.InputException;

class XliffReaderTest {

    @TempDir
    Path tmp;

    static Path resource(String name) {
        try {
            return Path.of(XliffReaderTest.class.getResource("foreign/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every unit of {@code file}, reported under its file name. */
    static List<TranslationUnit> read(Path file) throws InputException {
        List<TranslationUnit> units = new ArrayList<>();
        new XliffReader().read(file, file.getFileName().toString(), units::add);
        return units;
    }

    @Test
    void readsASymfonyTranslationFile() throws Exception {
        List<TranslationUnit> units = read(resource("symfony-style.vi.xlf"));
        assertEquals(3, units.size());
        TranslationUnit second = units.get(1);
        assertEquals("2", second.id());
        assertEquals("en", second.sourceLanguage());
        assertEquals("vi", second.targetLanguage());
        assertEquals("Please try again in %minutes% minutes.", second.sourceText());
        assertEquals("Vui lòng thử lại sau %minutes% phút.", second.targetText());
        assertNull(units.get(2).targetText(), "a unit without <target> has no translation");
        assertEquals("symfony-style.vi.xlf", second.file());
    }

    @Test
    void readsRainbowSegmentsCodesAndNotes() throws Exception {
        List<TranslationUnit> units = read(resource("rainbow-style.en.xlf"));
        assertEquals(2, units.size());
        TranslationUnit title = units.get(0);
        assertEquals("title", title.resname());
        assertEquals("x-title", title.restype());
        assertEquals(TranslationState.TRANSLATED, title.state());
        assertEquals("translated", title.stateValue());
        assertEquals("en-GB", title.targetLanguage());

        TranslationUnit body = units.get(1);
        assertEquals(2, body.segments().size());
        SegmentPair first = body.segments().get(0);
        assertEquals("Après la cérémonie, les deux parties ont eu un entretien.", first.source());
        assertEquals(List.of(new InlineCode("1", InlineCode.Kind.OPENING, 20),
                new InlineCode("1", InlineCode.Kind.CLOSING, 36)), positions(first.sourceCodes()));
        assertEquals("After the ceremony, the two sides held talks.", first.target());
        assertEquals(2, first.targetCodes().size());
        SegmentPair second = body.segments().get(1);
        assertEquals(List.of(new InlineCode("2", InlineCode.Kind.PLACEHOLDER, 11)), positions(second.sourceCodes()));
        assertEquals("", second.target(), "an empty <mrk> is an empty target, not a missing one");
        assertEquals(List.of("Body paragraph 2"), body.notes());
    }

    @Test
    void readsALatin1TradosStyleFileWithCrlfAndSeveralFiles() throws Exception {
        List<TranslationUnit> units = read(resource("trados-style.en-US.xlf"));
        assertEquals(List.of("p1", "p2", "c1", "c2"), units.stream().map(TranslationUnit::id).toList());
        TranslationUnit p1 = units.get(0);
        assertEquals("Le général Phan Van Giang a reçu la délégation.", p1.sourceText(),
                "ISO-8859-1 declared in the XML header must be honoured");
        assertEquals(TranslationState.FINAL, p1.state(), "approved=\"yes\" state=\"final\"");
        assertEquals("final", p1.stateValue());
        assertEquals(List.of("Vérifier le titre."), p1.notes());
        assertEquals(List.of(InlineCode.Kind.OPENING, InlineCode.Kind.CLOSING),
                p1.segments().get(0).sourceCodes().stream().map(InlineCode::kind).toList());
        assertEquals(TranslationState.NEEDS_REVIEW, units.get(1).state());
        assertEquals("needs-review-translation", units.get(1).stateValue());
        assertEquals("Prix : 12€ par an.", units.get(1).sourceText());
        assertFalse(units.get(2).translatable(), "translate=\"no\"");
        assertEquals("Le ministre à Hanoï.", units.get(3).sourceText());
        assertEquals(List.of(new InlineCode("5", InlineCode.Kind.PLACEHOLDER, 12)),
                positions(units.get(3).segments().get(0).sourceCodes().subList(0, 1)));
        assertEquals("en-US", units.get(3).targetLanguage());
    }

    @Test
    void readsXliff2WithSegmentsCodesStateAndNotes() throws Exception {
        List<TranslationUnit> units = read(resource("okapi-style.fr-vi.xlf"));
        assertEquals(3, units.size());
        TranslationUnit title = units.get(0);
        assertEquals("okp:title", title.restype());
        assertEquals("title", title.resname());
        assertEquals(TranslationState.FINAL, title.state(), "state=final");
        assertEquals("Đối tác chiến lược toàn diện", title.targetText());
        TranslationUnit u2 = units.get(1);
        assertEquals(List.of("s1", "s2"), u2.segments().stream().map(SegmentPair::id).toList());
        assertEquals("La Mer Orientale est calme.", u2.segments().get(0).source());
        assertEquals(List.of(new InlineCode("1", InlineCode.Kind.OPENING, 3), new InlineCode("1", InlineCode.Kind.CLOSING, 16)),
                positions(u2.segments().get(0).sourceCodes()));
        assertNull(u2.segments().get(1).target());
        assertEquals(TranslationState.NOT_TRANSLATED, u2.state(), "the least advanced segment state stands for the unit");
        assertEquals(List.of("Mer Orientale → Biển Đông"), u2.notes());
        assertEquals("fr", u2.sourceLanguage());
        assertEquals("vi", u2.targetLanguage());
        assertFalse(units.get(2).translatable());
    }

    @Test
    void readsWhatOmegaTWroteBack() throws Exception {
        List<TranslationUnit> units = read(resource("omegat-3.6.en.xlf"));
        assertEquals(List.of("dateline-7e73eb7f", "title-159c4c8c", "credit-307190dc", "body-ed96e5a2"),
                units.stream().map(TranslationUnit::id).toList());
        assertEquals("x-title", units.get(1).restype());
        assertEquals("[Ƥöûŕ ƥŕöɱöûṽöîŕ ĺà çööƥéŕàţîöñ đé đéƒéñšé éñţŕé ĺé Ṽîéţñàɱ éţ ĺà Ŕûššîé ~~~~~~~~~~~~~~~~~~~~~]",
                units.get(1).targetText());
        assertTrue(units.get(2).notes().get(0).startsWith("Term: "), "our notes survive OmegaT");
        assertTrue(units.stream().allMatch(ArticlePublisher::isTranslated));
    }

    @Test
    void readsTranslateToolkitXliff11() throws Exception {
        List<TranslationUnit> units = read(resource("translate-toolkit.xlf"));
        assertEquals(4, units.size());
        assertEquals("x-gettext-domain-header", units.get(0).restype());
        assertEquals("date 2024-08", units.get(1).sourceText());
        assertEquals("ḓȧŧḗ 2024-08", units.get(1).targetText());
        assertEquals(TranslationState.REVIEWED, units.get(1).state(), "approved=\"yes\"");
        assertEquals(List.of("Term: Agence vietnamienne d'information → Vietnam News Agency / VNA"), units.get(3).notes());
    }

    @Test
    void refusesExternalEntities() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP SECRET");
        Path xxe = Files.writeString(tmp.resolve("xxe.xlf"), """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [ <!ENTITY x SYSTEM "%s"> ]>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file source-language="fr" target-language="en" datatype="plaintext" original="a">
                  <body><trans-unit id="1"><source>&x;</source></trans-unit></body></file></xliff>
                """.formatted(secret.toUri()));
        InputException e = assertThrows(InputException.class, () -> read(xxe));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void refusesEntityExpansionBombs() throws IOException {
        Path bomb = Files.writeString(tmp.resolve("lol.xlf"), """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <xliff version="1.2"><file source-language="fr" target-language="en" datatype="plaintext" original="a">
                <body><trans-unit id="1"><source>&lol2;</source></trans-unit></body></file></xliff>
                """);
        assertThrows(InputException.class, () -> read(bomb));
    }

    @Test
    void malformedXmlNamesLineAndColumn() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.xlf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file source-language="fr" target-language="en" datatype="plaintext" original="a">
                  <body><trans-unit id="1"><source>Le <b>ministre</source></trans-unit></body></file></xliff>
                """);
        InputException e = assertThrows(InputException.class, () -> read(bad));
        assertEquals(4, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.oneLine().startsWith(bad + ":4:"), e.oneLine());
    }

    @Test
    void bytesInTheWrongEncodingAreReported() throws IOException {
        byte[] latin1 = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file source-language="fr" target-language="en" datatype="plaintext" original="a">
                  <body><trans-unit id="1"><source>Défense</source></trans-unit></body></file></xliff>
                """.getBytes(StandardCharsets.ISO_8859_1);
        Path bad = Files.write(tmp.resolve("latin1.xlf"), latin1);
        InputException e = assertThrows(InputException.class, () -> read(bad));
        assertEquals(4, e.line(), e.oneLine());
        assertEquals(37, e.column(), e.oneLine()); // the "é" of "Défense"
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void schemaErrorsInXliff2NameLineAndColumn() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad2.xlf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
                  <file id="f1">
                    <unit id="u1" type="title">
                      <segment><source>Titre</source></segment>
                    </unit>
                  </file>
                </xliff>
                """);
        InputException e = assertThrows(InputException.class, () -> read(bad));
        assertEquals(4, e.line(), e.oneLine());
        assertTrue(e.getMessage().startsWith("invalid XLIFF 2.0"), e.getMessage());
    }

    @Test
    void refusesFilesThatAreNotXliff() throws IOException {
        Path html = Files.writeString(tmp.resolve("page.xlf"), "<html><body>hi</body></html>");
        InputException e = assertThrows(InputException.class, () -> read(html));
        assertTrue(e.getMessage().contains("not an XLIFF document"), e.getMessage());
        InputException missing = assertThrows(InputException.class, () -> read(tmp.resolve("none.xlf")));
        assertEquals("no such file", missing.getMessage());
    }

    @Test
    void unitIdsUsedTwiceInAFileAreNotedIn12AndRefusedIn2() throws Exception {
        Path v12 = Files.writeString(tmp.resolve("dup.xlf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="a" source-language="fr" target-language="en" datatype="plaintext"><body>
                <trans-unit id="u1"><source>Bonjour.</source><target>Hello.</target></trans-unit>
                <group id="g"><trans-unit id="u1"><source>Salut.</source><target>Hi.</target></trans-unit></group>
                </body></file>
                <file original="b" source-language="fr" target-language="en" datatype="plaintext"><body>
                <trans-unit id="u1"><source>Bonjour.</source><target>Hello.</target></trans-unit>
                </body></file></xliff>
                """);
        List<TranslationUnit> units = new ArrayList<>();
        XliffHeader header = new XliffReader().read(v12, "dup.xlf", units::add);
        assertEquals(3, units.size(), "every unit is still read");
        // the second <file> may reuse the first's ids
        assertEquals("<trans-unit> id 'u1' at line 5 is also at line 4", header.duplicateUnitIds());
        assertNull(new XliffReader().read(resource("symfony-style.vi.xlf"), "s", u -> { }).duplicateUnitIds());
        Path v2 = Files.writeString(tmp.resolve("dup2.xlf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
                 <file id="f1">
                  <unit id="u1"><segment><source>Bonjour.</source><target>Hello.</target></segment></unit>
                  <unit id="u1"><segment><source>Salut.</source><target>Hi.</target></segment></unit>
                 </file>
                </xliff>
                """);
        InputException e2 = assertThrows(InputException.class, () -> read(v2));
        assertEquals(5, e2.line());
    }

    @Test
    void aLanguageThatIsNotATagIsRefusedInEveryCommandThatReads() throws IOException {
        Path v2 = Files.writeString(tmp.resolve("lang2.xlf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="../../etc">
                 <file id="f1"><unit id="u1"><segment><source>Bonjour.</source></segment></unit></file>
                </xliff>
                """);
        Path v12 = Files.writeString(tmp.resolve("lang12.xlf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="a" source-language="fr" target-language="/tmp/x" datatype="plaintext"><body>
                <trans-unit id="u1"><source>Bonjour.</source></trans-unit></body></file></xliff>
                """);
        for (Path file : List.of(v2, v12)) {
            InputException read = assertThrows(InputException.class, () -> read(file));
            assertTrue(read.getMessage().contains("is not a language tag"), read.getMessage());
            assertTrue(read.line() == 2 || read.line() == 3, read.oneLine());
            InputException pseudo = assertThrows(InputException.class, () -> new PseudoTranslator().pseudoTranslate(file));
            assertTrue(pseudo.getMessage().contains("is not a language tag"), pseudo.getMessage());
        }
    }

    @Test
    void xmlSpaceDefaultMakesLayoutOfTheUnitsItCoversOnly() throws Exception {
        Path file = Files.writeString(tmp.resolve("space.xlf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="a" source-language="fr" target-language="en" datatype="plaintext"><body>
                <trans-unit id="u1" xml:space="default"><source>
                     Bonjour
                     le monde.
                   </source><target>
                     Hello
                     world.
                   </target></trans-unit>
                <trans-unit id="u2"><source>Salut  toi.</source><target>Hi  you. </target></trans-unit>
                <group xml:space="default"><trans-unit id="u3"><source>  A  b </source><target> A  b</target></trans-unit></group>
                </body></file></xliff>
                """);
        List<TranslationUnit> units = read(file);
        assertEquals("Bonjour le monde.", units.get(0).sourceText());
        assertEquals("Hello world.", units.get(0).targetText());
        assertEquals("Hi  you. ", units.get(1).targetText(), "spaces the unit did not declare as layout are text");
        assertEquals("A b", units.get(2).targetText());
    }

    /** The codes as a check compares them: id, kind and offset. */
    static List<InlineCode> positions(List<InlineCode> codes) {
        return codes.stream().map(c -> new InlineCode(c.id(), c.kind(), c.offset())).toList();
    }
}
