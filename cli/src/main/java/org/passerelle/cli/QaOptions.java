package org.passerelle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.passerelle.core.InputException;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Suppressions;
import org.passerelle.qa.gate.ReportFormat;
import org.passerelle.qa.remote.RemoteQa;
import org.passerelle.qa.remote.UserCache;
import picocli.CommandLine.Option;

/** The options every command that runs the QA gate shares (qa, publish), and the engine they make. */
final class QaOptions {
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

    QaEngine engine() throws InputException {
        return engine(null);
    }

    /**
     * Runs the QA in the running service when there is one and it accepts the request, else here.
     *
     * @param reportDir where report files go (written by whichever runs the check), or null
     * @param formats   the report files' formats
     * @param err       where a refusing service's reason goes before the run falls back
     */
    void run(List<Path> paths, List<ReportListener> listeners, Path reportDir, List<ReportFormat> formats,
             Progress progress, PrintWriter err) throws InputException {
        Optional<RemoteQa> remote = service();
        if (remote.isPresent()) {
            try {
                remote.get().run(paths, new RemoteQa.Settings(termbase, profile, suppressions, targetLang, reportDir,
                        formats.stream().map(ReportFormat::name).toList()), listeners);
                return;
            } catch (RemoteQa.RemoteException e) {
                err.println("passerelle: the service at " + remote.get().url() + " did not check: " + e.getMessage()
                        + "; checking here");
            }
        }
        List<ReportListener> all = new ArrayList<>(listeners);
        if (reportDir != null) {
            formats.forEach(f -> all.add(f.listener(reportDir)));
        }
        engine(progress).run(paths, all);
    }

    private Optional<RemoteQa> service() {
        return RemoteQa.chosen(server, Duration.ofMinutes(30));
    }

    /**
     * @param progress the bar to move, or null
     */
    QaEngine engine(Progress progress) throws InputException {
        QaEngine.Builder b = QaEngine.builder().targetLanguage(targetLang);
        if (progress != null) {
            b.progress(progress::to);
        }
        if (!noCache) {
            b.cacheFile(cache != null ? cache : UserCache.file());
        }
        if (termbase != null) {
            b.termbase(termbase);
        }
        if (profile != null) {
            b.profile(Profile.load(profile));
        }
        if (suppressions != null) {
            b.suppressions(Suppressions.load(suppressions));
        }
        return b.build();
    }
}
