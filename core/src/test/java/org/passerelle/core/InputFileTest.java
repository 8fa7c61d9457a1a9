package org.passerelle.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFileTest {
    @TempDir
    Path dir;

    private String refusal(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InputException.class, () -> InputFile.require(file))).oneLine();
    }

    @Test
    void aRegularFileAndALinkToOnePass() throws Exception {
        Path f = Files.writeString(dir.resolve("a.xlf"), "<xliff/>");
        assertEquals(f, InputFile.require(f));
        Path link = Files.createSymbolicLink(dir.resolve("b.xlf"), f.getFileName());
        assertEquals(link, InputFile.require(link));
    }

    @Test
    void aDirectoryNamedLikeAFileIsRefused() throws Exception {
        Path d = Files.createDirectory(dir.resolve("x.xlf"));
        assertEquals(d + ": is a directory, not a file", refusal(d));
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt() {
        Path fifo = dir.resolve("x.xlf");
        assumeTrue(AtomicFileTest.mkfifo(fifo), "mkfifo is not available: the FIFO case is not tested");
        assertEquals(fifo + ": not a regular file (a named pipe)", refusal(fifo));
    }

    @Test
    void aDeviceIsRefused() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertEquals("/dev/zero: not a regular file (a device)", refusal(zero));
    }

    @Test
    void missingFilesAndBrokenLinksAreNamed() throws Exception {
        assertEquals(dir.resolve("nope.tbx") + ": no such file", refusal(dir.resolve("nope.tbx")));
        Path link = Files.createSymbolicLink(dir.resolve("gone.tbx"), Path.of("moved.tbx"));
        assertEquals(link + ": broken symbolic link", refusal(link));
    }
}
