package org.passerelle.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.passerelle.core.InputException;

/** Bad and hostile termbases end in an InputException that says where, never in a hang or a leak. */
class TbxInputErrorsTest {

    private static InputException readFails(Path file) {
        return assertThrows(InputException.class, () -> new TbxReader().read(file));
    }

    @Test
    void externalEntityIsRefusedWithItsPosition() {
        InputException e = readFails(TbxReaderTest.tbx("xxe.tbx"));
        assertEquals(3, e.line(), e.oneLine());
        assertEquals(3, e.column(), e.oneLine());
        assertTrue(e.getMessage().contains("entity"), e.getMessage());
        assertTrue(!e.getMessage().contains("root:"), "nothing of /etc/passwd may leak: " + e.getMessage());
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        long start = System.nanoTime();
        InputException e = readFails(TbxReaderTest.tbx("billion-laughs.tbx"));
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
        assertTrue(e.oneLine().startsWith(TbxReaderTest.tbx("billion-laughs.tbx") + ":3:3: entity declarations"), e.oneLine());
    }

    @Test
    void mismatchedTagNamesFileLineAndColumn() {
        InputException e = readFails(TbxReaderTest.tbx("unclosed-term.tbx"));
        assertEquals(9, e.line(), e.oneLine());
        assertTrue(e.column() > 20, e.oneLine());
        assertTrue(e.getMessage().contains("term"), e.getMessage());
    }

    @Test
    void streamingReaderRefusesHostileFilesToo() {
        InputException e = assertThrows(InputException.class, () -> new TbxReader().readConcepts(TbxReaderTest.tbx("billion-laughs.tbx")));
        assertEquals(3, e.line());
        InputException broken = assertThrows(InputException.class, () -> new TbxReader().readConcepts(TbxReaderTest.tbx("unclosed-term.tbx")));
        assertEquals(9, broken.line());
    }

    @Test
    void latin1BytesInAUtf8FileAreAnEncodingError() {
        InputException e = readFails(TbxReaderTest.tbx("latin1-declared-utf8.tbx"));
        assertTrue(e.line() >= 4, e.oneLine());
        assertTrue(e.getMessage().toLowerCase().contains("utf-8") || e.getMessage().toLowerCase().contains("byte"), e.getMessage());
    }

    @Test
    void anXliffFileIsNotATermbase() {
        InputException e = readFails(TbxReaderTest.tbx("not-a-termbase.xlf"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("<xliff>"), e.getMessage());
    }

    @Test
    void aTermbaseOverTheSizeLimitIsRefusedBeforeItIsRead() {
        InputException e = assertThrows(InputException.class, () -> new TbxReader(1000).read(TbxReaderTest.SAMPLE));
        assertTrue(e.getMessage().contains("larger than the limit of 1000 bytes"), e.getMessage());
    }

    @Test
    void missingFile() {
        InputException e = readFails(Path.of("no", "such", "termbase.tbx"));
        assertEquals("no such file", e.getMessage());
    }

    @Test
    void csvWithAnUnknownColumnNamesTheColumn() throws Exception {
        Path csv = java.nio.file.Files.createTempFile("bad", ".csv");
        try {
            java.nio.file.Files.writeString(csv, "fr,en,colour\nMer Orientale,East Sea,blue\n");
            InputException e = readFails(csv);
            assertEquals(1, e.line());
            assertEquals(3, e.column());
            assertTrue(e.getMessage().contains("colour"), e.getMessage());
        } finally {
            java.nio.file.Files.delete(csv);
        }
    }
}
