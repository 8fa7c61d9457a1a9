package org.passerelle.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheOldContentAndNoTemporaryFile() throws Exception {
        Path f = dir.resolve("termbase.tbx");
        Files.writeString(f, "old");
        assertThrows(IOException.class, () -> AtomicFile.write(f, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        assertEquals(1, entries(dir), "the temporary file is cleaned up");
    }

    @Test
    void aLibrarysUncheckedFailureAlsoLeavesNoTemporaryFile() throws Exception {
        Path f = Files.writeString(dir.resolve("a.xlf"), "old");
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(f, out -> {
            out.write("half".getBytes());
            throw new IllegalStateException("a bug in the writer");
        }));
        assertEquals("old", Files.readString(f));
        assertEquals(1, entries(dir));
    }

    @Test
    void replacingKeepsTheFilesPermissionsAndNewFilesAreReadableByTheTeam() throws Exception {
        Path shared = dir.resolve("shared.tbx");
        Files.writeString(shared, "v1");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFile.writeString(shared, "v2");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));

        Path fresh = dir.resolve("new.xlf");
        AtomicFile.writeString(fresh, "x");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    @Test
    void aSymbolicLinkIsFollowedAndKept() throws Exception {
        Path realDir = Files.createDirectory(dir.resolve("shared"));
        Path real = Files.writeString(realDir.resolve("termbase.tbx"), "v1");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw----"));
        Path project = Files.createDirectory(dir.resolve("project"));
        Path link = Files.createSymbolicLink(project.resolve("termbase.tbx"), Path.of("../shared/termbase.tbx"));
        Path linkToLink = Files.createSymbolicLink(project.resolve("tb.tbx"), Path.of("termbase.tbx"));

        AtomicFile.writeString(linkToLink, "v2");

        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(linkToLink), "the links are kept");
        assertEquals("v2", Files.readString(real), "the link's target got the edit");
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
        assertEquals(1, entries(realDir), "no temporary file left beside the target");
        assertEquals(2, entries(project));
    }

    @Test
    void aDanglingLinkGetsItsFileCreated() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), Path.of("reports/today.json"));
        AtomicFile.writeString(link, "{}");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("{}", Files.readString(dir.resolve("reports/today.json")));
    }

    @Test
    void aLinkLoopIsRefusedNamingTheFile() throws Exception {
        Path a = dir.resolve("a.xlf");
        Files.createSymbolicLink(a, Path.of("b.xlf"));
        Files.createSymbolicLink(dir.resolve("b.xlf"), Path.of("a.xlf"));
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFile.writeString(a, "x"));
        assertEquals(a + ": cannot write: too many levels of symbolic links", e.getMessage());
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftAlone() throws Exception {
        Path f = Files.writeString(dir.resolve("final.xlf"), "signed off");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFile.writeString(f, "new"));
        assertEquals(f + ": cannot write: read-only file (left unchanged; make it writable to replace it)", e.getMessage());
        assertEquals("signed off", Files.readString(f));
        assertEquals(1, entries(dir));
    }

    @Test
    void aDirectoryInTheWayIsRefused() throws Exception {
        Path d = Files.createDirectory(dir.resolve("qa-report.json"));
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFile.writeString(d, "{}"));
        assertEquals(d + ": cannot write: is a directory", e.getMessage());
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsNamedAsSuch() throws Exception {
        Path out = Files.writeString(dir.resolve("out"), "a file");
        for (Path target : List.of(out.resolve("x.xlf"), out.resolve("en/x.xlf"))) {
            FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFile.writeString(target, "x"));
            assertEquals(out + ": is a file, not a directory", e.getMessage());
        }
        assertEquals("a file", Files.readString(out));
        assertEquals(1, entries(dir));
    }

    @Test
    void aFifoInTheWayIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("out.xlf");
        assumeTrue(mkfifo(fifo), "mkfifo is not available: the FIFO case is not tested");
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFile.writeString(fifo, "x"));
        assertEquals(fifo + ": cannot write: not a regular file", e.getMessage());
        assertFalse(Files.isRegularFile(fifo));
    }

    static boolean mkfifo(Path fifo) {
        try {
            return new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long entries(Path d) {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
