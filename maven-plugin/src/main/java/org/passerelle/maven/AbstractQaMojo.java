package org.passerelle.maven;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.passerelle.core.InputException;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Suppressions;
import org.passerelle.qa.gate.GateSummary;
import org.passerelle.qa.gate.ReportFormat;
import org.passerelle.qa.remote.RemoteQa;

/** What the goals that run the QA engine (qa, publish) share: the XLIFF inputs and the engine's settings. */
abstract class AbstractQaMojo extends AbstractPasserelleMojo {
    /** Where translated XLIFF lives when neither {@code files} nor {@code directories} is set. */
    static final String DEFAULT_XLIFF_DIRECTORY = "src/main/xliff";

    /** XLIFF files to check. */
    @Parameter(property = "passerelle.files")
    List<File> files;

    /**
     * Directories searched (recursively) for *.xlf, *.xliff, *.xlf2, *.xliff2, *.sdlxliff and *.mqxliff.
     * When neither this nor {@code files} is set: {@code src/main/xliff}, skipped with a warning if it
     * does not exist.
     */
    @Parameter(property = "passerelle.directories")
    List<File> directories;

    /** Termbase (TBX v3, TBX v2 or CSV) for the term.* checks; without it they do not run. */
    @Parameter(property = "passerelle.termbase")
    File termbase;

    /** QA profile: checks on and off, severities, parameters. Default: the built-in profile. */
    @Parameter(property = "passerelle.profile")
    File profile;

    /** Reviewed false alarms ({@code [file:]unit-id check-id reason} per line). */
    @Parameter(property = "passerelle.suppressions")
    File suppressions;

    /**
     * LanguageTool results kept between builds: text that did not change since the last build is not
     * checked again (the spelling and grammar checks cost seconds per language otherwise).
     */
    @Parameter(property = "passerelle.cacheFile", defaultValue = "${project.build.directory}/passerelle/lt-cache.json")
    File cacheFile;

    /**
     * Target language of files that do not declare one (an XLIFF 1.2 {@code <file>} without
     * {@code target-language}); files that declare theirs keep it.
     */
    @Parameter(property = "passerelle.targetLanguage")
    String targetLanguage;

    /**
     * A running {@code passerelle serve} to check in, like a build daemon: {@code auto} uses the one
     * this user started if it answers, a URL names one, {@code off} always checks in the Maven
     * process. The build checks in its own process when the service is absent or refuses.
     */
    @Parameter(property = "passerelle.server", defaultValue = "auto")
    String server;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    AbstractQaMojo(String goal) {
        super(goal);
    }

    /** The XLIFF files to work on; empty (after a warning) when the default directory does not exist. */
    List<Path> inputs() throws InputException {
        boolean configured = files != null && !files.isEmpty() || directories != null && !directories.isEmpty();
        if (configured) {
            return XliffInputs.expand(files, directories);
        }
        File dir = new File(basedir, DEFAULT_XLIFF_DIRECTORY);
        if (!dir.isDirectory()) {
            getLog().warn("No XLIFF to work on: " + DisplayPath.of(dir.toPath())
                    + " does not exist (set <files> or <directories>)");
            return List.of();
        }
        return XliffInputs.expand(files, List.of(dir));
    }

    /** The engine with this goal's termbase, profile and suppressions (paths shortened for error messages). */
    QaEngine engine() throws InputException {
        QaEngine.Builder b = QaEngine.builder().targetLanguage(targetLanguage);
        if (termbase != null) {
            b.termbase(DisplayPath.of(termbase.toPath()));
        }
        if (profile != null) {
            b.profile(Profile.load(DisplayPath.of(profile.toPath())));
        }
        if (suppressions != null) {
            b.suppressions(Suppressions.load(DisplayPath.of(suppressions.toPath())));
        }
        if (cacheFile != null) {
            b.cacheFile(DisplayPath.of(cacheFile.toPath()));
        }
        return b.build();
    }

    /**
     * Runs the QA on the inputs, in the running service when there is one that accepts them, else
     * with this goal's engine, and returns what the gate makes of it; says in the log where it ran
     * and what came from the cache (and whether LanguageTool had to start at all).
     *
     * @param log        listeners that need only the findings (the Maven log)
     * @param reportDir  where the report files go, or null for none
     * @param formats    the report files' formats
     */
    GateSummary check(List<Path> inputs, List<ReportListener> log, Path reportDir, List<ReportFormat> formats)
            throws MojoExecutionException, InputException {
        Optional<RemoteQa> remote = RemoteQa.chosen(server, Duration.ofMinutes(30));
        if (remote.isPresent()) {
            GateSummary gate = new GateSummary();
            try {
                remote.get().run(inputs, new RemoteQa.Settings(path(termbase), path(profile), path(suppressions),
                        targetLanguage, reportDir, formats.stream().map(ReportFormat::name).toList()), with(log, gate));
                getLog().info("Passerelle QA ran in the service at " + remote.get().url());
                return gate;
            } catch (RemoteQa.RemoteException e) {
                getLog().warn("The service at " + remote.get().url() + " did not check: " + e.getMessage()
                        + "; checking in this build");
            }
        }
        GateSummary gate = new GateSummary();
        List<ReportListener> listeners = with(log, gate);
        if (reportDir != null) {
            formats.forEach(f -> listeners.add(f.listener(reportDir)));
        }
        QaEngine engine = engine();
        try {
            engine.run(inputs, listeners);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage() + ": " + e.getCause().getMessage(), e);
        }
        if (cacheFile != null) {
            getLog().info("QA cache " + DisplayPath.of(cacheFile.toPath()) + ": " + engine.lastRun().line());
        }
        return gate;
    }

    private static List<ReportListener> with(List<ReportListener> log, GateSummary gate) {
        List<ReportListener> listeners = new ArrayList<>(log);
        listeners.add(gate);
        return listeners;
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}
