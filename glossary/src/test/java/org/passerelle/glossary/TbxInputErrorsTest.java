package org.passerelle.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.core.InputException;
import org.passerelle.glossary.validate.TbxValidator;

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
        Path csv = Files.createTempFile("bad", ".csv");
        try {
            Files.writeString(csv, "fr,en,colour\nMer Orientale,East Sea,blue\n");
            InputException e = readFails(csv);
            assertEquals(1, e.line());
            assertEquals(3, e.column());
            assertTrue(e.getMessage().contains("colour"), e.getMessage());
        } finally {
            Files.delete(csv);
        }
    }

    private static final String ROOT = "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"fr\">"
            + "<text><body>";
    private static final String END = "</body></text></tbx>";

    @TempDir
    Path dir;

    private static String entry(String term) {
        return "<conceptEntry id=\"c1\"><langSec xml:lang=\"fr\"><termSec><term>" + term
                + "</term></termSec></langSec></conceptEntry>";
    }

    /**
     * Every hostile file is refused by every way of reading a termbase, quickly, with a position when
     * it has one. Expanding a bomb costs minutes or the heap; the bound is 5 s, not 1, because the
     * three reads of a cold JVM took over a second on a loaded 2-core build machine.
     */
    private static InputException refusedQuickly(Path file) {
        long start = System.nanoTime();
        InputException e = readFails(file);
        assertThrows(InputException.class, () -> new TbxReader().readConcepts(file));
        assertThrows(InputException.class, () -> new TbxValidator().validate(file));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 5000, "took " + millis + " ms: " + e.oneLine());
        assertTrue(e.oneLine().startsWith(file.toString()), e.oneLine());
        return e;
    }

    /**
     * Hostile files, each named with what it tries (the four were separate tests of one shape), the
     * line its refusal names, and what the message says.
     */
    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                arguments(named("elements nested too deep are refused instead of overflowing the stack", "deep.tbx"),
                        ROOT + "<conceptEntry id=\"a\">" + "<x>".repeat(100_000) + "</x>".repeat(100_000)
                                + "</conceptEntry>" + END,
                        1, containing("nested more than 200 levels")),
                arguments(named("an internal entity used many times is refused at its first use", "quadratic.tbx"),
                        "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY a \"" + "x".repeat(10_000) + "\">]>\n"
                                + ROOT + "\n" + entry("&a;".repeat(10_000)) + END,
                        4, containing("&a;")),
                arguments(named("a DOCTYPE after padding is refused too", "padded.tbx"),
                        "<?xml version=\"1.0\"?>\n<!-- " + "p".repeat(100_000) + " -->\n<!DOCTYPE tbx [<!ENTITY a \""
                                + "y".repeat(5_000) + "\">]>\n" + ROOT + "\n" + entry("&a;") + END,
                        3, startingWith("entity declarations are not allowed")),
                arguments(named("XML 1.1 control characters that XML 1.0 cannot hold are refused", "control.tbx"),
                        "<?xml version=\"1.1\"?>\n" + ROOT + "\n" + entry("Mer&#x1;Orientale") + END,
                        3, containing("U+0001")));
    }

    private static Named<Predicate<String>> containing(String text) {
        return named("contains '" + text + "'", message -> message.contains(text));
    }

    private static Named<Predicate<String>> startingWith(String text) {
        return named("starts with '" + text + "'", message -> message.startsWith(text));
    }

    // The content stays out of the test's name: some of it is 100,000 characters long.
    @ParameterizedTest(name = "{0}: line {2}, message {3}")
    @MethodSource("hostileFiles")
    void aHostileFileIsRefusedQuicklyWithItsLineAndWhy(String name, String content, int line, Predicate<String> message)
            throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        InputException e = refusedQuickly(file);
        assertEquals(line, e.line(), e.oneLine());
        assertTrue(message.test(e.getMessage()), e.oneLine());
    }

    @Test
    void invalidUtf8IsOneMessageWithThePositionOfTheBadByte() throws IOException {
        Path latin1 = dir.resolve("latin1.tbx");
        Files.write(latin1, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + ROOT + "\n" + entry("caf\u00e9") + END)
                .getBytes(StandardCharsets.ISO_8859_1));
        InputException e = refusedQuickly(latin1);
        assertEquals(3, e.line(), e.oneLine());
        assertEquals(entry("caf").indexOf("</term>") + 1, e.column(), e.oneLine());
        assertTrue(e.getMessage().contains("not UTF-8: byte 0xE9"), e.oneLine());
    }

    @Test
    void aPngRenamedTbxIsNotUtf8AtItsFirstByte() throws IOException {
        Path png = dir.resolve("picture.tbx");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        InputException e = refusedQuickly(png);
        assertEquals(1, e.line(), e.oneLine());
        assertEquals(1, e.column(), e.oneLine());
    }

    @Test
    void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("pipe.tbx");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                "mkfifo is not available");
        InputException e = refusedQuickly(fifo);
        assertTrue(e.getMessage().contains("not a regular file"), e.oneLine());
    }

    @Test
    void aDirectoryIsSaidToBeOne() throws IOException {
        InputException e = refusedQuickly(Files.createDirectory(dir.resolve("folder.tbx")));
        assertEquals("is a directory, not a termbase file", e.getMessage());
    }
}
