package org.passerelle.cli;

import java.io.PrintWriter;
import org.passerelle.cli.glossary.GlossaryCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code passerelle} command: picocli front end over extraction, XLIFF, QA, publishing and the termbase. */
@Command(name = "passerelle",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "French news articles to XLIFF, a QA gate for EN and VI translations, and publishing.",
        subcommands = {
            ExtractCommand.class, PrepareCommand.class, PseudoCommand.class, QaCommand.class,
            PublishCommand.class, GlossaryCommand.class, RunCommand.class, ServeCommand.class, CommandLine.HelpCommand.class
        },
        footer = {"", "Exit codes: 0 clean, 1 QA findings at or above --fail-on (or publishing stopped),"
                + " 2 bad usage or bad input, 3 internal error (a bug: please report it)."})
public final class Passerelle implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Lets the libraries speak (Okapi's filter remarks, LanguageTool, Tika): the console is the
     * user's, so they are silent unless asked. Set while the command line is parsed, before any
     * library has made its logger.
     */
    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show what the libraries (Okapi, LanguageTool, Tika) log, on stderr.")
    void verbose(boolean on) {
        if (on) {
            LibraryLogging.verbose();
        }
    }

    /** Set while the command line is parsed, before the command runs; reset by {@link #execute}. */
    @CommandLine.Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Print only the verdict and errors: no progress bar, no findings, no notes.")
    void quiet(boolean on) {
        Terminal.quiet(on);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(out, err, args);
        // A PrintWriter swallows its stream's errors: without this, "extract a.txt > full/a.json"
        // would exit 0 with the article cut short.
        if (out.checkError()) {
            err.println("passerelle: standard output: cannot write (a full disk, or a closed pipe): the output is incomplete");
            code = ExitCode.BAD_INPUT;
        }
        System.exit(code);
    }

    /** Runs a command line with the given streams and returns the exit code (used by tests too). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        Terminal.quiet(false);
        CommandLine cl = new CommandLine(new Passerelle());
        // picocli's own colours follow the same rule as ours (NO_COLOR, TERM=dumb, CI, pipes)
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(Terminal.color() ? CommandLine.Help.Ansi.AUTO
                : CommandLine.Help.Ansi.OFF));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(ErrorHandlers::usageError);
        cl.setExecutionExceptionHandler(ErrorHandlers::executionError);
        return cl.execute(args);
    }
}
