package org.passerelle.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.InputException;
import org.passerelle.qa.Baseline;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Suppressions;
import org.passerelle.qa.gate.FailOn;
import org.passerelle.qa.gate.GateSummary;
import org.passerelle.qa.gate.LanguageCoverage;
import org.passerelle.qa.gate.ReportFormat;
import org.passerelle.qa.gate.ReportFormats;
import org.passerelle.qa.gate.SuppressionAudit;
import org.passerelle.qa.report.BaselineReport;

/**
 * The reports of one {@code qa} run and what the console says at its end. A report on standard
 * output is kept whole until the run is over and printed alone there; the console text then goes
 * to stderr, so that {@code qa FILE --format json > report.json} gives valid JSON.
 */
final class QaReports {
    private static final int FIXED_SHOWN = 10;
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
    private BaselineReport baselineWriter;
    private Path baselineFile;
    private SuppressionAudit audit = new SuppressionAudit(Suppressions.none());
    private Baseline baseline;

    QaReports(List<ReportFormat> formats, Path reportDir, FailOn failOn, Path writeBaseline, PrintWriter out,
              PrintWriter err) {
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
        if (writeBaseline != null) {
            baselineWriter = new BaselineReport(writeBaseline);
            baselineFile = writeBaseline;
            reports.add(baselineWriter);
        }
    }

    /** The filters the engine runs with, for what the run says about them at its end. */
    void filters(Suppressions suppressions, Baseline baseline) {
        this.audit = new SuppressionAudit(suppressions);
        this.baseline = baseline;
    }

    /** Every listener of the run, {@code first} (the progress bar, which must be gone before any line) first. */
    List<ReportListener> listeners(ReportListener first) {
        List<ReportListener> all = new ArrayList<>(List.of(first, gate, coverage, audit));
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
            audit.warnings().forEach(w -> err.println("passerelle: warning: " + w));
            fixedSinceBaseline();
        }
        if (baselineWriter != null) {
            console.println("recorded " + baselineWriter.size() + " finding(s) in the baseline " + baselineFile
                    + "; pass --baseline " + baselineFile + " to fail only on new ones");
        } else {
            // Quiet, the verdict is the only line, so it carries the counts the summary line would have.
            console.println(gate.decision(failOn, "--fail-on") + (Terminal.quiet() ? ": " + gate.findings() : "") + where());
        }
        console.flush();
        List<InputException> unreadable = gate.unreadable();
        if (!unreadable.isEmpty()) {
            // Bad input wins over findings: the reports are written, each bad file is one line here.
            unreadable.forEach(e -> err.println("passerelle: " + e.oneLine()));
            return ExitCode.BAD_INPUT;
        }
        return baselineWriter == null && gate.fails(failOn) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    /** The baseline's findings this run did not find again: worth a new baseline, and a word of praise. */
    private void fixedSinceBaseline() {
        if (baseline == null) {
            return;
        }
        List<Baseline.Entry> fixed = baseline.fixed();
        if (fixed.isEmpty()) {
            return;
        }
        console.println(fixed.size() + " finding(s) of the baseline " + baseline.file() + " are fixed"
                + " (qa --write-baseline " + baseline.file() + " records the rest):");
        fixed.stream().limit(FIXED_SHOWN).forEach(e -> console.println("  fixed: " + e.file() + ":" + e.unit() + ": "
                + e.check() + ": " + e.message()));
        if (fixed.size() > FIXED_SHOWN) {
            console.println("  … and " + (fixed.size() - FIXED_SHOWN) + " more");
        }
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
