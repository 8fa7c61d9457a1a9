package org.passerelle.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.passerelle.core.InputException;
import org.passerelle.qa.Profile;
import org.passerelle.qa.gate.GateInputs;
import org.passerelle.qa.gate.GateRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "qa", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        description = {"Check translated XLIFF and gate the build on the findings.",
            "Reads any valid XLIFF 1.2/2.x; directories are searched for",
            "*.xlf, *.xliff, *.xlf2, *.xliff2, *.sdlxliff and *.mqxliff.",
            "Exit 0 when the gate passes, 1 when findings reach --fail-on, 2 on bad input."})
final class QaCommand extends PasserelleCommand {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "XLIFF files or directories.")
    List<Path> paths;

    @Option(names = "--init-profile", paramLabel = "FILE",
            description = "Write the commented default profile to FILE (to edit and pass with --profile), then exit.")
    Path initProfile;

    @Mixin
    QaOptions qa;

    @Mixin
    ReportOptions reporting;

    @Option(names = "--watch", description = "Keep running: check again whenever an XLIFF file is saved and print"
            + " only what changed (new and fixed findings). Ctrl-C stops it.")
    boolean watch;

    @Override
    public Integer call() throws IOException, InputException {
        if (initProfile != null) {
            Profile.writeDefault(initProfile);
            out().println("wrote the default profile to " + initProfile);
            return ExitCode.CLEAN;
        }
        if (paths == null || paths.isEmpty()) {
            throw usageError("Missing required parameter: 'PATH'");
        }
        if (qa.targetLang != null) {
            LanguageTags.requireValid(spec.commandLine(), "--target-lang", qa.targetLang);
        }
        if (reporting.writeBaseline != null && qa.baselineFile != null) {
            throw usageError("--write-baseline records every finding; drop --baseline");
        }
        List<Path> files = GateInputs.files(paths);
        if (watch) {
            return new QaWatch(qa.gate(), files, out(), spec.commandLine().getErr()).run();
        }
        QaReports reports = reporting.open(spec);
        try (QaProgressBar bar = new QaProgressBar()) {
            GateRun run = qa.gate();
            reports.filters(run.suppressions(), run.baseline());
            qa.run(run, files, reports.listeners(bar), bar);
        }
        return reports.conclude();
    }
}
