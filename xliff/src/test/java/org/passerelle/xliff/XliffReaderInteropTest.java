package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.core.InputException;

/** What other tools and the OASIS test suite write: read when valid, refused with a position when not. */
class XliffReaderInteropTest {
    private final XliffReader reader = new XliffReader();

    static Path interop(String name) {
        try {
            return Path.of(XliffReaderInteropTest.class.getResource("/interop/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<TranslationUnit> read(Path file) throws InputException {
        return XliffReaderTest.read(file);
    }

    @Test
    void readsXliff2WhoseTermAnnotationPointsIntoAnEmbeddedTbx() throws Exception {
        List<TranslationUnit> units = read(interop("okapi2-x2-withTBXExtension.xlf"));
        assertEquals(1, units.size());
        assertEquals("There is growing support for sustainable agriculture.", units.get(0).sourceText());
        assertEquals("pt", units.get(0).targetLanguage());
    }

    @ParameterizedTest
    @CsvSource({
        "okapi2-x2-bad_InvalidFragIdUnknownPrefix.xlf, 8, 22, The prefix 'my' in 'f=f1/u=1/my=myid1' is not recognized.",
        "matecat-x2-uber-v2.xliff, 19, 27, cvc-complex-type.2.4.a: Invalid content was found starting with element",
        "angular-messages.fr.xlf, 5, 7, invalid XLIFF 1.2: Element <source> missing",
        "symfony-fixture-withdoctype.xlf, 2, 1, DOCTYPE declarations are not allowed",
    })
    void refusesInvalidFilesOfOtherToolsNamingLineAndColumn(String name, int line, int column, String reason) {
        InputException e = assertThrows(InputException.class, () -> read(interop(name)));
        assertEquals(line, e.line(), e.oneLine());
        assertEquals(column, e.column(), e.oneLine());
        assertTrue(e.oneLine().contains(reason), e.oneLine());
    }

    static Stream<Path> oasisInvalid() throws IOException {
        // lib-xliff2 does not check the change-tracking module's constraints (its own test of these is
        // commented out): ChangeTrackRules does
        return Files.walk(interop("xliff2-invalid")).filter(Files::isRegularFile).sorted();
    }

    @ParameterizedTest
    @MethodSource("oasisInvalid")
    void everyOasisInvalidFileIsBadInputWithLineAndColumn(Path file) {
        InputException e = assertThrows(InputException.class, () -> read(file));
        assertTrue(e.line() > 0 && e.column() > 0, e.oneLine());
        assertTrue(e.oneLine().startsWith(file + ":" + e.line() + ":" + e.column() + ": "), e.oneLine());
        assertFalse(e.oneLine().contains("\n"), e.oneLine());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "xliff2-invalid/ctr/Bad-ctr_ref-not-pointed-to-resolvableID.xlf | 24 | ref 'no-match' names no element",
        "xliff2-invalid/ctr/Bad-ctr_revisions-not-using-ref-to-resolvableID.xlf | 24 | one of several <note>",
        "xliff2-invalid/ctr/Bad-ctr_property-not-content-or-valid-attribute-ref.xlf | 31 | property 'priority' is neither",
        "xliff2-invalid/ctr/Bad-ctr-property-not-legit-category.xlf | 29 | property 'category' is given twice",
    })
    void changeTrackingThatPointsNowhereIsRefusedAtItsLine(String name, int line, String reason) {
        InputException e = assertThrows(InputException.class, () -> read(interop(name)));
        assertEquals(line, e.line(), e.oneLine());
        assertTrue(e.getMessage().contains(reason), e.oneLine());
    }

    @Test
    void changeTrackingAsTheSpecificationShowsItIsRead(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ctr.xlf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"
                       xmlns:ctr="urn:oasis:names:tc:xliff:changetracking:2.0">
                 <file id="f1">
                  <unit id="tu1">
                   <ctr:changeTrack>
                    <ctr:revisions appliesTo="source" currentVersion="r1">
                     <ctr:revision author="system" datetime="2015-10-21T09:00:00+00:00" version="r1">
                      <ctr:item property="content">Hello World</ctr:item>
                     </ctr:revision>
                    </ctr:revisions>
                    <ctr:revisions appliesTo="note" ref="n1">
                     <ctr:revision author="Bob" version="r1">
                      <ctr:item property="content">Old note</ctr:item>
                      <ctr:item property="category">comment</ctr:item>
                     </ctr:revision>
                    </ctr:revisions>
                   </ctr:changeTrack>
                   <notes><note id="n1" category="instruction">Be formal.</note><note id="n2">Second.</note></notes>
                   <segment><source>Hello World!</source><target>Bonjour le monde !</target></segment>
                  </unit>
                 </file>
                </xliff>
                """);
        List<TranslationUnit> units = read(file);
        assertEquals(1, units.size());
        assertEquals("Bonjour le monde !", units.get(0).targetText());
    }

    @Test
    void aFailureOfTheConsumerIsNotBlamedOnTheFile() {
        IllegalStateException mine = new IllegalStateException("the caller's bug");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> reader.read(interop("okapi2-x2-withTBXExtension.xlf"), "f.xlf", u -> {
                    throw mine;
                }));
        assertSame(mine, thrown);
    }
}
