package org.passerelle.cli;

import java.nio.file.Path;
import java.util.List;
import org.passerelle.qa.gate.FailOn;
import org.passerelle.qa.gate.ReportFormat;
import org.passerelle.qa.gate.ReportFormats;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where {@code qa} sends its findings and what it makes of them: report files, formats, the gate's threshold. */
final class ReportOptions {
    @Option(names = "--report", paramLabel = "DIR",
            description = "Write the reports into DIR as qa-report.<ext> (default formats: every one but xliff).")
    Path reportDir;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", converter = GateConverters.FormatConverter.class,
            description = "Any of text, json, html, junit, sarif, codequality, xliff. Text goes to the console; "
                    + "with --report each format is a file in DIR; without it one other format goes to standard output.")
    List<ReportFormat> formats;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            converter = GateConverters.FailOnConverter.class,
            description = "error, warning, info or never (default: ${DEFAULT-VALUE}): exit 1 when findings reach it.")
    FailOn failOn;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record today's findings in FILE (by fingerprint) and exit 0; later runs with --baseline FILE "
                    + "fail only on new findings.")
    Path writeBaseline;

    /** The formats asked for, or the defaults: every file format with --report, the console text without. */
    List<ReportFormat> formats() {
        if (formats != null && !formats.isEmpty()) {
            return ReportFormats.builtIn().all().stream().filter(formats::contains).toList();
        }
        return reportDir != null ? ReportFormats.builtIn().defaults() : List.of(ReportFormats.TEXT);
    }

    /** The reports of one run; a combination that cannot be written is a usage error. */
    QaReports open(CommandSpec spec) {
        List<ReportFormat> chosen = formats();
        List<ReportFormat> other = chosen.stream().filter(f -> f != ReportFormats.TEXT).toList();
        if (reportDir == null && other.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--format " + String.join(",", other.stream()
                    .map(ReportFormat::name).toList()) + " is " + other.size() + " reports: give --report DIR"
                    + " (without it, one format goes to standard output)");
        }
        if (reportDir == null && !other.isEmpty() && !other.get(0).streams()) {
            throw new ParameterException(spec.commandLine(), "--format " + other.get(0).name()
                    + " writes a copy of each XLIFF file: give --report DIR");
        }
        return new QaReports(chosen, reportDir, failOn, writeBaseline, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
