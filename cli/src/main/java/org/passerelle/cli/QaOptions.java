package org.passerelle.cli;

import java.nio.file.Path;
import org.passerelle.core.InputException;
import org.passerelle.cli.glossary.CheckedTermbase;
import org.passerelle.core.InputFile;
import org.passerelle.qa.Baseline;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaProgress;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.Suppressions;
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
            description = "Keep LanguageTool results here between runs, so unchanged segments cost nothing "
                    + "(default with --report: DIR/.qa-cache.json).")
    Path cache;

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
        return engine(null, null);
    }

    /**
     * @param reportDir where the reports go, or null; the LanguageTool cache defaults to it
     * @param progress  the bar to move, or null
     */
    QaEngine engine(Path reportDir, QaProgress progress) throws InputException {
        QaEngine.Builder b = QaEngine.builder().targetLanguage(targetLang);
        if (progress != null) {
            b.progress(progress);
        }
        Path cacheFile = cache != null ? cache : reportDir == null ? null : reportDir.resolve(".qa-cache.json");
        if (cacheFile != null) {
            InputFile.refuseIfSpecial(cacheFile);
            b.cacheFile(cacheFile);
        }
        if (termbase != null) {
            b.termbase(CheckedTermbase.read(termbase, mixee.commandLine().getErr()));
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
