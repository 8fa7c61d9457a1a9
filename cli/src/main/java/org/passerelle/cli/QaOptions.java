package org.passerelle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.passerelle.cli.glossary.CheckedTermbase;
import org.passerelle.core.InputException;
import org.passerelle.core.InputFile;
import org.passerelle.qa.Baseline;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.QaProgress;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Suppressions;
import org.passerelle.qa.remote.RemoteQa;
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

    /** What the last {@link #engine} filters with, for what the run says at its end. */
    private Suppressions filters = Suppressions.none();
    private Baseline baseline;

    QaEngine engine() throws InputException {
        return engine(null);
    }

    /**
     * Runs the QA in the running service when there is one, the run may go there and the service
     * accepts it, else with {@code local}. A run with a baseline, or one that writes report files
     * (their writers need the whole run, which the service does not replay), stays here.
     *
     * @param err where a refusing service's reason goes before the run falls back
     */
    void run(List<Path> paths, List<ReportListener> listeners, QaEngine local, boolean remoteAllowed, PrintWriter err)
            throws InputException {
        Optional<RemoteQa> remote = remoteAllowed && baselineFile == null ? service() : Optional.empty();
        if (remote.isPresent()) {
            try {
                remote.get().run(paths, new RemoteQa.Settings(termbase, profile, suppressions, targetLang, null, null),
                        listeners);
                return;
            } catch (RemoteQa.RemoteException e) {
                err.println("passerelle: the service at " + remote.get().url() + " did not check: " + e.getMessage()
                        + "; checking here");
            }
        }
        local.run(paths, listeners);
    }

    private Optional<RemoteQa> service() {
        return RemoteQa.chosen(server, Duration.ofMinutes(30));
    }

    /** @param progress the bar to move, or null */
    QaEngine engine(QaProgress progress) throws InputException {
        QaEngine.Builder b = QaEngine.builder().targetLanguage(targetLang);
        if (progress != null) {
            b.progress(progress);
        }
        if (!noCache) {
            Path cacheFile = cache != null ? cache : UserCache.file();
            InputFile.refuseIfSpecial(cacheFile);
            b.cacheFile(cacheFile);
        }
        if (termbase != null) {
            // With its file, so that the termbase's bytes key the cached findings of each file.
            b.termbase(CheckedTermbase.read(termbase, mixee.commandLine().getErr()), termbase);
        }
        Profile loaded = profile != null ? Profile.load(profile) : Profile.defaults();
        b.profile(loaded);
        filters = suppressions != null ? Suppressions.load(suppressions, loaded.checkIds()) : Suppressions.none();
        baseline = baselineFile != null ? Baseline.load(baselineFile) : null;
        b.suppressions(filters.with(baseline));
        return b.build();
    }

    /** The suppressions file's lines (and notes), as the last engine used them. */
    Suppressions suppressions() {
        return filters;
    }

    /** The baseline the last engine filtered with, or null. */
    Baseline baseline() {
        return baseline;
    }
}
