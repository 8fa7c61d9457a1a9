package org.passerelle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.passerelle.core.InputException;
import org.passerelle.core.InputFile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A subcommand: it writes to picocli's console (the tests capture it) and reports usage errors through it. */
public abstract class PasserelleCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /**
     * Refuses at once, before any slow start, an input that is missing or not a regular file: a
     * FIFO would hang the command, a directory would pass for an empty file.
     */
    protected static void requireFiles(List<Path> files) throws InputException {
        for (Path file : files) {
            InputFile.require(file);
        }
    }

    /** A usage error (exit 2, with the pointer to {@code --help}), to throw. */
    protected ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
