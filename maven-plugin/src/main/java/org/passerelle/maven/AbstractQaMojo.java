package org.passerelle.maven;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.passerelle.core.InputException;
import org.passerelle.qa.Baseline;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.XliffFiles;
import org.passerelle.qa.gate.GateRun;
import org.passerelle.qa.gate.GateSummary;
import org.passerelle.qa.gate.SuppressionAudit;

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
     * Findings accepted for now, written by {@code passerelle qa --write-baseline FILE}: they are
     * suppressed, only new ones count, and the log lists the ones fixed since.
     */
    @Parameter(property = "passerelle.baseline")
    File baseline;

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

    /**
     * The XLIFF files to work on; empty (after a warning) when the default directory does not exist.
     *
     * @throws InputException when a directory holds no XLIFF file: a gate that checked nothing must not pass
     */
    List<Path> inputs() throws InputException {
        boolean configured = files != null && !files.isEmpty() || directories != null && !directories.isEmpty();
        List<File> searched = configured ? directories : List.of(new File(basedir, DEFAULT_XLIFF_DIRECTORY));
        if (!configured && !searched.get(0).isDirectory()) {
            getLog().warn("No XLIFF to work on: " + DisplayPath.of(searched.get(0).toPath())
                    + " does not exist (set <files> or <directories>)");
            return List.of();
        }
        List<Path> found = XliffInputs.expand(files, searched);
        if (found.isEmpty()) {
            throw XliffFiles.noneIn(DisplayPath.of(searched == null || searched.isEmpty() ? basedir.toPath()
                    : searched.get(0).toPath()));
        }
        return found;
    }

    /**
     * Runs the QA on the inputs with {@code reports}, in a running {@code passerelle serve} when one
     * answers and accepts them, else in the build's own process, and returns what the gate makes of
     * it. The log says where it ran and, from the engine that checked, what it took from the cache and
     * whether LanguageTool had to start (for which languages); a termbase with errors is a warning.
     */
    GateSummary check(List<Path> inputs, List<ReportListener> reports) throws MojoExecutionException, InputException {
        Path cache = cacheFile == null ? null : DisplayPath.of(cacheFile.toPath());
        GateRun run = GateRun.load(new GateRun.Settings(shown(termbase), shown(profile), shown(suppressions),
                shown(baseline), targetLanguage, cache, server), getLog()::warn);
        GateSummary gate = new GateSummary();
        SuppressionAudit audit = new SuppressionAudit(run.suppressions());
        List<ReportListener> listeners = new ArrayList<>(reports);
        listeners.add(gate);
        listeners.add(audit);
        GateRun.Outcome outcome;
        try {
            outcome = run.run(inputs, listeners, null, getLog()::warn);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage() + ": " + e.getCause().getMessage(), e);
        }
        getLog().info(outcome.line(cache));
        audit.warnings().forEach(getLog()::warn);
        Baseline known = run.baseline();
        if (known != null && !known.fixed().isEmpty()) {
            getLog().info(known.fixed().size() + " finding(s) of the baseline " + known.file() + " are fixed:");
            known.fixed().forEach(f -> getLog().info("  fixed: " + f.file() + ":" + f.unit() + ": " + f.check() + ": "
                    + f.message()));
        }
        return gate;
    }

    /** A configured file as error messages name it (relative to where Maven runs). */
    private static Path shown(File file) {
        return file == null ? null : DisplayPath.of(file.toPath());
    }
}
