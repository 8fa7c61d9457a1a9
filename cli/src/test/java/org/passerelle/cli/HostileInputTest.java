package org.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.cli.CommandLineTest.Result;

/**
 * The hostile corpus of issue #19, generated under a temporary directory: every command against
 * inputs that are not regular files, zip bombs, huge pages and segments, full and read-only disks,
 * read-only files and symbolic links. Each case runs the real command (in this JVM, or as its own
 * JVM with a small heap where memory is the point) and asserts what a user sees: the exit code,
 * one line on stderr naming the file, an answer within a bound that only a hang would pass, and
 * existing files left as they were.
 */
class HostileInputTest {
    private static final Path ARTICLE = Path.of("../samples/articles/003_29974663294a4e55.txt");
    private static final Path TERMBASE = Path.of("../samples/termbase.tbx");
    private static final Path TRANSLATION = Path.of("../samples/translations/000_78e9962cff1393cc.en.xlf");
    private static final Duration HANG = Duration.ofSeconds(300);

    @TempDir
    Path dir;

    /** Runs a command line in this JVM, failing if it does not come back within {@link #HANG}. */
    static Result run(Object... args) {
        String[] strings = Stream.of(args).map(String::valueOf).toArray(String[]::new);
        return assertTimeoutPreemptively(HANG, () -> CommandLineTest.run(strings), () -> "hangs: " + String.join(" ", strings));
    }

    /** Exit 2 and exactly one line on stderr, naming {@code file} (or a file under it), no stack trace; returns the line. */
    static String refused(Result r, Path file) {
        assertEquals(2, r.code(), r.err());
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(1, lines.size(), "one line on stderr:\n" + r.err());
        assertTrue(lines.get(0).startsWith("passerelle: " + file), lines.get(0));
        return lines.get(0);
    }

    // --- inputs that are not regular files: refused at once, whatever the command -----------------

    /** Each command line with {@code IN} where the special file goes, named as the command expects. */
    private List<Function<Path, Object[]>> commands(Path out) {
        return List.of(
                in -> new Object[] {"extract", in.resolveSibling("article.txt"), "-o", out},
                in -> new Object[] {"extract", ARTICLE, "--rules", in.resolveSibling("site.rules"), "-o", out},
                in -> new Object[] {"prepare", in.resolveSibling("article.txt"), "--termbase", TERMBASE, "--targets", "en", "-o", out},
                in -> new Object[] {"prepare", ARTICLE, "--termbase", in.resolveSibling("t.tbx"), "--targets", "en", "-o", out},
                in -> new Object[] {"pseudo", in.resolveSibling("x.xlf")},
                in -> new Object[] {"qa", in.resolveSibling("x.xlf"), "--report", out},
                in -> new Object[] {"qa", TRANSLATION, "--profile", in.resolveSibling("p.properties"), "--report", out},
                in -> new Object[] {"qa", TRANSLATION, "--suppressions", in.resolveSibling("s.txt"), "--report", out},
                in -> new Object[] {"qa", TRANSLATION, "--termbase", in.resolveSibling("t.tbx"), "--report", out},
                in -> new Object[] {"qa", TRANSLATION, "--cache", in.resolveSibling("c.json")},
                in -> new Object[] {"publish", in.resolveSibling("x.xlf"), "-o", out},
                in -> new Object[] {"publish", TRANSLATION, "--termbase", in.resolveSibling("t.tbx"), "-o", out},
                in -> new Object[] {"glossary", "validate", in.resolveSibling("t.tbx")},
                in -> new Object[] {"glossary", "validate", in.resolveSibling("t.csv")},
                in -> new Object[] {"glossary", "stats", in.resolveSibling("t.tbx")},
                in -> new Object[] {"glossary", "lookup", in.resolveSibling("t.tbx"), "Mer Orientale"},
                in -> new Object[] {"glossary", "add", in.resolveSibling("t.tbx"), "--term", "fr=Année", "--term", "en=Year"},
                in -> new Object[] {"glossary", "export", in.resolveSibling("t.tbx"), "--to", out.resolve("t.csv")},
                in -> new Object[] {"glossary", "import", out.resolve("new.tbx"), "--from", in.resolveSibling("t.tbx")});
    }

    /** Every command above against a directory, a named pipe and a device, each named as its input. */
    @TestFactory
    Stream<DynamicTest> notARegularFileIsRefusedAtOnceByEveryCommand() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String kind : List.of("directory", "named pipe", "device")) {
            for (Function<Path, Object[]> command : commands(dir.resolve(kind.replace(' ', '-') + "-out"))) {
                Path where = dir.resolve(kind.replace(' ', '-') + tests.size());
                Object[] args = command.apply(where.resolve("IN"));
                Path input = Stream.of(args).filter(a -> a instanceof Path p && p.startsWith(where)).map(Path.class::cast)
                        .findFirst().orElseThrow();
                tests.add(DynamicTest.dynamicTest(kind + ": " + String.join(" ", Stream.of(args).map(String::valueOf)
                        .map(a -> a.startsWith(dir.toString()) ? a.substring(dir.toString().length() + 1) : a).toList()), () -> {
                    Files.createDirectories(where);
                    special(kind, input);
                    Path out = (Path) Stream.of(args).filter(a -> a instanceof Path p && p.toString().contains("-out"))
                            .findFirst().orElse(null);
                    String line = refused(run(args), input);
                    assertTrue(line.contains("not a regular file") || line.contains("is a directory")
                            || line.contains("a directory without XLIFF files"), line);
                    assertTrue(out == null || !Files.exists(out) || !CommandLineTest.hasFiles(out), "nothing written");
                }));
            }
        }
        return tests.stream();
    }

    private static void special(String kind, Path file) throws Exception {
        switch (kind) {
            case "directory" -> Files.createDirectory(file);
            case "named pipe" -> assumeTrue(new ProcessBuilder("mkfifo", file.toString()).start().waitFor() == 0,
                    "mkfifo is not available: the named-pipe cases are skipped");
            default -> {
                assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero: the device cases are skipped");
                Files.createSymbolicLink(file, Path.of("/dev/zero"));
            }
        }
    }

    // --- zip bombs, huge pages, huge segments, huge profile values ---------------------------------

    /** In its own JVM with a 256 MB heap: a lying bomb inflated by POI needed more than 6 GB. */
    @Test
    void aZipBombThatLiesAboutItsSizesIsRefusedWithASmallHeap() throws Exception {
        Path bomb = HostileFiles.lyingZipBomb(dir.resolve("liar.docx"), 2048);
        assertTrue(Files.size(bomb) < 3_000_000, "2 GiB of text in " + Files.size(bomb) + " bytes");
        Result r = Jvm.run("256m", "extract", bomb, "-o", dir.resolve("out"));
        assertTrue(refused(r, bomb).contains("refused: looks like a zip bomb (word/document.xml inflates to more than"),
                r.err());
        assertFalse(Files.exists(dir.resolve("out")) && CommandLineTest.hasFiles(dir.resolve("out")));
    }

    /** In its own JVM with a 512 MB heap: 45 MB of text stops at the write limit, not at the heap's. */
    @Test
    void aHugePageStopsAtTheWriteLimitWithABoundedHeap() throws Exception {
        Path page = HostileFiles.page(dir.resolve("page.html"), 45);
        Result r = Jvm.run("512m", "extract", page, "-o", dir.resolve("out"));
        assertEquals(page + ": more than 10000000 characters of text (write limit)", refused(r, page).substring(12));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() throws Exception {
        Path page = HostileFiles.sparse(dir.resolve("page200.html"), 200);
        assertEquals("passerelle: " + page + ": file too large (200.0 MB; the limit is 50.0 MB)",
                refused(run("extract", page), page));
    }

    @Test
    void aDoctypeInTheDocumentPropertiesIsOneLineWithoutAStackTrace() throws Exception {
        Path docx = HostileFiles.doctypeInCoreProperties(dir.resolve("crafted.docx"));
        String line = refused(run("extract", docx, "-o", dir.resolve("out")), docx);
        assertTrue(line.contains("docProps/core.xml has a DOCTYPE"), line);
    }

    /** LanguageTool on: given the 5 MB text it would not come back for hours. */
    @Test
    void aFiveMegabyteSegmentIsOneFindingAndTheReportsStayBoundedByTheInput() throws Exception {
        Path xliff = HostileFiles.xliffWithHugeSegment(dir.resolve("huge.en.xlf"), 5_000_000);
        Path report = dir.resolve("qa");
        Result r = run("qa", xliff, "--report", report, "--format", "json,junit,sarif");
        assertEquals(1, r.code(), r.err());
        List<String> onHugeUnit = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(report.resolve("qa-report.json").toFile()).get("findings")) {
            if (f.get("unit").asText().equals("body-1")) {
                onHugeUnit.add(f.get("check").asText() + " " + f.get("side").asText());
            }
        }
        assertEquals(List.of("segment.too-long target"), onHugeUnit);
        for (String name : List.of("qa-report.json", "qa-report.xml", "qa-report.sarif")) {
            assertTrue(Files.size(report.resolve(name)) < 3 * Files.size(xliff),
                    name + " is " + Files.size(report.resolve(name)) + " bytes");
        }
    }

    @Test
    void aTenMegabyteProfileValueIsQuotedCut() throws Exception {
        Path profile = Files.writeString(dir.resolve("p.properties"), "spelling.severity = " + "x".repeat(10 << 20) + "\n");
        String line = refused(run("qa", TRANSLATION, "--profile", profile), profile);
        assertTrue(line.length() < 400 && line.endsWith("(10,485,760 characters)"), line);
    }

    // --- writes: full disk, read-only file system, read-only files, symbolic links ----------------

    /** What each writing command is given on the small disk, and the file it would replace there. */
    private record Write(String what, Path existing, Object... args) {
    }

    private List<Write> writes(Path disk) throws IOException {
        Path xliff = disk.resolve("xliff");
        // LanguageTool's start-up is no part of writing a report, and takes minutes on a busy machine.
        Path noLanguageTool = Files.writeString(dir.resolve("no-lt.properties"), "spelling.enabled = false\ngrammar.enabled = false\n");
        return List.of(
                new Write("prepare", xliff.resolve("003_29974663294a4e55.en.xlf"),
                        "prepare", ARTICLE, "--termbase", TERMBASE, "--targets", "en", "-o", xliff),
                new Write("extract", disk.resolve("extract/003_29974663294a4e55.json"),
                        "extract", ARTICLE, "-o", disk.resolve("extract")),
                new Write("qa reports", disk.resolve("qa/qa-report.json"),
                        "qa", TRANSLATION, "--profile", noLanguageTool, "--report", disk.resolve("qa"), "--format", "json,junit,sarif,text"),
                new Write("qa --init-profile", disk.resolve("p.properties"), "qa", "--init-profile", disk.resolve("p.properties")),
                new Write("publish", disk.resolve("publish/en/000_78e9962cff1393cc.html"),
                        "publish", TRANSLATION, "-o", disk.resolve("publish"), "--skip-qa-gate"),
                new Write("pseudo", disk.resolve("x.en.xlf"), "pseudo", disk.resolve("x.en.xlf")),
                new Write("glossary add", disk.resolve("t.tbx"),
                        "glossary", "add", disk.resolve("t.tbx"), "--term", "fr=Année croisée", "--term", "en=Cross Year"),
                new Write("glossary export", disk.resolve("t.csv"), "glossary", "export", TERMBASE, "--to", disk.resolve("t.csv")));
    }

    /**
     * The files the writes would replace: prepare's own earlier output (it merges into it), and for
     * the others a copy of a real file, so that a write has more to write than the disk holds.
     */
    private void existingFiles(Path disk) throws IOException {
        for (Write w : writes(disk)) {
            if (w.what().equals("prepare")) {
                assertEquals(0, run(w.args()).code(), "prepare on the empty disk");
            } else {
                Files.createDirectories(w.existing().getParent());
                Files.copy(w.what().equals("glossary add") ? TERMBASE : TRANSLATION, w.existing());
            }
        }
    }

    private SmallDisk diskWithExistingFiles(String name) throws Exception {
        SmallDisk disk = SmallDisk.mount(dir.resolve(name), "2m");
        try {
            existingFiles(disk.root());
            return disk;
        } catch (Exception | Error e) {
            disk.close();
            throw e;
        }
    }

    @TestFactory
    Stream<DynamicTest> aFullDiskIsExitTwoNamingTheFileAndLeavesEveryFileAsItWas() throws Exception {
        SmallDisk disk = diskWithExistingFiles("full");
        disk.fill();
        return disk.cases(writes(disk.root()).stream().map(w -> DynamicTest.dynamicTest(w.what(), () -> {
            byte[] before = Files.readAllBytes(w.existing());
            String line = refused(run(w.args()), w.existing().getParent()).substring(12);
            assertTrue(line.startsWith(disk.root().toString()) && line.contains(": cannot write: no space left on device ("),
                    line);
            assertEquals(new String(before), Files.readString(w.existing()), "left as it was");
            assertEquals(List.of(), disk.temporaryFiles(), "no temporary file left");
        })));
    }

    @TestFactory
    Stream<DynamicTest> aReadOnlyFileSystemIsExitTwoNamingTheFile() throws Exception {
        SmallDisk disk = diskWithExistingFiles("ro");
        disk.readOnly();
        return disk.cases(writes(disk.root()).stream().map(w -> DynamicTest.dynamicTest(w.what(), () -> {
            String line = refused(run(w.args()), w.existing().getParent()).substring(12);
            assertTrue(line.contains(": read-only file system"), line);
        })));
    }

    @Test
    void standardOutputOnAFullDiskIsExitTwoNotASilentlyCutArticle() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "no /dev/full here: the full standard output case is skipped");
        Result r = Jvm.run("256m", full, "extract", ARTICLE);
        assertEquals(2, r.code(), r.err());
        assertEquals("passerelle: standard output: cannot write (a full disk, or a closed pipe): the output is incomplete",
                r.err().strip());
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftUntouched() throws Exception {
        Path xliff = Files.copy(TRANSLATION, dir.resolve("signed-off.en.xlf"));
        Path termbase = Files.copy(TERMBASE, dir.resolve("final.tbx"));
        for (Path f : List.of(xliff, termbase)) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        }
        assertEquals("passerelle: " + xliff + ": cannot write: read-only file (left unchanged; make it writable to replace it)",
                refused(run("pseudo", xliff), xliff));
        refused(run("glossary", "add", termbase, "--term", "fr=Année", "--term", "en=Year"), termbase);
        assertEquals(Files.readString(TRANSLATION), Files.readString(xliff));
        assertEquals(Files.readString(TERMBASE), Files.readString(termbase));
    }

    @Test
    void aReadOnlyDirectoryIsPermissionDenied() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")),
                "running as root, which may write anywhere: the read-only file system cases stand in for this one");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        String line = refused(run("extract", ARTICLE, "-o", locked), locked);
        assertTrue(line.endsWith("cannot write: permission denied (not created)"), line);
    }

    @Test
    void editsThroughASymbolicLinkReachItsTargetAndKeepTheLinkAndPermissions() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Path project = Files.createDirectory(dir.resolve("project"));
        Path termbase = Files.copy(TERMBASE, shared.resolve("termbase.tbx"));
        Path xliff = Files.copy(TRANSLATION, shared.resolve("a.en.xlf"));
        for (Path f : List.of(termbase, xliff)) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
        }
        Path tbLink = Files.createSymbolicLink(project.resolve("termbase.tbx"), Path.of("../shared/termbase.tbx"));
        Path xliffLink = Files.createSymbolicLink(project.resolve("a.en.xlf"), Path.of("../shared/a.en.xlf"));

        assertEquals(0, run("glossary", "add", tbLink, "--term", "fr=Année croisée", "--term", "en=Cross Year").code());
        assertEquals(0, run("pseudo", xliffLink).code());

        assertTrue(Files.isSymbolicLink(tbLink) && Files.isSymbolicLink(xliffLink), "the links are kept");
        assertTrue(Files.readString(termbase).contains("Cross Year"), "the link's target got the edit");
        assertFalse(Files.readString(xliff).equals(Files.readString(TRANSLATION)), "the link's target was pseudo-translated");
        for (Path f : List.of(termbase, xliff)) {
            assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        }
    }
}
