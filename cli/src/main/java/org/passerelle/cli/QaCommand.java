package org.passerelle.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.InputException;
import org.passerelle.qa.Profile;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.gate.FailOn;
import org.passerelle.qa.gate.GateSummary;
import org.passerelle.qa.gate.ReportFormat;
import org.passerelle.qa.gate.ReportFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "qa", mixinStandardHelpOptions = true,
        description = {"Check translated XLIFF and gate the build on the findings.",
            "Reads any valid XLIFF 1.2/2.x; directories are searched for *.xlf, *.xliff, *.xlf2, *.xliff2, "
                    + "*.sdlxliff, *.mqxliff."})
final class QaCommand extends PasserelleCommand {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "XLIFF files or directories.")
    List<Path> paths;

    @Option(names = "--init-profile", paramLabel = "FILE",
            description = "Write the commented default profile to FILE (to edit and pass with --profile), then exit.")
    Path initProfile;

    @Mixin
    QaOptions qa;

    @Option(names = "--report", paramLabel = "DIR", description = "Write the report files into DIR.")
    Path reportDir;

    @Option(names = "--format", split = ",", defaultValue = "text,json", paramLabel = "FORMAT",
            converter = GateConverters.FormatConverter.class,
            description = "Any of text, json, html, junit, sarif (default: ${DEFAULT-VALUE}). "
                    + "Text goes to the console; with --report every format is also written as a file.")
    List<ReportFormat> formats;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            converter = GateConverters.FailOnConverter.class,
            description = "error, warning, info or never (default: ${DEFAULT-VALUE}): exit 1 when findings reach it.")
    FailOn failOn;

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
        GateSummary gate = new GateSummary();
        List<ReportListener> listeners = new ArrayList<>(List.of(gate));
        if (formats.contains(ReportFormats.TEXT)) {
            listeners.add(new ConsoleReport(out()));
        }
        if (qa.targetLang != null) {
            LanguageTags.requireValid(spec.commandLine(), "--target-lang", qa.targetLang);
        }
        if (watch) {
            return new QaWatch(qa, paths, out()).run();
        }
        try (Progress progress = Progress.unbounded("qa")) {
            qa.run(paths, listeners, reportDir, formats, progress, spec.commandLine().getErr());
        }
        out().println(gate.decision(failOn, "--fail-on"));
        if (!gate.unreadable().isEmpty()) {
            // Bad input wins over findings: the reports are written, each bad file is one line here.
            gate.unreadable().forEach(e -> spec.commandLine().getErr().println("passerelle: " + e.oneLine()));
            return ExitCode.BAD_INPUT;
        }
        return gate.fails(failOn) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
