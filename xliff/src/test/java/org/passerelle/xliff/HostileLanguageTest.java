package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.core.InputException;

/** A file's language becomes a folder name: one that is a path is refused before anything is written (#19). */
class HostileLanguageTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"../../escaped", "/tmp/passerelle-escaped", "en/../../escaped", "..", "en\\..\\x"})
    void aTargetLanguageThatIsAPathIsBadInputAndNothingIsWritten(String hostile) throws Exception {
        Path xliff = SampleEdition.copy(tmp.resolve("in"), SampleEdition.CLEAN, "en");
        Files.writeString(xliff, Files.readString(xliff).replace("target-language=\"en-GB\"", "target-language=\"" + hostile + "\""));
        Path out = tmp.resolve("site/out");

        InputException e = assertThrows(InputException.class, () -> new ArticlePublisher()
                .publish(xliff, out, EnumSet.allOf(PublishFormat.class), false));

        assertEquals(xliff, e.file());
        assertEquals(3, e.line(), "the line of the <file> element");
        assertTrue(e.getMessage().startsWith("target-language '" + hostile + "' is not a language tag"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("site")), "nothing written, inside -o or out of it");
        assertFalse(Files.exists(Path.of("/tmp/passerelle-escaped")));
        try (Stream<Path> all = Files.walk(tmp)) {
            assertEquals(0, all.filter(p -> p.getFileName().toString().equals("escaped")).count());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../fr", "/etc"})
    void aSourceLanguageThatIsAPathIsBadInputToo(String hostile) throws Exception {
        Path xliff = SampleEdition.copy(tmp.resolve("in"), SampleEdition.CLEAN, "vi");
        Files.writeString(xliff, Files.readString(xliff).replace("source-language=\"fr-FR\"", "source-language=\"" + hostile + "\""));

        InputException e = assertThrows(InputException.class, () -> new Edition(
                PublishOptions.of(tmp.resolve("out"), EnumSet.of(PublishFormat.HTML), false)).add(xliff));

        assertTrue(e.oneLine().startsWith(xliff + ":3:"), e.oneLine());
        assertFalse(Files.exists(tmp.resolve("out")));
    }
}
