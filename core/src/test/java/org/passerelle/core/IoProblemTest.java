package org.passerelle.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IoProblemTest {
    @Test
    void theJdksReasonlessExceptionsGetAReason() {
        assertEquals("out/x.xlf: permission denied", IoProblem.oneLine(new AccessDeniedException("out/x.xlf")));
    }

    @Test
    void theSystemsReasonIsKeptInLowerCase() {
        assertEquals("out/x.xlf: no space left on device",
                IoProblem.oneLine(new FileSystemException("out/x.xlf", null, "No space left on device")));
        assertEquals("no space left on device", IoProblem.oneLine(new IOException("No space left on device")));
    }

    @Test
    void aMessageOverSeveralLinesBecomesOne() {
        assertEquals("first line second line", IoProblem.reason(new IOException("first line\n\tsecond line\n")));
    }

    /** "already exists" is what the JDK says both for a directory where a file is and a file where a directory is. */
    @Test
    void whatIsInTheWayIsSaid(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "x");
        assertEquals(file + ": is a file, not a directory", IoProblem.oneLine(new FileAlreadyExistsException(file.toString())));
        assertEquals(dir + ": is a directory, not a file", IoProblem.oneLine(new FileAlreadyExistsException(dir.toString())));
        assertEquals("gone: already exists", IoProblem.oneLine(new FileAlreadyExistsException("gone")));
    }
}
