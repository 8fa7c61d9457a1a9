package org.passerelle.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.InputException;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.gate.FailOn;
import org.passerelle.qa.gate.GateSummary;
import org.passerelle.qa.gate.LanguageCoverage;
import org.passerelle.qa.gate.ReportFormat;
import org.passerelle.qa.gate.ReportFormats;

/**
 * The reports of one {@code qa} run and what the console says at its end. A report on standard
 * output is kept whole until the run is over and printed alone there; the console text then goes
 * to stderr, so that {@code qa FILE --format json > report.json} gives valid JSON.
 */
final class QaReports {
    private final GateSummary gate = new GateSummary();
    private final LanguageCoverage coverage = new LanguageCoverage();
    private final List<ReportListener> reports = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    private final Path reportDir;
    private final FailOn failOn;
    private final PrintWriter out;
    private final PrintWriter err;
    private final PrintWriter console;
    private ByteArrayOutputStream streamed;
    private String streamedFormat;

    QaReports(List<ReportFormat> formats, Path reportDir, FailOn failOn, PrintWriter out, PrintWriter err) {
        this.failOn = failOn;
        this.reportDir = reportDir;
        this.out = out;
        this.err = err;
        boolean toStdout = reportDir == null && formats.stream().anyMatch(f -> f != ReportFormats.TEXT);
        this.console = toStdout ? err : out;
        for (ReportFormat f : formats) {
            if (reportDir != null) {
                reports.add(f.listener(reportDir, failOn.reportSettings()));
                written.add(f.fileName());
            } else if (f != ReportFormats.TEXT) {
                streamed = new ByteArrayOutputStream();
                streamedFormat = f.name();
                reports.add(f.listener(streamed, failOn.reportSettings()));
            }
        }
        if (formats.contains(ReportFormats.TEXT) && !Terminal.quiet()) {
            reports.add(0, new ConsoleReport(console));
        }
    }

    /** Every listener of the run, {@code first} (the progress bar, which must be gone before any line) first. */
    List<ReportListener> listeners(ReportListener first) {
        List<ReportListener> all = new ArrayList<>(List.of(first, gate, coverage));
        all.addAll(reports);
        return all;
    }

    GateSummary gate() {
        return gate;
    }

    /** Prints what is left to say (the streamed report, warnings, the verdict) and returns the exit code. */
    int conclude() {
        if (streamed != null) {
            out.print(streamed.toString(StandardCharsets.UTF_8));
            out.flush();
        }
        if (!Terminal.quiet()) {
            coverage.warning().ifPresent(w -> err.println("passerelle: warning: " + w));
        }
        console.println(gate.decision(failOn, "--fail-on") + where());
        console.flush();
        List<InputException> unreadable = gate.unreadable();
        if (!unreadable.isEmpty()) {
            // Bad input wins over findings: the reports are written, each bad file is one line here.
            unreadable.forEach(e -> err.println("passerelle: " + e.oneLine()));
            return ExitCode.BAD_INPUT;
        }
        return gate.fails(failOn) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    /** "; reports in out/qa/: qa-report.html, qa-report.json", so nobody has to guess where they went. */
    private String where() {
        if (streamedFormat != null) {
            return "; " + streamedFormat + " report on standard output";
        }
        if (reportDir == null || written.isEmpty()) {
            return "";
        }
        return (written.size() == 1 ? "; report in " : "; reports in ") + reportDir + "/: " + String.join(", ", written);
    }
}
