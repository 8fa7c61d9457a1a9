package org.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.cli.serve.AllowedPaths;
import org.passerelle.cli.serve.CheckServer;
import org.passerelle.cli.serve.CheckService;
import org.passerelle.qa.QaCache;

/** qa and publish check in a running service when there is one, and the same way in process otherwise. */
class ServerOptionTest {
    @TempDir
    static Path root;
    static CheckServer server;
    static String url;
    static String file;
    static String termbase;

    @BeforeAll
    static void start() throws Exception {
        file = Files.copy(Path.of(QaCommandTest.FAULTY), root.resolve("003.en.xlf")).toString();
        termbase = Files.copy(Path.of(QaCommandTest.TERMBASE), root.resolve("termbase.tbx")).toString();
        server = new CheckServer(new CheckService(new AllowedPaths(List.of(root)),
                new CheckService.Defaults(null, null, null, null), QaCache.inMemory()), "127.0.0.1", 0, 1 << 20,
                Duration.ofMinutes(5));
        url = "http://127.0.0.1:" + server.start() + "/";
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void qaInTheServiceSaysWhatQaInProcessSays() throws Exception {
        CommandLineTest.Result here = CommandLineTest.run("qa", file, "--termbase", termbase, "--server", "off");
        CommandLineTest.Result there = CommandLineTest.run("qa", file, "--termbase", termbase, "--server", url);
        assertEquals(1, here.code(), here.err());
        assertEquals(here.code(), there.code());
        assertEquals(here.out(), there.out());
        assertEquals("", there.err());
        // report files are written by this process (their writers need the whole run)
        CommandLineTest.Result reported = CommandLineTest.run("qa", file, "--termbase", termbase, "--server", url,
                "--report", root.resolve("report").toString(), "--format", "text,json");
        assertEquals(here.code(), reported.code());
        assertTrue(Files.isRegularFile(root.resolve("report/qa-report.json")), "the report is written");
    }

    @Test
    void noServiceThereMeansInProcess() {
        CommandLineTest.Result here = CommandLineTest.run("qa", file, "--termbase", termbase, "--server", "off");
        CommandLineTest.Result fallback = CommandLineTest.run("qa", file, "--termbase", termbase, "--server",
                "http://127.0.0.1:9/");
        assertEquals(here, fallback);
    }

    @Test
    void aRefusingServiceIsSaidOnceAndTheCheckRunsHere() throws Exception {
        Path outside = Files.createTempDirectory("passerelle-outside");
        String copy = Files.copy(Path.of(QaCommandTest.FAULTY), outside.resolve("003.en.xlf")).toString();
        CommandLineTest.Result refused = CommandLineTest.run("qa", copy, "--termbase", termbase, "--server", url);
        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith("passerelle: the service at " + url + " did not check: "), refused.err());
        assertTrue(refused.err().strip().endsWith("; checking in this process"), refused.err());
        assertTrue(refused.out().contains("QA gate FAILED"), refused.out());
    }

    @Test
    void serveRefusesADefaultOutsideItsRootsInOneLine() throws Exception {
        Path outside = Files.createTempDirectory("passerelle-outside");
        String tbx = Files.copy(Path.of(QaCommandTest.TERMBASE), outside.resolve("termbase.tbx")).toString();
        CommandLineTest.Result r = CommandLineTest.run("serve", "--port", "0", "--root", root.toString(), "--termbase", tbx);
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("is outside the directories this service may read"), r.err());
    }

    @Test
    void publishGatesOnTheServicesFindings() {
        CommandLineTest.Result published = CommandLineTest.run("publish", file, "-o", root.resolve("out").toString(),
                "--termbase", termbase, "--server", url);
        assertEquals(1, published.code(), published.err());
        assertTrue(published.out().startsWith("refused " + file + ": 5 QA error(s)"), published.out());
    }
}
