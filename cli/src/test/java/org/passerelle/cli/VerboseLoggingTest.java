package org.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Okapi logs remarks about valid files (here: the source language it was given is not the
 * file's); they stay off the user's screen unless {@code --verbose}. The logger reads its settings
 * once per JVM, so each run is a process of its own.
 */
class VerboseLoggingTest {
    private static final Path SAP = Path.of("../xliff/src/test/resources/interop/sap-Sample_AlmostEverything_1.2_strict.xlf");

    @TempDir
    Path dir;

    @Test
    void okapisLogLinesShowOnlyWithVerbose() throws Exception {
        // without LanguageTool, whose start would only slow the test down
        Path profile = Files.writeString(dir.resolve("profile.properties"), "spelling.enabled = false\ngrammar.enabled = false\n");
        String quiet = stderr("qa", SAP.toString(), "--profile", profile.toString(), "--format", "json",
                "--report", dir.resolve("q").toString());
        assertFalse(quiet.contains("net.sf.okapi"), quiet);
        String verbose = stderr("--verbose", "qa", SAP.toString(), "--profile", profile.toString(), "--format", "json",
                "--report", dir.resolve("v").toString());
        assertTrue(verbose.contains("net.sf.okapi.filters.xliff.XLIFFFilter"), verbose);
        assertTrue(Files.exists(dir.resolve("v/qa-report.json")), "the run itself is the same");
    }

    private String stderr(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Passerelle.class.getName()));
        command.addAll(List.of(args));
        Path err = dir.resolve("stderr-" + args.length + ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "qa finished");
        assertEquals(1, p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        return Files.readString(err, StandardCharsets.UTF_8);
    }
}
