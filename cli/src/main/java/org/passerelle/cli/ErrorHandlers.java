package org.passerelle.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import org.passerelle.core.InputException;
import org.passerelle.core.IoProblem;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Turns failures into one line on stderr and an exit code: users read the line, CI reads the code. */
final class ErrorHandlers {
    private ErrorHandlers() {
    }

    static int usageError(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println("passerelle: " + usageMessage(ex) + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        return ExitCode.BAD_INPUT;
    }

    /** picocli's message, with "did you mean" for a mistyped command or option. */
    private static String usageMessage(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return ex.getMessage();
        }
        String typed = unmatched.getUnmatched().get(0);
        List<String> suggestions = unmatched.getSuggestions();
        String hint = suggestions.isEmpty() ? "" : "; did you mean '" + String.join("' or '",
                suggestions.subList(0, Math.min(2, suggestions.size()))) + "'?";
        if (typed.startsWith("-")) {
            return "unknown option '" + typed + "'" + hint;
        }
        boolean expectsCommand = !ex.getCommandLine().getSubcommands().isEmpty();
        return (expectsCommand ? "unknown command '" : "unexpected argument '") + typed + "'" + hint;
    }

    static int executionError(Exception ex, CommandLine cl, ParseResult parsed) {
        Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (cause instanceof InputException ie) {
            cl.getErr().println("passerelle: " + ie.oneLine());
            return ExitCode.BAD_INPUT;
        }
        if (cause instanceof FileSystemException fs) {
            cl.getErr().println("passerelle: " + fileProblem(fs));
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

    /** "/etc/passwd: is a file, not a directory": the path and what is wrong with it (Java says only the path). */
    static String fileProblem(FileSystemException e) {
        Path path = e.getFile() == null ? null : Path.of(e.getFile());
        if (isTemporary(path)) {
            // AtomicFile's ".name.123.tmp": the file it was to replace, or its directory, is the problem.
            if (e.getOtherFile() != null) {
                path = Path.of(e.getOtherFile());
            } else if (path.getParent() != null) {
                return path.getParent() + ": " + IoProblem.reason(e, path.getParent()) + " (cannot create a file in it)";
            }
        }
        return (path == null ? "<file>" : path.toString()) + ": " + IoProblem.reason(e, path);
    }

    private static boolean isTemporary(Path path) {
        return path != null && path.getFileName() != null && path.getFileName().toString().startsWith(".")
                && path.toString().endsWith(".tmp");
    }
}
