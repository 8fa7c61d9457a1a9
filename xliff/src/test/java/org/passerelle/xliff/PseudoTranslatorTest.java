package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.core.InputException;

class PseudoTranslatorTest {

    @TempDir
    Path tmp;

    private final PseudoTranslator pseudo = new PseudoTranslator();

    private Path copy(String name) throws Exception {
        return Files.copy(XliffReaderTest.resource(name), tmp.resolve(name));
    }

    @Test
    void accentsExpandsAndKeepsTheCodesOfATradosStyleFile() throws Exception {
        Path file = copy("trados-style.en-US.xlf");
        assertEquals(3, pseudo.pseudoTranslate(file), "translate=\"no\" is left alone");
        OasisSchemas.validate(OasisSchemas.xliff12Transitional(), file);
        List<TranslationUnit> units = XliffPreparerTest.read(file);
        SegmentPair p1 = units.get(0).segments().get(0);
        assertEquals("[Ĺé ĝéñéŕàĺ Ƥĥàñ Ṽàñ Ĝîàñĝ à ŕéçû ĺà đéĺéĝàţîöñ. ~~~~~~~~~~~~~~]", p1.target());
        assertEquals(p1.sourceCodes().stream().map(InlineCode::kind).toList(),
                p1.targetCodes().stream().map(InlineCode::kind).toList());
        assertEquals(p1.sourceCodes().get(0).offset() + 1, p1.targetCodes().get(0).offset(), "after the opening bracket");
        assertEquals(TranslationState.TRANSLATED, units.get(0).state());
        assertEquals("translated", units.get(0).stateValue());
        assertEquals("[Ƥŕîẋ : 12€ ƥàŕ àñ. ~~~~~]", units.get(1).targetText(), "digits and symbols kept");
        assertEquals("Photo : VNA", units.get(2).sourceText());
        double ratio = (double) p1.target().length() / p1.source().length();
        assertTrue(ratio >= 1.25 && ratio <= 1.4, "about 30% longer: " + ratio);
    }

    @Test
    void pseudoTranslatesXliff2AndItStaysValid() throws Exception {
        Path file = copy("okapi-style.fr-vi.xlf");
        assertEquals(3, pseudo.pseudoTranslate(file));
        OasisSchemas.validate(OasisSchemas.xliff2(), file);
        List<TranslationUnit> units = XliffPreparerTest.read(file);
        SegmentPair s1 = units.get(1).segments().get(0);
        assertEquals("[Ĺà Ṁéŕ Öŕîéñţàĺé éšţ çàĺɱé. ~~~~~~~~]", s1.target());
        assertEquals(List.of(new InlineCode("1", InlineCode.Kind.OPENING, 4), new InlineCode("1", InlineCode.Kind.CLOSING, 17)),
                XliffReaderTest.positions(s1.targetCodes()));
        assertEquals(List.of("Mer Orientale → Biển Đông"), units.get(1).notes(), "notes kept");
        assertNull(units.get(2).targetText(), "translate=\"no\" is left alone");
    }

    @Test
    void malformedFilesAreRefusedAndLeftUntouched() throws Exception {
        Path file = tmp.resolve("broken.xlf");
        Files.writeString(file, "<xliff version=\"1.2\"><file><body>");
        InputException e = assertThrows(InputException.class, () -> pseudo.pseudoTranslate(file));
        assertEquals(file, e.file());
        assertEquals("<xliff version=\"1.2\"><file><body>", Files.readString(file));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
        assertFalse(Files.exists(tmp.resolve("none.xlf")));
        assertThrows(InputException.class, () -> pseudo.pseudoTranslate(tmp.resolve("none.xlf")));
    }
}
