package org.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code passerelle qa} as a build step uses it: exit codes, report files, bad input. */
class QaCommandTest {
    static final String CLEAN = "../samples/translations/000_78e9962cff1393cc.en.xlf";
    static final String FAULTY = "../samples/translations/003_29974663294a4e55.en.xlf";
    static final String TERMBASE = "../samples/termbase.tbx";
    static final String ANGULAR = "../xliff/src/test/resources/interop/angular-messages.fr.xlf";
    static final String NO_TARGET_LANGUAGE = "../xliff/src/test/resources/interop/symfony-fixture-encoding.xlf";

    @TempDir
    static Path tmp;
    static Path fastProfile;

    @BeforeAll
    static void profileWithoutLanguageTool() throws Exception {
        // LanguageTool's start-up is paid in PipelineRunTest; here the gate logic is what is tested.
        fastProfile = tmp.resolve("fast.properties");
        Files.writeString(fastProfile, "# CI smoke profile\nspelling.enabled = false\ngrammar.enabled = false\n");
    }

    @Test
    void aReRunTakesAnUnchangedFilesFindingsFromTheCacheKeyedByTheTermbase() throws Exception {
        Path cache = tmp.resolve("reuse/qa-cache.json");
        Path termbase = Files.copy(Path.of(TERMBASE), tmp.resolve("reuse-termbase.tbx"));
        String[] qa = {"qa", FAULTY, "--termbase", termbase.toString(), "--profile", fastProfile.toString(),
            "--cache", cache.toString()};
        var first = CommandLineTest.run(qa);
        assertTrue(first.out().contains("number.mismatch: '1928' does not match '1982'"), first.out());
        // Proof that the second run reads the findings rather than checking again: it reports what the cache says.
        String stored = Files.readString(cache);
        assertTrue(stored.contains("does not match '1982'"), "the file's findings are kept: " + stored);
        Files.writeString(cache, stored.replace("does not match '1982'", "does not match '1982' (from the cache)"));
        var second = CommandLineTest.run(qa);
        assertEquals(first.code(), second.code());
        assertTrue(second.out().contains("does not match '1982' (from the cache)"), second.out());

        Files.writeString(termbase, Files.readString(termbase) + "\n");
        var otherTermbase = CommandLineTest.run(qa);
        assertEquals(first.out(), otherTermbase.out(), "another termbase's bytes: the file is checked again");
    }

    @Test
    void cleanTranslationPassesTheGate() {
        var r = CommandLineTest.run("qa", CLEAN, "--termbase", TERMBASE, "--profile", fastProfile.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("QA gate passed"), r.out());
    }

    @Test
    void failOnDecidesTheExitCode() {
        var strict = CommandLineTest.run("qa", CLEAN, "--termbase", TERMBASE, "--profile", fastProfile.toString(),
                "--fail-on", "info");
        assertEquals(1, strict.code(), "the French source has info findings: " + strict.out());
        var never = CommandLineTest.run("qa", FAULTY, "--termbase", TERMBASE, "--profile", fastProfile.toString(),
                "--fail-on", "never");
        assertEquals(0, never.code(), never.out());
    }

    @Test
    void errorsFailTheGateAndEveryReportIsWritten() throws Exception {
        Path dir = tmp.resolve("reports");
        var r = CommandLineTest.run("qa", FAULTY, "--termbase", TERMBASE, "--profile", fastProfile.toString(),
                "--report", dir.toString(), "--format", "json,html,junit,sarif");
        assertEquals(1, r.code(), r.out() + r.err());
        for (String f : new String[] {"qa-report.json", "qa-report.html", "qa-report.xml", "qa-report.sarif"}) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        JsonNode json = new ObjectMapper().readTree(dir.resolve("qa-report.json").toFile());
        assertTrue(json.path("summary").path("errors").asInt() >= 4, json.path("summary").toString());
        assertEquals(FAULTY, json.path("findings").get(0).path("file").asText(), "file is the path as given");
        JsonNode sarif = new ObjectMapper().readTree(dir.resolve("qa-report.sarif").toFile());
        assertEquals("2.1.0", sarif.path("version").asText());
    }

    @Test
    void reportWithoutFormatWritesEveryReportAndTheVerdictNamesThem() throws Exception {
        Path dir = tmp.resolve("every-report");
        var r = CommandLineTest.run("qa", FAULTY, "--termbase", TERMBASE, "--profile", fastProfile.toString(),
                "--report", dir.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        for (String f : new String[] {"qa-report.txt", "qa-report.json", "qa-report.html", "qa-report.xml", "qa-report.sarif"}) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
            assertTrue(r.out().contains(f), "the verdict names " + f + ": " + r.out());
        }
        String verdict = r.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(verdict.startsWith("QA gate FAILED (--fail-on error); reports in " + dir + "/: "), verdict);
    }

    @Test
    void oneFormatWithoutReportGoesToStandardOutputAlone() throws Exception {
        var r = CommandLineTest.run("qa", FAULTY, "--termbase", TERMBASE, "--profile", fastProfile.toString(),
                "--format", "json");
        assertEquals(1, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.at("/summary/errors").asInt() >= 4, r.out());
        assertTrue(r.err().contains("QA gate FAILED (--fail-on error); json report on standard output"), r.err());

        var sarif = CommandLineTest.run("qa", FAULTY, "--profile", fastProfile.toString(), "--format", "sarif,text");
        assertEquals("2.1.0", new ObjectMapper().readTree(sarif.out()).path("version").asText(), sarif.out());
        assertTrue(sarif.err().contains(": error: target.empty: "), "the text report moves to stderr: " + sarif.err());

        var two = CommandLineTest.run("qa", FAULTY, "--format", "json,sarif");
        assertEquals(2, two.code());
        assertTrue(two.err().contains("give --report DIR"), two.err());
    }

    @Test
    void failOnNeverWritesAJunitReportWithoutFailures() throws Exception {
        Path dir = tmp.resolve("junit-never");
        var r = CommandLineTest.run("qa", FAULTY, "--termbase", TERMBASE, "--profile", fastProfile.toString(),
                "--report", dir.toString(), "--format", "junit", "--fail-on", "never");
        assertEquals(0, r.code(), r.out() + r.err());
        String junit = Files.readString(dir.resolve("qa-report.xml"));
        assertTrue(junit.contains("failures=\"0\""), junit);
        assertTrue(!junit.contains("<failure"), junit);
        assertTrue(junit.contains("<skipped message=\"does not apply: vi.syllable checks Vietnamese only\""), junit);
    }

    @Test
    void nothingToCheckIsExitTwoNotAGreenGate() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("no-xliff-here"));
        Files.writeString(empty.resolve("readme.txt"), "not XLIFF");
        var r = CommandLineTest.run("qa", empty.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no-xliff-here: a directory without XLIFF files (*.xlf, *.xliff"), r.err());
        assertTrue(!r.out().contains("passed"), r.out());
    }

    @Test
    void aTargetLanguageNoLanguageCheckKnowsIsOneWarningLine() throws Exception {
        Path xlf = tmp.resolve("article.de.xlf");
        Files.writeString(xlf, Files.readString(Path.of(CLEAN)).replace("target-language=\"en-GB\"", "target-language=\"de-DE\""));
        var r = CommandLineTest.run("qa", xlf.toString(), "--profile", fastProfile.toString());
        List<String> warnings = r.err().lines().filter(l -> l.contains("warning")).toList();
        assertEquals(1, warnings.size(), r.err());
        assertTrue(warnings.get(0).startsWith("passerelle: warning: no language-specific check knows target language"
                + " de-DE (1 file: article.de.xlf): "), warnings.get(0));
        var english = CommandLineTest.run("qa", CLEAN, "--profile", fastProfile.toString());
        assertTrue(!english.err().contains("warning"), english.err());
    }

    @Test
    void aBaselineFailsOnlyOnNewFindingsAndSaysWhichAreFixed() throws Exception {
        Path xlf = tmp.resolve("baselined.en.xlf");
        Files.copy(Path.of(FAULTY), xlf);
        Path baseline = tmp.resolve("qa-baseline.json");
        var write = CommandLineTest.run("qa", xlf.toString(), "--termbase", TERMBASE, "--profile", fastProfile.toString(),
                "--write-baseline", baseline.toString());
        assertEquals(0, write.code(), write.out() + write.err());
        assertTrue(write.out().contains("recorded "), write.out());
        JsonNode recorded = new ObjectMapper().readTree(baseline.toFile());
        assertTrue(recorded.path("findings").size() >= 4, recorded.toString());

        var known = CommandLineTest.run("qa", xlf.toString(), "--termbase", TERMBASE, "--profile", fastProfile.toString(),
                "--baseline", baseline.toString());
        assertEquals(0, known.code(), "every finding is in the baseline: " + known.out() + known.err());
        assertTrue(known.out().contains("QA gate passed"), known.out());

        // fix the wrong year, break another number
        String text = Files.readString(xlf);
        assertTrue(text.contains("1928") && text.contains("Army-2024"), "the sample as it is");
        Files.writeString(xlf, text.replace("1928", "1982").replace("Army-2024", "Army-2025"));
        var changed = CommandLineTest.run("qa", xlf.toString(), "--termbase", TERMBASE, "--profile", fastProfile.toString(),
                "--baseline", baseline.toString());
        assertEquals(1, changed.code(), "a new error fails: " + changed.out() + changed.err());
        List<String> errors = changed.out().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(1, errors.size(), "only the new finding counts: " + changed.out());
        assertTrue(errors.get(0).contains("'2025'"), errors.get(0));
        assertTrue(changed.out().contains("finding(s) of the baseline " + baseline + " are fixed"), changed.out());
        assertTrue(changed.out().contains("fixed: ") && changed.out().contains("'1928'"), changed.out());

        var broken = CommandLineTest.run("qa", xlf.toString(), "--baseline", Path.of(FAULTY).toString());
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains("not a baseline"), broken.err());
    }

    @Test
    void suppressionsAreValidatedLikeTheProfile() throws Exception {
        Path typo = Files.writeString(tmp.resolve("typo-suppressions.txt"), "body-12bb8656  number.mismatc  reviewed\n");
        var r = CommandLineTest.run("qa", FAULTY, "--profile", fastProfile.toString(), "--suppressions", typo.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("typo-suppressions.txt:1:16: unknown check 'number.mismatc'; did you mean"
                + " 'number.mismatch'?"), r.err());

        Path stale = Files.writeString(tmp.resolve("stale-suppressions.txt"), "body-00000000  number.mismatch  gone\n");
        var s = CommandLineTest.run("qa", FAULTY, "--profile", fastProfile.toString(), "--suppressions", stale.toString());
        assertEquals(1, s.code(), s.out() + s.err());
        assertTrue(s.err().contains("passerelle: warning: " + stale + ":1: no unit 'body-00000000' in the files checked"),
                s.err());
    }

    @Test
    void aReportThatCannotBeWrittenIsExitTwoNamingItAndLeavesNoTemporaryFile() throws Exception {
        Path dir = tmp.resolve("blocked-reports");
        Files.createDirectories(dir.resolve("qa-report.json").resolve("in-the-way"));
        var r = CommandLineTest.run("qa", CLEAN, "--profile", fastProfile.toString(), "--report", dir.toString(),
                "--format", "json");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(dir.resolve("qa-report.json") + ": cannot write: is a directory"), r.err());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void initProfileWritesTheCommentedDefault() throws Exception {
        Path p = tmp.resolve("team.properties");
        var r = CommandLineTest.run("qa", "--init-profile", p.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(p);
        assertTrue(text.contains("term.forbidden.severity") && text.contains("#"), text);
    }

    @Test
    void unknownProfileKeyIsExitTwoNamingTheLine() throws Exception {
        Path p = tmp.resolve("typo.properties");
        Files.writeString(p, "# ours\nspeling.enabled = false\n");
        var r = CommandLineTest.run("qa", CLEAN, "--profile", p.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("typo.properties:2"), r.err());
    }

    @Test
    void hostileXliffIsExitTwoAndNothingIsWritten() throws Exception {
        Path xlf = tmp.resolve("xxe.xlf");
        Files.writeString(xlf, """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="a" source-language="fr" target-language="en" datatype="plaintext"><body>
                <trans-unit id="1"><source>&secret;</source><target>x</target></trans-unit>
                </body></file></xliff>
                """);
        Path dir = tmp.resolve("xxe-reports");
        var r = CommandLineTest.run("qa", xlf.toString(), "--report", dir.toString(), "--format", "json");
        assertEquals(2, r.code(), r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("xxe.xlf:2"), r.err());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("qa-report.json").toFile());
        assertEquals("xliff.unreadable", json.at("/findings/0/check").asText(), "the report says the file was refused");
        assertTrue(!Files.readString(dir.resolve("qa-report.json")).contains("root:"), "the entity was never resolved");
    }

    @Test
    void aBadFileIsOneFindingAndTheOtherFilesAreStillCheckedAndReported() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("mixed"));
        Files.copy(Path.of(FAULTY), in.resolve("a-faulty.en.xlf"));
        Files.copy(Path.of(ANGULAR), in.resolve("b-angular.fr.xlf"));
        Path dir = tmp.resolve("mixed-reports");
        var r = CommandLineTest.run("qa", in.toString(), "--termbase", TERMBASE, "--profile", fastProfile.toString(),
                "--report", dir.toString(), "--format", "json,html,junit,sarif");
        assertEquals(2, r.code(), "bad input wins over findings: " + r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("b-angular.fr.xlf:5:7: invalid XLIFF 1.2: Element <source> missing"), r.err());

        JsonNode json = new ObjectMapper().readTree(dir.resolve("qa-report.json").toFile());
        assertEquals(2, json.at("/summary/files").asInt());
        int unreadable = 0;
        int faulty = 0;
        for (JsonNode f : json.path("findings")) {
            if (f.path("check").asText().equals("xliff.unreadable")) {
                unreadable++;
                assertTrue(f.path("file").asText().endsWith("b-angular.fr.xlf"), f.toString());
                assertEquals("-", f.path("unit").asText());
                assertEquals("error", f.path("severity").asText());
                assertTrue(f.path("message").asText().startsWith("line 5, column 7: "), f.toString());
            } else if (f.path("file").asText().endsWith("a-faulty.en.xlf")) {
                faulty++;
            }
        }
        assertEquals(1, unreadable);
        assertTrue(faulty >= 4, "the good file is checked as before: " + json.path("findings"));
        for (String f : new String[] {"qa-report.html", "qa-report.xml", "qa-report.sarif"}) {
            assertTrue(Files.readString(dir.resolve(f)).contains("xliff.unreadable"), f);
        }
    }

    @Test
    void aFileWithoutTargetLanguageIsOneWarningUntilTargetLangSuppliesIt() throws Exception {
        Path dir = tmp.resolve("no-target-lang");
        var r = CommandLineTest.run("qa", NO_TARGET_LANGUAGE, "--profile", fastProfile.toString(),
                "--report", dir.toString(), "--format", "json");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("qa-report.json").toFile());
        assertEquals(1, json.at("/summary/warnings").asInt(), json.toString());
        assertEquals("xliff.target-language", json.at("/findings/0/check").asText());
        assertTrue(json.at("/findings/0/message").asText().contains("--target-lang"), json.toString());

        r = CommandLineTest.run("qa", NO_TARGET_LANGUAGE, "--profile", fastProfile.toString(), "--target-lang", "fr",
                "--report", dir.toString(), "--format", "json");
        assertEquals(0, r.code(), r.out() + r.err());
        json = new ObjectMapper().readTree(dir.resolve("qa-report.json").toFile());
        assertEquals(0, json.path("findings").size(), json.toString());

        r = CommandLineTest.run("qa", NO_TARGET_LANGUAGE, "--target-lang", "f r");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--target-lang: 'f r' is not a language tag"), r.err());
    }
}
