package org.passerelle.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.core.InputException;

class XliffFilesTest {
    @TempDir
    Path dir;

    private Path touch(String name) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "");
    }

    @Test
    void directoryGivesEveryXliffExtensionRecursivelyInSortedOrder() throws Exception {
        touch("f.mqxliff");
        touch("sub/e.SDLXLIFF");
        touch("d.xliff2");
        touch("c.xlf2");
        touch("b.xliff");
        touch("a.xlf");
        touch("notes.txt");
        touch("a.xlf.bak");
        List<String> found = XliffFiles.in(dir).stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
        assertEquals(List.of("a.xlf", "b.xliff", "c.xlf2", "d.xliff2", "f.mqxliff", "sub/e.SDLXLIFF"), found);
    }

    @Test
    void filesComeAsGivenThenDirectoriesWithoutRepeats() throws Exception {
        Path b = touch("x/b.xlf");
        Path a = touch("x/a.xlf");
        Path other = touch("other.txt");
        assertEquals(List.of(other, a, b), XliffFiles.expand(List.of(other, dir.resolve("x"), b)));
    }

    @Test
    void missingPathIsBadInput() {
        InputException e = assertThrows(InputException.class, () -> XliffFiles.expand(List.of(dir.resolve("gone"))));
        assertEquals(true, e.oneLine().contains("no such file or directory"), e.oneLine());
    }

    @Test
    void aDirectoryWithoutXliffIsRefusedEvenWhenNamedLikeAFile() throws Exception {
        Path d = Files.createDirectory(dir.resolve("x.xlf"));
        InputException e = assertThrows(InputException.class, () -> XliffFiles.expand(List.of(d)));
        assertEquals(d + ": a directory without XLIFF files (*.xlf, *.xliff, *.xlf2, *.xliff2, *.sdlxliff, *.mqxliff)",
                e.oneLine());
    }

    @Test
    void aFifoGivenOrFoundIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("sub/pipe.xlf");
        Files.createDirectories(fifo.getParent());
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo: not tested");
        String expected = fifo + ": not a regular file (a named pipe)";
        assertEquals(expected, assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InputException.class, () -> XliffFiles.expand(List.of(fifo)))).oneLine());
        assertEquals(expected, assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InputException.class, () -> XliffFiles.expand(List.of(dir)))).oneLine());
    }
}
