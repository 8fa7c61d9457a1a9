package org.passerelle.maven;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.passerelle.core.InputException;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Suppressions;
import org.passerelle.qa.gate.GateSummary;

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
     * Runs this goal's engine on the inputs with {@code reports} and returns what the gate makes of it;
     * says in the log what came from the cache (and whether LanguageTool had to start at all).
     */
    GateSummary check(List<Path> inputs, List<ReportListener> reports) throws MojoExecutionException, InputException {
        QaEngine engine = engine();
        GateSummary gate = new GateSummary();
        List<ReportListener> listeners = new ArrayList<>(reports);
        listeners.add(gate);
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
}
