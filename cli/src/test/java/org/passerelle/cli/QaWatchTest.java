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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** qa --watch, as a translator uses it: save a fix, see it reported as fixed; save a mistake, see it as new. */
class QaWatchTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aSavePrintsOnlyWhatChanged() throws Exception {
        Path xlf = Files.copy(Path.of(QaCommandTest.FAULTY), dir.resolve("003.en.xlf"));
        PipedWriter pipe = new PipedWriter();
        BufferedReader lines = new BufferedReader(new PipedReader(pipe, 1 << 16));
        Thread watching = new Thread(() -> Passerelle.execute(new PrintWriter(pipe, true),
                new PrintWriter(new StringWriter(), true), "qa", dir.toString(), "--termbase", QaCommandTest.TERMBASE,
                "--watch", "--no-cache"));
        watching.setDaemon(true);
        watching.start();
        try {
            until(lines, "watching 1 file(s)");
            Files.writeString(xlf, Files.readString(xlf).replace("1928", "1982"));
            List<String> fixed = until(lines, " saved, checked in ");
            assertTrue(fixed.stream().anyMatch(l -> l.startsWith("- ") && l.contains("number.mismatch: '1928'")), fixed.toString());
            assertTrue(fixed.stream().noneMatch(l -> l.startsWith("+ ")), fixed.toString());
            assertTrue(fixed.get(fixed.size() - 1).contains(": 0 new, 1 fixed; 4 errors"), fixed.toString());

            String text = Files.readString(xlf);
            int target = text.lastIndexOf("1982"); // the source has it too; the target comes last
            Files.writeString(xlf, text.substring(0, target) + "1892" + text.substring(target + 4));
            List<String> broken = until(lines, " saved, checked in ");
            assertEquals(1, broken.stream().filter(l -> l.startsWith("+ ") && l.contains("number.mismatch: '1892'")).count(),
                    broken.toString());
        } finally {
            watching.interrupt();
        }
    }

    /** The lines up to and including the first that contains {@code marker}. */
    private static List<String> until(BufferedReader lines, String marker) throws IOException {
        List<String> read = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            read.add(line);
            if (line.contains(marker)) {
                return read;
            }
        }
        throw new AssertionError("no line with '" + marker + "' in " + read);
    }
}
