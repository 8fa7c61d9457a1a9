package org.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.cli.serve.AllowedPaths;
import org.passerelle.cli.serve.CheckServer;
import org.passerelle.cli.serve.CheckService;
import org.passerelle.qa.QaCache;

/**
 * qa --watch, as a translator uses it: save a fix, see it reported as fixed; save a mistake, see it
 * as new; in this process, or in a running service when there is one that may read the files.
 */
class QaWatchTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aSavePrintsOnlyWhatChanged() throws Exception {
        Path xlf = Files.copy(Path.of(QaCommandTest.FAULTY), dir.resolve("003.en.xlf"));
        try (Watching watching = new Watching(dir, "--termbase", QaCommandTest.TERMBASE, "--no-cache", "--server", "off")) {
            List<String> first = watching.until("watching 1 file(s)");
            assertTrue(first.get(first.size() - 1).endsWith("watching 1 file(s), Ctrl-C stops"), first.toString());
            fixAndBreak(watching, xlf);
            assertEquals("", watching.err());
        }
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aRunningServiceChecksEverySave() throws Exception {
        Path xlf = Files.copy(Path.of(QaCommandTest.FAULTY), dir.resolve("003.en.xlf"));
        Path termbase = Files.copy(Path.of(QaCommandTest.TERMBASE), dir.resolve("termbase.tbx"));
        try (CheckServer server = server(dir)) {
            String url = "http://127.0.0.1:" + server.start() + "/";
            try (Watching watching = new Watching(dir, "--termbase", termbase.toString(), "--server", url)) {
                List<String> first = watching.until("watching 1 file(s)");
                assertTrue(first.get(first.size() - 1).endsWith("watching 1 file(s), checked in the service at " + url
                        + ", Ctrl-C stops"), first + "; stderr: " + watching.err());
                fixAndBreak(watching, xlf);
                // a save checked here after all would have said so on stderr
                assertEquals("", watching.err());
            }
        }
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aFileOutsideTheServiceRootsIsSaidOnceAndWatchedHere() throws Exception {
        Path roots = Files.createDirectories(dir.resolve("served"));
        Path watched = Files.createDirectories(dir.resolve("elsewhere"));
        Path xlf = Files.copy(Path.of(QaCommandTest.FAULTY), watched.resolve("003.en.xlf"));
        Path termbase = Files.copy(Path.of(QaCommandTest.TERMBASE), roots.resolve("termbase.tbx"));
        try (CheckServer server = server(roots)) {
            String url = "http://127.0.0.1:" + server.start() + "/";
            try (Watching watching = new Watching(watched, "--termbase", termbase.toString(), "--server", url,
                    "--no-cache")) {
                List<String> first = watching.until("watching 1 file(s)");
                assertTrue(first.get(first.size() - 1).endsWith("watching 1 file(s), Ctrl-C stops"), first.toString());
                fixAndBreak(watching, xlf);
                List<String> err = watching.err().lines().toList();
                assertEquals(1, err.size(), err.toString());
                assertTrue(err.get(0).startsWith("passerelle: the service at " + url + " did not check: "), err.get(0));
                assertTrue(err.get(0).endsWith("; checking in this process"), err.get(0));
            }
        }
    }

    /** Saves a fix of the file's number mismatch, then a new one, and reads what the watch prints for each. */
    private static void fixAndBreak(Watching watching, Path xlf) throws IOException {
        Files.writeString(xlf, Files.readString(xlf).replace("1928", "1982"));
        List<String> fixed = watching.until(" saved, checked in ");
        assertTrue(fixed.stream().anyMatch(l -> l.startsWith("- ") && l.contains("number.mismatch: '1928'")), fixed.toString());
        assertTrue(fixed.stream().noneMatch(l -> l.startsWith("+ ")), fixed.toString());
        assertTrue(fixed.get(fixed.size() - 1).contains(": 0 new, 1 fixed; 4 errors"), fixed.toString());

        String text = Files.readString(xlf);
        int target = text.lastIndexOf("1982"); // the source has it too; the target comes last
        Files.writeString(xlf, text.substring(0, target) + "1892" + text.substring(target + 4));
        List<String> broken = watching.until(" saved, checked in ");
        assertEquals(1, broken.stream().filter(l -> l.startsWith("+ ") && l.contains("number.mismatch: '1892'")).count(),
                broken.toString());
        assertTrue(broken.get(broken.size() - 1).contains(": 1 new, 0 fixed; 5 errors"), broken.toString());
    }

    static CheckServer server(Path root) throws IOException {
        return new CheckServer(new CheckService(new AllowedPaths(List.of(root)), new CheckService.Defaults(null, null,
                null, null), QaCache.inMemory()), "127.0.0.1", 0, 1 << 20, Duration.ofMinutes(5));
    }

    /** {@code qa DIR --watch OPTIONS…} running on its own thread, its output read line by line. */
    static final class Watching implements AutoCloseable {
        private final BufferedReader lines;
        private final StringWriter err = new StringWriter();
        private final Thread thread;

        Watching(Path dir, String... options) throws IOException {
            PipedWriter pipe = new PipedWriter();
            lines = new BufferedReader(new PipedReader(pipe, 1 << 16));
            String[] args = Stream.concat(Stream.of("qa", dir.toString(), "--watch"),
                    Stream.of(options)).toArray(String[]::new);
            thread = new Thread(() -> Passerelle.execute(new PrintWriter(pipe, true), new PrintWriter(err, true), args));
            thread.setDaemon(true);
            thread.start();
        }

        /** The lines up to and including the first that contains {@code marker}. */
        List<String> until(String marker) throws IOException {
            List<String> read = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                read.add(line);
                if (line.contains(marker)) {
                    return read;
                }
            }
            throw new AssertionError("no line with '" + marker + "' in " + read + "; stderr: " + err);
        }

        String err() {
            return err.toString();
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }
}
