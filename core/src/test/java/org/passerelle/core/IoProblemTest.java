package org.passerelle.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

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
}
