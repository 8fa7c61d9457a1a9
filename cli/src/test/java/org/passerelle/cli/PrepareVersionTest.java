package org.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prepare} never changes the XLIFF version of a file it re-prepares behind the user's back. */
class PrepareVersionTest {

    private static final String ARTICLE = "../samples/articles/003_29974663294a4e55.txt";
    private static final String TERMBASE = "../samples/termbase.tbx";

    @Test
    void reRunningWithAnotherVersionKeepsTheFilesAndSaysSo(@TempDir Path out) throws Exception {
        CommandLineTest.Result first = prepare(out, "--xliff", "2");
        assertEquals(0, first.code(), first.err());
        assertFalse(first.out().contains("kept XLIFF"), first.out());

        CommandLineTest.Result again = prepare(out);

        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("; kept XLIFF 2.1, the existing file's version (asked for 1.2;"
                + " move the file away to change it)"), again.out());
        String xml = Files.readString(out.resolve("003_29974663294a4e55.en.xlf"), StandardCharsets.UTF_8);
        assertTrue(xml.contains("urn:oasis:names:tc:xliff:document:2."), "still XLIFF 2");
    }

    private static CommandLineTest.Result prepare(Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("prepare", ARTICLE, "--termbase", TERMBASE, "--targets", "en",
                "-o", out.toString()));
        args.addAll(List.of(options));
        return CommandLineTest.run(args.toArray(String[]::new));
    }
}
