package org.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** What a user who mistyped gets back: one line, exit 2, the reason, and the name they meant. */
class UsageErrorTest {

    private static void oneLine(CommandLineTest.Result r, String expected) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("passerelle: " + expected), r.err());
    }

    @Test
    void mistypedNamesGetTheNearestKnownOne() {
        oneLine(CommandLineTest.run("extrct", "a.txt"), "unknown command 'extrct'; did you mean 'extract'?");
        oneLine(CommandLineTest.run("glossary", "lookp", "t.tbx", "x"), "unknown command 'lookp'; did you mean 'lookup'?");
        oneLine(CommandLineTest.run("qa", "x.xlf", "--termbse", "t.tbx"),
                "unknown option '--termbse'; did you mean '--termbase'?");
        oneLine(CommandLineTest.run("qa", "x.xlf", "--fail-on", "eror"),
                "Invalid value for option '--fail-on': 'eror' is not one of error, warning, info, never; did you mean 'error'?");
        var format = CommandLineTest.run("qa", "x.xlf", "--format", "sarf");
        oneLine(format, "Invalid value for option '--format' (FORMAT): 'sarf' is not one of json, sarif");
        assertTrue(format.err().contains("; did you mean 'sarif'?"), format.err());
        oneLine(CommandLineTest.run("qa", "x.xlf", "--target-lang", "en_GB"),
                "--target-lang: 'en_GB' is not a language tag (e.g. en, en-GB, vi); did you mean 'en-GB'?");
    }

    /** Every command that writes into a directory, given a regular file where the directory goes. */
    @TestFactory
    Stream<DynamicTest> aFileWhereTheOutputDirectoryGoesIsNamedAsSuch(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        // LanguageTool's start-up is no part of writing a report.
        Path fast = Files.writeString(tmp.resolve("fast.properties"), "spelling.enabled = false\ngrammar.enabled = false\n");
        String article = "../samples/articles/000_78e9962cff1393cc.txt";
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("extract -o", List.of("extract", article, "-o", file.toString()));
        commands.put("extract -o, a directory under the file", List.of("extract", article, "-o", file.resolve("sub").toString()));
        commands.put("prepare -o", List.of("prepare", article, "--termbase", QaCommandTest.TERMBASE, "--targets", "en",
                "-o", file.toString()));
        commands.put("publish -o", List.of("publish", QaCommandTest.CLEAN, "--skip-qa-gate", "-o", file.toString()));
        commands.put("qa --report", List.of("qa", QaCommandTest.CLEAN, "--profile", fast.toString(), "--format", "json,xliff",
                "--report", file.toString()));
        return commands.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
            var r = CommandLineTest.run(c.getValue().toArray(String[]::new));
            oneLine(r, file + ": is a file, not a directory");
            assertEquals("x", Files.readString(file), "the file in the way is left alone");
        }));
    }

    @Test
    void quietPrintsOnlyTheVerdictWithItsCounts(@TempDir Path tmp) throws Exception {
        Path profile = Files.writeString(tmp.resolve("fast.properties"), "spelling.enabled = false\ngrammar.enabled = false\n");
        var r = CommandLineTest.run("qa", "--quiet", QaCommandTest.FAULTY, "--profile", profile.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals(1, r.out().strip().lines().count(), r.out());
        assertTrue(r.out().startsWith("QA gate FAILED (--fail-on error): 3 errors (number.mismatch 1, omission 1, target.empty 1)"),
                r.out());
        assertEquals("", r.err());
    }
}
