package org.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.cli.serve.AllowedPaths;
import org.passerelle.cli.serve.CheckServer;
import org.passerelle.cli.serve.CheckService;
import org.passerelle.qa.QaCache;

/**
 * qa with report files and baselines through a running service writes what qa in process writes:
 * the service sends back the whole run (checks, units, findings), the reports are written here.
 */
class ServiceReportsTest {
    @TempDir
    static Path root;
    @TempDir
    static Path out;
    static CheckServer server;
    static QaCache serviceCache = QaCache.inMemory();
    static String url;
    static String desk;
    static String termbase;

    @BeforeAll
    static void start() throws Exception {
        Path translations = Files.createDirectories(root.resolve("desk/translations"));
        try (Stream<Path> samples = Files.list(Path.of("../samples/translations"))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, translations.resolve(sample.getFileName()));
            }
        }
        // given with "..": the service names files by their real paths, the reports must not
        desk = root.resolve("desk/translations/../translations").toString();
        termbase = Files.copy(Path.of(QaCommandTest.TERMBASE), root.resolve("termbase.tbx")).toString();
        server = new CheckServer(new CheckService(new AllowedPaths(List.of(root)),
                new CheckService.Defaults(null, null, null, null), serviceCache), "127.0.0.1", 0, 1 << 20,
                Duration.ofMinutes(5));
        url = "http://127.0.0.1:" + server.start() + "/";
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static CommandLineTest.Result qa(String server, String... more) {
        List<String> args = new ArrayList<>(List.of("qa", desk, "--termbase", termbase, "--server", server));
        args.addAll(List.of(more));
        return CommandLineTest.run(args.toArray(String[]::new));
    }

    @Test
    void reportFilesAreTheSameAsInProcess() throws Exception {
        Path here = out.resolve("here");
        Path there = out.resolve("there");
        String formats = "sarif,junit,html,json,codequality,text,xliff";
        CommandLineTest.Result local = qa("off", "--report", here.toString(), "--format", formats);
        int cachedBefore = serviceCache.proofs().size();
        CommandLineTest.Result remote = qa(url, "--report", there.toString(), "--format", formats);
        assertTrue(serviceCache.proofs().size() > cachedBefore, "the service checked (its LanguageTool cache grew)");
        assertEquals(1, local.code(), local.err());
        assertEquals(local, remote.withOut(remote.out().replace(there.toString(), here.toString())));
        List<Path> written;
        try (Stream<Path> files = Files.walk(here)) {
            written = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(10, written.size(), written.toString()); // six reports, four annotated XLIFF copies
        for (Path report : written) {
            Path twin = there.resolve(here.relativize(report));
            assertEquals(Files.readString(report), Files.readString(twin), "the same " + here.relativize(report));
        }
    }

    @Test
    void baselinesWorkThroughTheService() throws Exception {
        Path hereBaseline = out.resolve("here-baseline.json");
        Path thereBaseline = out.resolve("there-baseline.json");
        CommandLineTest.Result wroteHere = qa("off", "--write-baseline", hereBaseline.toString());
        CommandLineTest.Result wroteThere = qa(url, "--write-baseline", thereBaseline.toString());
        assertEquals(0, wroteThere.code(), wroteThere.err());
        assertEquals(Files.readString(hereBaseline), Files.readString(thereBaseline));
        assertEquals(wroteHere.out().replace(hereBaseline.toString(), "B"), wroteThere.out().replace(thereBaseline.toString(), "B"));

        // a baseline from before an edit: the edit's finding is new, one recorded finding is fixed
        Path older = out.resolve("older-baseline.json");
        Files.writeString(older, Files.readString(hereBaseline).replaceFirst("\"fingerprint\"\\s*:\\s*\"[0-9a-f]+\"",
                "\"fingerprint\":\"0000\""));
        CommandLineTest.Result local = qa("off", "--baseline", older.toString(), "--report", out.resolve("bh").toString(),
                "--format", "text,json,sarif");
        CommandLineTest.Result remote = qa(url, "--baseline", older.toString(), "--report", out.resolve("bt").toString(),
                "--format", "text,json,sarif");
        assertTrue(local.out().contains("1 finding(s) of the baseline " + older + " are fixed"), local.out());
        assertEquals(local, remote.withOut(remote.out().replace(out.resolve("bt").toString(), out.resolve("bh").toString())));
        for (String report : List.of("qa-report.json", "qa-report.sarif", "qa-report.txt")) {
            assertEquals(Files.readString(out.resolve("bh").resolve(report)), Files.readString(out.resolve("bt").resolve(report)),
                    report);
        }
    }
}
