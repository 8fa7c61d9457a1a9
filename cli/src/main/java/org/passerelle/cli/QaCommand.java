package org.passerelle.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.passerelle.core.InputException;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "qa", mixinStandardHelpOptions = true,
        description = {"Check translated XLIFF and gate the build on the findings.",
            "Reads any valid XLIFF 1.2/2.x; directories are searched for *.xlf, *.xliff, *.sdlxliff, *.mqxliff."})
final class QaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

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
            description = "Any of text, json, html, junit, sarif (default: ${DEFAULT-VALUE}). "
                    + "Text goes to the console; with --report every format is also written as a file.")
    List<ReportFormat> formats;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "error, warning, info or never (default: ${DEFAULT-VALUE}): exit 1 when findings reach it.")
    FailOn failOn;

    @Override
    public Integer call() throws IOException, InputException {
        if (initProfile != null) {
            Profile.writeDefault(initProfile);
            spec.commandLine().getOut().println("wrote the default profile to " + initProfile);
            return ExitCode.CLEAN;
        }
        if (paths == null || paths.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'PATH'");
        }
        List<ReportListener> listeners = new ArrayList<>();
        if (formats.contains(ReportFormat.text)) {
            listeners.add(Reports.console(spec.commandLine().getOut()));
        }
        if (reportDir != null) {
            for (ReportFormat f : formats) {
                listeners.add(Reports.file(f, reportDir.resolve(f.fileName)));
            }
        }
        QaSummary summary;
        try (Progress progress = Progress.unbounded("qa")) {
            summary = QaGate.engine(qa, reportDir, progress).run(paths, listeners);
        }
        spec.commandLine().getOut().println(Summaries.qa(summary, failOn));
        return failOn.fails(summary) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
