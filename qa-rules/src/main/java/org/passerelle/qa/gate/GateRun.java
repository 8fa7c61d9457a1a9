package org.passerelle.qa.gate;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Termbase;
import org.passerelle.qa.Baseline;
import org.passerelle.qa.CacheUse;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.QaProgress;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Suppressions;
import org.passerelle.qa.remote.RemoteQa;

/**
 * One run of the QA gate as {@code qa}, {@code publish} and the Maven goals make it: the settings'
 * files read and checked first (bad input is the caller's one-line error, whichever way the run
 * goes), then the files checked in a running {@code passerelle serve} when one answers and accepts
 * them, like a build daemon, else in this process. The listeners see the same run either way.
 */
public final class GateRun {
    /** A whole build may wait on the service; only a service that does not answer its health check is skipped. */
    private static final Duration SERVICE_TIMEOUT = Duration.ofMinutes(30);

    /**
     * What a run is given; null values are not used.
     *
     * @param cacheFile where the QA cache lives, or null to keep nothing between runs
     * @param server    {@code auto} (the service this user started, if it answers), a URL, or {@code off}
     */
    public record Settings(Path termbase, Path profile, Path suppressions, Path baseline, String targetLanguage,
                           Path cacheFile, String server) {
    }

    /**
     * Where the run was checked and what it took from the cache.
     *
     * @param service  the service's URL, or null when it ran in this process
     * @param cacheUse what the engine that checked reused (null if a service did not say)
     */
    public record Outcome(URI service, CacheUse cacheUse) {
        /**
         * "QA checked in the service at http://127.0.0.1:8089/: findings reused for 3 of 4 files;
         * LanguageTool checked 2 new texts (en-GB 2); 40 answered from the cache", or for a run here
         * "QA cache target/passerelle/lt-cache.json: findings reused …".
         */
        public String line(Path cacheFile) {
            String where = service != null ? "QA checked in the service at " + service
                    : cacheFile != null ? "QA cache " + cacheFile : "QA checked without a cache";
            return where + (cacheUse == null ? "" : ": " + cacheUse.line());
        }
    }

    private final Settings settings;
    private final Termbase termbase;
    private final Profile profile;
    private final Suppressions suppressions;
    private final Baseline baseline;

    private GateRun(Settings settings, Termbase termbase, Profile profile, Suppressions suppressions, Baseline baseline) {
        this.settings = settings;
        this.termbase = termbase;
        this.profile = profile;
        this.suppressions = suppressions;
        this.baseline = baseline;
    }

    /**
     * Reads the termbase (a termbase with errors is one warning), the profile, the suppressions and
     * the baseline.
     *
     * @throws InputException when one of them is missing or not what it should be
     */
    public static GateRun load(Settings settings, Consumer<String> warnings) throws InputException {
        Termbase termbase = settings.termbase() == null ? null : CheckedTermbase.read(settings.termbase(), warnings);
        Profile profile = settings.profile() != null ? Profile.load(settings.profile()) : Profile.defaults();
        Suppressions suppressions = settings.suppressions() != null
                ? Suppressions.load(settings.suppressions(), profile.checkIds()) : Suppressions.none();
        Baseline baseline = settings.baseline() != null ? Baseline.load(settings.baseline()) : null;
        return new GateRun(settings, termbase, profile, suppressions, baseline);
    }

    /** The suppressions file's lines (and notes), for what the run says about them at its end. */
    public Suppressions suppressions() {
        return suppressions;
    }

    /** The baseline the run filters with, or null. */
    public Baseline baseline() {
        return baseline;
    }

    /** An engine that checks in this process with these settings (also for a process that keeps one, qa --watch). */
    public QaEngine engine(QaProgress progress) {
        QaEngine.Builder b = QaEngine.builder().targetLanguage(settings.targetLanguage()).profile(profile)
                .suppressions(suppressions.with(baseline));
        if (termbase != null) {
            b.termbase(settings.termbase(), termbase);
        }
        if (settings.cacheFile() != null) {
            b.cacheFile(settings.cacheFile());
        }
        if (progress != null) {
            b.progress(progress);
        }
        return b.build();
    }

    /** The service the settings choose ({@code --server}) if it answers its health check; empty otherwise. */
    public Optional<RemoteQa> service() {
        return RemoteQa.chosen(settings.server(), SERVICE_TIMEOUT);
    }

    /**
     * Checks {@code files} in the chosen service, or here when there is none, it refuses or breaks
     * off (one warning says why, before the run here).
     *
     * @param files    XLIFF files, directories expanded
     * @param progress the bar a run here moves, or null
     * @throws InputException when a file given cannot be checked at all (a run here says so)
     */
    public Outcome run(List<Path> files, List<ReportListener> listeners, QaProgress progress, Consumer<String> warnings)
            throws InputException {
        Optional<RemoteQa> remote = service();
        if (remote.isPresent()) {
            try {
                return runIn(remote.get(), files, listeners, progress, warnings);
            } catch (RemoteQa.RemoteException e) {
                warnings.accept(fallingBack(remote.get(), e));
            }
        }
        QaEngine engine = engine(progress);
        engine.run(files, listeners);
        return new Outcome(null, engine.lastRun());
    }

    /**
     * Checks {@code files} in {@code service}. A service still starting LanguageTool is waited for
     * (one line says so, and the bar names the wait): it is further on than a start here would be,
     * and both at once would share the same cores.
     *
     * @throws RemoteQa.RemoteException when it refused or broke off; nothing reached the listeners then
     */
    public Outcome runIn(RemoteQa service, List<Path> files, List<ReportListener> listeners, QaProgress progress,
                         Consumer<String> warnings) throws RemoteQa.RemoteException {
        if (!service.warming().isEmpty()) {
            warnings.accept("the service at " + service.url() + " is still starting LanguageTool ("
                    + String.join(", ", service.warming()) + "); waiting for it");
            if (progress != null) {
                progress.phase("the service is starting LanguageTool");
            }
        }
        RemoteQa.Answer answer = service.run(files, new RemoteQa.Settings(settings.termbase(), settings.profile(),
                settings.suppressions(), settings.targetLanguage()), baseline, listeners);
        return new Outcome(service.url(), answer.cacheUse());
    }

    /** The one line that says a service did not check and why: the run goes on in this process. */
    public static String fallingBack(RemoteQa service, RemoteQa.RemoteException e) {
        return "the service at " + service.url() + " did not check: " + e.getMessage() + "; checking in this process";
    }
}
