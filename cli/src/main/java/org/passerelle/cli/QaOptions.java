package org.passerelle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.passerelle.core.InputException;
import org.passerelle.core.InputFile;
import org.passerelle.qa.QaProgress;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.gate.GateRun;
import org.passerelle.qa.remote.UserCache;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every command that runs the QA gate shares (qa, publish), and the engine they make. */
final class QaOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--termbase", paramLabel = "TBX", description = "Termbase for the term.* checks.")
    Path termbase;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "QA profile: checks on/off, severities, parameters (default: the built-in profile).")
    Path profile;

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "Reviewed false alarms, per unit and check, with a reason.")
    Path suppressions;

    @Option(names = "--cache", paramLabel = "FILE",
            description = "Keep LanguageTool results and each file's findings here between runs, so unchanged files "
                    + "and text cost nothing, and publish reuses what qa found (default: "
                    + "${XDG_CACHE_HOME:-~/.cache}/passerelle/qa-cache.json, or $PASSERELLE_CACHE_DIR/qa-cache.json).")
    Path cache;

    @Option(names = "--no-cache", description = "Keep nothing between runs: check every file and text again.")
    boolean noCache;

    @Option(names = "--server", defaultValue = "auto", paramLabel = "URL",
            description = "Check in a running 'passerelle serve' at URL; 'auto' (default) uses the one this user started,"
                    + " if it answers; 'off' always checks in this process. Falls back to this process when the service"
                    + " is not there or refuses.")
    String server;

    @Option(names = "--target-lang", paramLabel = "TAG",
            description = "Target language of files that do not declare one (an XLIFF 1.2 <file> without "
                    + "target-language); files that declare theirs keep it.")
    String targetLang;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings accepted for now (written by qa --write-baseline): they are suppressed, only new "
                    + "ones count, and the run says which of them are fixed.")
    Path baselineFile;

    /**
     * The run's settings read and checked (a termbase with errors is one warning on stderr): its
     * engine for a run here, or its {@link GateRun#run} in a running service when there is one.
     */
    GateRun gate() throws InputException {
        Path cacheFile = null;
        if (!noCache) {
            cacheFile = cache != null ? cache : UserCache.file();
            InputFile.refuseIfSpecial(cacheFile);
        }
        PrintWriter err = mixee.commandLine().getErr();
        return GateRun.load(new GateRun.Settings(termbase, profile, suppressions, baselineFile, targetLang, cacheFile,
                server), w -> err.println("passerelle: warning: " + w));
    }

    /**
     * Runs the QA with the settings {@link #gate} read, in the running service when there is one that
     * accepts the files, else here (a refusing service is one line on stderr first).
     *
     * @param progress the bar a run here moves, or null
     */
    void run(GateRun run, List<Path> paths, List<ReportListener> listeners, QaProgress progress) throws InputException {
        PrintWriter err = mixee.commandLine().getErr();
        run.run(paths, listeners, progress, w -> err.println("passerelle: " + w));
    }
}
