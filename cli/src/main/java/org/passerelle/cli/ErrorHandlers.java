package org.passerelle.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.passerelle.core.InputException;
import org.passerelle.core.IoProblem;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns failures into one line on stderr and an exit code: users read the line, CI reads the code. */
final class ErrorHandlers {
    private ErrorHandlers() {
    }

    static int usageError(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println("passerelle: " + ex.getMessage() + " (see '"
                + cl.getCommandSpec().qualifiedName() + " --help')");
        return ExitCode.BAD_INPUT;
    }

    static int executionError(Exception ex, CommandLine cl, ParseResult parsed) {
        Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (cause instanceof InputException ie) {
            cl.getErr().println("passerelle: " + ie.oneLine());
            return ExitCode.BAD_INPUT;
        }
        if (cause instanceof NoSuchFileException nf) {
            cl.getErr().println("passerelle: " + nf.getFile() + ": no such file");
            return ExitCode.BAD_INPUT;
        }
        if (cause instanceof IOException io) {
            cl.getErr().println("passerelle: " + IoProblem.oneLine(io));
            return ExitCode.BAD_INPUT;
        }
        cl.getErr().println("passerelle: internal error: " + ex);
        ex.printStackTrace(cl.getErr());
        return ExitCode.INTERNAL_ERROR;
    }
}
