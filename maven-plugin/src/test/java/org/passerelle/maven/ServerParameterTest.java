package org.passerelle.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.cli.serve.AllowedPaths;
import org.passerelle.cli.serve.CheckServer;
import org.passerelle.cli.serve.CheckService;
import org.passerelle.qa.QaCache;

/**
 * The qa and publish goals check in a running {@code passerelle serve} (the real one, started here)
 * when {@code server} names one that answers, and in the build's own process otherwise; the log
 * says which, and what the engine that checked took from its cache.
 */
class ServerParameterTest {
    /** What the service may read: the projects of the tests that use it live here. */
    @TempDir
    static Path served;
    static CheckServer server;
    static String url;

    @TempDir
    Path outside;

    @BeforeAll
    static void start() throws Exception {
        server = new CheckServer(new CheckService(new AllowedPaths(List.of(served)),
                new CheckService.Defaults(null, null, null, null), QaCache.inMemory()), "127.0.0.1", 0, 1 << 20,
                Duration.ofMinutes(5));
        url = "http://127.0.0.1:" + server.start() + "/";
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static String cacheNote(RecordingLog log) {
        return log.lines.stream().filter(l -> l.startsWith("[INFO] QA ")).findFirst().orElse("no QA line in\n" + log.text());
    }

    @Test
    void theQaGoalChecksInTheServiceAndLogsWhatItsEngineDid() throws Exception {
        TestProject project = new TestProject(Files.createDirectories(served.resolve("news-desk")));
        project.copy("errors.en.xlf", "src/main/xliff/mer-orientale.en.xlf");
        RecordingLog here = new RecordingLog();
        QaMojo inProcess = project.qa(here);
        inProcess.server = "off";
        MojoFailureException local = assertThrows(MojoFailureException.class, inProcess::execute);
        String localReport = Files.readString(project.dir.resolve("target/passerelle/qa-report.json"));
        Files.delete(project.dir.resolve("target/passerelle/lt-cache.json"));

        RecordingLog there = new RecordingLog();
        QaMojo remote = project.qa(there);
        remote.server = url;
        MojoFailureException viaService = assertThrows(MojoFailureException.class, remote::execute);

        assertEquals(local.getMessage(), viaService.getMessage());
        assertEquals("[INFO] QA checked in the service at " + url + ": findings reused for 0 of 1 file; "
                + "LanguageTool not started", cacheNote(there));
        assertEquals(here.lines.stream().filter(l -> l.startsWith("[ERROR]")).toList(),
                there.lines.stream().filter(l -> l.startsWith("[ERROR]")).toList(), "the same findings in the log");
        assertTrue(there.lines.stream().anyMatch(l -> l.endsWith(":title-1: term.forbidden: 'South China Sea' is a "
                + "forbidden term; use 'East Sea' (Mer Orientale)")), there.text());
        assertEquals(localReport, Files.readString(project.dir.resolve("target/passerelle/qa-report.json")),
                "the reports are written as in process");

        RecordingLog again = new RecordingLog();
        QaMojo second = project.qa(again);
        second.server = url;
        assertThrows(MojoFailureException.class, second::execute);
        assertEquals("[INFO] QA checked in the service at " + url + ": findings reused for 1 of 1 file; "
                + "LanguageTool not started", cacheNote(again));
    }

    @Test
    void theServiceSaysForWhichLanguagesLanguageToolStarted() throws Exception {
        TestProject project = new TestProject(Files.createDirectories(served.resolve("spelling-desk")));
        project.copy("clean.en.xlf", "src/main/xliff/clean.en.xlf");
        RecordingLog log = new RecordingLog();
        QaMojo qa = project.qa(log);
        qa.profile = null;
        qa.server = url;
        qa.execute();
        assertTrue(Pattern.matches("\\[INFO] QA checked in the service at " + Pattern.quote(url) + ": findings reused for "
                + "0 of 1 file; LanguageTool checked \\d+ new texts \\(en-GB \\d+, fr \\d+\\); \\d+ answered from the cache",
                cacheNote(log)), log.text());
    }

    @Test
    void noServiceAnsweringMeansTheBuildChecksItself() throws Exception {
        TestProject project = new TestProject(outside);
        project.copy("errors.en.xlf", "src/main/xliff/mer-orientale.en.xlf");
        RecordingLog log = new RecordingLog();
        QaMojo qa = project.qa(log);
        qa.server = "http://127.0.0.1:9/";
        MojoFailureException e = assertThrows(MojoFailureException.class, qa::execute);
        assertTrue(e.getMessage().startsWith("Passerelle QA: 2 errors"), e.getMessage());
        String cache = DisplayPath.of(project.file("target/passerelle/lt-cache.json").toPath()).toString();
        assertEquals("[INFO] QA cache " + cache + ": findings reused for 0 of 1 file; LanguageTool not started",
                cacheNote(log));
        assertTrue(log.lines.stream().noneMatch(l -> l.startsWith("[WARNING]")), log.text());
    }

    @Test
    void aRefusingServiceIsOneWarningAndTheBuildChecksItself() throws Exception {
        TestProject project = new TestProject(outside);
        project.copy("errors.en.xlf", "src/main/xliff/mer-orientale.en.xlf");
        RecordingLog log = new RecordingLog();
        QaMojo qa = project.qa(log);
        qa.server = url;
        MojoFailureException e = assertThrows(MojoFailureException.class, qa::execute);
        assertTrue(e.getMessage().startsWith("Passerelle QA: 2 errors"), e.getMessage());
        List<String> warnings = log.lines.stream().filter(l -> l.startsWith("[WARNING]")).toList();
        assertEquals(1, warnings.size(), log.text());
        assertTrue(warnings.get(0).startsWith("[WARNING] the service at " + url + " did not check: "), warnings.get(0));
        assertTrue(warnings.get(0).contains("is outside the directories this service may read"), warnings.get(0));
        assertTrue(warnings.get(0).endsWith("; checking in this process"), warnings.get(0));
        assertTrue(cacheNote(log).startsWith("[INFO] QA cache "), log.text());
    }

    @Test
    void publishGatesOnTheServicesFindings() throws Exception {
        TestProject project = new TestProject(Files.createDirectories(served.resolve("publishing-desk")));
        project.copy("errors.en.xlf", "src/main/xliff/mer-orientale.en.xlf");
        RecordingLog log = new RecordingLog();
        PublishMojo publish = project.publish(log);
        publish.server = url;
        MojoFailureException e = assertThrows(MojoFailureException.class, publish::execute);
        assertTrue(e.getMessage().startsWith("Passerelle publish: refused 1 of 1 file(s)"), e.getMessage());
        assertTrue(cacheNote(log).startsWith("[INFO] QA checked in the service at " + url), log.text());
    }

    @Test
    void aTermbaseWithErrorsIsAWarningAsOnTheCommandLine() throws Exception {
        TestProject project = new TestProject(outside);
        project.copy("clean.en.xlf", "src/main/xliff/clean.en.xlf");
        RecordingLog log = new RecordingLog();
        QaMojo qa = project.qa(log);
        Path broken = Files.writeString(outside.resolve("broken.tbx"),
                Files.readString(qa.termbase.toPath()).replaceFirst("preferredTerm-admn-sts", "preferred"));
        qa.termbase = broken.toFile();
        qa.execute();
        String shown = DisplayPath.of(broken).toString();
        List<String> warnings = log.lines.stream().filter(l -> l.contains("the termbase")).toList();
        assertEquals(1, warnings.size(), log.text());
        assertTrue(warnings.get(0).startsWith("[WARNING] the termbase " + shown + " has 1 error, first " + shown + ":"),
                warnings.get(0));
        assertTrue(warnings.get(0).endsWith("; see 'passerelle glossary validate " + shown + "'"), warnings.get(0));
    }
}
