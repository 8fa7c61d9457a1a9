package org.passerelle.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QaMojoTest {
    @TempDir
    Path dir;
    TestProject project;
    RecordingLog log = new RecordingLog();

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
    }

    @Test
    void errorsFailTheBuildWithASummaryThatNamesThemAndEveryFindingIsLogged() throws Exception {
        File xlf = project.copy("errors.en.xlf", "src/main/xliff/mer-orientale.en.xlf");
        QaMojo qa = project.qa(log);

        MojoFailureException e = assertThrows(MojoFailureException.class, qa::execute);

        String report = DisplayPath.of(project.file("target/passerelle/qa-report.html").toPath()).toString();
        assertEquals("Passerelle QA: 2 errors (number.mismatch 1, term.forbidden 1), 0 warnings in 1 of 1 file; see "
                + report, e.getMessage());
        String file = DisplayPath.of(xlf.toPath()).toString();
        assertTrue(log.lines.contains("[ERROR] " + file + ":title-1: term.forbidden: "
                + "'South China Sea' is a forbidden term; use 'East Sea' (Mer Orientale)"), log.text());
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("[ERROR] " + file + ":body-2: number.mismatch: ")),
                log.text());
        for (String name : List.of("qa-report.json", "qa-report.sarif", "qa-report.xml", "qa-report.html")) {
            assertTrue(Files.isRegularFile(dir.resolve("target/passerelle").resolve(name)), name);
        }
        assertFalse(Files.exists(dir.resolve("target/passerelle/qa-report.txt")), "text was not asked for");
    }

    @Test
    void failOnViolationFalseReportsTheSameFindingsAndPasses() throws Exception {
        project.copy("errors.en.xlf", "src/main/xliff/mer-orientale.en.xlf");
        QaMojo qa = project.qa(log);
        qa.failOnViolation = false;

        qa.execute();

        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("[INFO] Passerelle QA: 2 errors (")), log.text());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("target/passerelle/qa-report.json").toFile());
        assertEquals(2, json.at("/summary/errors").asInt());
        String junit = Files.readString(dir.resolve("target/passerelle/qa-report.xml"));
        assertFalse(junit.contains("<failure"), "the JUnit report fails where the build does: " + junit);
    }

    @Test
    void maxAllowedViolationsLetsAKnownNumberThrough() throws Exception {
        project.copy("errors.en.xlf", "src/main/xliff/mer-orientale.en.xlf");
        QaMojo qa = project.qa(log);
        qa.maxAllowedViolations = 2;
        qa.execute();

        qa.maxAllowedViolations = 1;
        MojoFailureException e = assertThrows(MojoFailureException.class, qa::execute);
        assertTrue(e.getMessage().endsWith("(2 violations at error, maxAllowedViolations 1)"), e.getMessage());
    }

    @Test
    void aDirectoryWithoutXliffFailsTheBuildRatherThanPassingIt() throws Exception {
        Files.createDirectories(dir.resolve("src/main/xliff"));
        Files.writeString(dir.resolve("src/main/xliff/README.txt"), "translations go here");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, project.qa(log)::execute);
        assertTrue(e.getMessage().endsWith("src/main/xliff: a directory without XLIFF files (*.xlf, *.xliff, *.xlf2,"
                + " *.xliff2, *.sdlxliff, *.mqxliff)"), e.getMessage());
    }

    @Test
    void violationSeverityWarningFailsOnAWarningAlone() throws Exception {
        project.copy("clean.en.xlf", "src/main/xliff/clean.en.xlf");
        project.copy("errors.en.xlf", "src/main/xliff/errors.en.xlf");
        QaMojo qa = project.qa(log);
        qa.files = List.of(project.file("src/main/xliff/clean.en.xlf"));
        qa.violationSeverity = "warning";
        qa.execute(); // the clean translation has no warning either

        Path xlf = dir.resolve("src/main/xliff/clean.en.xlf");
        Files.writeString(xlf, Files.readString(xlf).replace("in the East Sea.</mrk>", "in the East Sea</mrk>"));
        MojoFailureException e = assertThrows(MojoFailureException.class, qa::execute);
        assertTrue(e.getMessage().startsWith("Passerelle QA: 0 errors, 1 warning in 1 of 1 file; see "), e.getMessage());
        assertTrue(e.getMessage().endsWith("(1 violation at warning or above, maxAllowedViolations 0)"), e.getMessage());
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("[WARNING] ") && l.contains(":body-2: punctuation: ")),
                log.text());
    }

    @Test
    void malformedXliffIsAnExecutionErrorWithTheOneLineMessage() throws Exception {
        File xlf = project.copy("clean.en.xlf", "src/main/xliff/broken.en.xlf");
        Files.writeString(xlf.toPath(), Files.readString(xlf.toPath()).replace("</body>", "</bdy>"));
        QaMojo qa = project.qa(log);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, qa::execute);

        String file = DisplayPath.of(xlf.toPath()).toString();
        assertTrue(e.getMessage().matches("\\Q" + file + "\\E:\\d+:\\d+: .+"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(Files.readString(dir.resolve("target/passerelle/qa-report.json")).contains("xliff.unreadable"),
                "the report says which file could not be read");
    }

    @Test
    void aBadFileFailsTheBuildNamingItAndTheGoodOneIsStillReported() throws Exception {
        project.copy("errors.en.xlf", "src/main/xliff/a-errors.en.xlf");
        File bad = project.copy("clean.en.xlf", "src/main/xliff/b-broken.en.xlf");
        Files.writeString(bad.toPath(), Files.readString(bad.toPath()).replace("</body>", "</bdy>"));
        QaMojo qa = project.qa(log);

        MojoExecutionException e = assertThrows(MojoExecutionException.class, qa::execute);

        assertTrue(e.getMessage().startsWith(DisplayPath.of(bad.toPath()) + ":"), e.getMessage());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("target/passerelle/qa-report.json").toFile());
        assertEquals(2, json.at("/summary/files").asInt());
        assertEquals(3, json.at("/summary/errors").asInt(), "the good file's 2 errors and the bad file's one");
    }

    @Test
    void missingTermbaseOrProfileIsAnExecutionErrorNamingTheFile() throws Exception {
        project.copy("clean.en.xlf", "src/main/xliff/clean.en.xlf");
        QaMojo qa = project.qa(log);
        qa.termbase = project.file("glossary/missing.tbx");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, qa::execute);
        assertTrue(e.getMessage().contains("missing.tbx"), e.getMessage());

        qa = project.qa(log);
        Files.writeString(qa.profile.toPath(), "spelling.enabeld = false\n");
        e = assertThrows(MojoExecutionException.class, qa::execute);
        assertTrue(e.getMessage().matches(".*passerelle-profile\\.properties:1:1: unknown profile key 'spelling\\.enabeld'.*"),
                e.getMessage());
    }

    @Test
    void unknownFormatOrThresholdIsAnExecutionError() throws Exception {
        project.copy("clean.en.xlf", "src/main/xliff/clean.en.xlf");
        QaMojo qa = project.qa(log);
        qa.formats = "json,pdf";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, qa::execute);
        assertEquals("formats: 'pdf' is not one of json, sarif, junit, html, text, codequality, xliff", e.getMessage());

        qa = project.qa(log);
        qa.violationSeverity = "errors";
        e = assertThrows(MojoExecutionException.class, qa::execute);
        assertEquals("violationSeverity must be error, warning or info, not 'errors'; did you mean 'error'?"
                + " (failOnViolation false reports without failing)", e.getMessage());
    }

    @Test
    void configuredFilesAndDirectoriesAreCheckedAndAMissingOneIsAnError() throws Exception {
        project.copy("clean.en.xlf", "translations/a/clean.en.xlf");
        project.copy("errors.en.xlf", "translations/b/errors.en.xlf");
        QaMojo qa = project.qa(log);
        qa.directories = List.of(project.file("translations/a"));
        qa.files = List.of(project.file("translations/b/errors.en.xlf"));
        qa.failOnViolation = false;
        qa.execute();
        JsonNode json = new ObjectMapper().readTree(dir.resolve("target/passerelle/qa-report.json").toFile());
        assertEquals(2, json.at("/summary/files").asInt());

        qa.directories = List.of(project.file("translations/c"));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, qa::execute);
        assertTrue(e.getMessage().endsWith("translations/c: no such directory"), e.getMessage());
    }

    @Test
    void aSuppressionOfAnUnknownCheckFailsTheBuildAndOneOfAnUnknownUnitIsAWarning() throws Exception {
        project.copy("errors.en.xlf", "src/main/xliff/mer-orientale.en.xlf");
        Path suppressions = dir.resolve("passerelle-suppressions.txt");
        Files.writeString(suppressions, "body-2  number.mismach  checked with the desk\n");
        QaMojo qa = project.qa(log);
        qa.suppressions = suppressions.toFile();
        MojoExecutionException e = assertThrows(MojoExecutionException.class, qa::execute);
        assertTrue(e.getMessage().endsWith("passerelle-suppressions.txt:1:9: unknown check 'number.mismach'; did you mean"
                + " 'number.mismatch'? (a check id, or * for every check)"), e.getMessage());

        Files.writeString(suppressions, "body-9  number.mismatch  checked with the desk\n");
        assertThrows(MojoFailureException.class, qa::execute);
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("[WARNING] ") && l.endsWith(
                "passerelle-suppressions.txt:1: no unit 'body-9' in the files checked; the suppression does nothing")),
                log.text());
    }

    @Test
    void withoutTheDefaultDirectoryTheGoalWarnsAndPasses() throws Exception {
        QaMojo qa = project.qa(log);
        qa.execute();
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("[WARNING] No XLIFF to work on: ")
                && l.contains("src/main/xliff does not exist")), log.text());
    }

    @Test
    void skipDoesNothing() throws Exception {
        project.copy("errors.en.xlf", "src/main/xliff/mer-orientale.en.xlf");
        QaMojo qa = project.qa(log);
        qa.skip = true;
        qa.execute();
        assertEquals(List.of("[INFO] Passerelle QA skipped"), log.lines);
        assertFalse(Files.exists(dir.resolve("target")));
    }

    @Test
    void suppressedFindingsCountApartAndShowOnlyInDebug() throws Exception {
        project.copy("errors.en.xlf", "src/main/xliff/mer-orientale.en.xlf");
        Path suppressions = dir.resolve("passerelle-suppressions.txt");
        Files.writeString(suppressions, "mer-orientale.en.xlf:body-2  number.mismatch  checked with the desk\n"
                + "title-1  *  headline style\n");
        QaMojo qa = project.qa(log);
        qa.suppressions = suppressions.toFile();
        qa.formats = "text";

        qa.execute();

        assertTrue(log.lines.stream().anyMatch(l -> l.matches("\\[INFO\\] Passerelle QA: no findings in 1 file \\(\\d+ suppressed\\); see .*qa-report\\.txt")),
                log.text());
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("[DEBUG] ") && l.endsWith("(suppressed: checked with the desk)")),
                log.text());
        String text = Files.readString(dir.resolve("target/passerelle/qa-report.txt"));
        assertTrue(text.contains(":body-2: suppressed: number.mismatch: "), text);
    }
}
