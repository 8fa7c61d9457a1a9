package org.passerelle.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.passerelle.core.InputException;
import org.passerelle.qa.NearestName;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Severity;
import org.passerelle.qa.gate.GateSummary;
import org.passerelle.qa.gate.LanguageCoverage;
import org.passerelle.qa.gate.ReportFormat;
import org.passerelle.qa.gate.ReportFormats;
import org.passerelle.qa.gate.UnknownNameException;
import org.passerelle.qa.report.ReportSettings;

/**
 * The QA gate: checks translated XLIFF with the same engine as {@code passerelle qa}, prints each
 * finding in the Maven log, writes the reports, and fails the build on violations the way
 * Checkstyle's and PMD's plugins do ({@code failOnViolation}, {@code violationSeverity},
 * {@code maxAllowedViolations}).
 */
@Mojo(name = "qa", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class QaMojo extends AbstractQaMojo {

    /** Where the reports go: qa-report.json, .sarif, .xml (JUnit), .html, .txt, .codequality.json. */
    @Parameter(property = "passerelle.reportDirectory", defaultValue = "${project.build.directory}/passerelle")
    File reportDirectory;

    /** Report files to write, comma-separated: any of json, sarif, junit, html, text, codequality, xliff. */
    @Parameter(property = "passerelle.formats", defaultValue = "json,sarif,junit,html")
    String formats;

    /** Fail the build on violations; false only reports them. */
    @Parameter(property = "passerelle.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** error, warning or info: the lowest severity that is a violation. */
    @Parameter(property = "passerelle.violationSeverity", defaultValue = "error")
    String violationSeverity;

    /** The build fails only when there are more violations than this (to bring a project in step by step). */
    @Parameter(property = "passerelle.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    public QaMojo() {
        super("QA");
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException, InputException {
        Severity threshold = threshold();
        if (maxAllowedViolations < 0) {
            throw new MojoExecutionException("maxAllowedViolations must be 0 or more, not " + maxAllowedViolations);
        }
        List<ReportFormat> reportFormats = reportFormats();
        List<Path> inputs = inputs();
        if (inputs.isEmpty()) {
            return;
        }
        Path reports = DisplayPath.of(reportDirectory.toPath());
        ReportSettings settings = new ReportSettings(failOnViolation ? Optional.of(threshold) : Optional.empty());
        LanguageCoverage coverage = new LanguageCoverage();
        List<ReportListener> listeners = new ArrayList<>(List.of(new MavenLogReport(getLog()), coverage));
        reportFormats.forEach(f -> listeners.add(f.listener(reports, settings)));

        GateSummary gate = check(inputs, listeners);
        coverage.warning().ifPresent(getLog()::warn);

        String verdict = gate.line(pointer(reports, reportFormats));
        List<InputException> unreadable = gate.unreadable();
        if (!unreadable.isEmpty()) {
            // Bad input wins over findings, as on the command line; the reports name every bad file.
            String more = unreadable.size() == 1 ? "" : " (and " + (unreadable.size() - 1) + " more unreadable file(s))";
            throw new MojoExecutionException(unreadable.get(0).oneLine() + more + "; " + verdict);
        }
        int violations = gate.atOrAbove(threshold);
        if (failOnViolation && violations > maxAllowedViolations) {
            throw new MojoFailureException(verdict + because(threshold, violations));
        }
        getLog().info(verdict);
    }

    /** What made the build fail, when it is not the default (any error). */
    private String because(Severity threshold, int violations) {
        if (threshold == Severity.ERROR && maxAllowedViolations == 0) {
            return "";
        }
        return " (" + violations + " violation" + (violations == 1 ? "" : "s") + " at " + threshold.id()
                + (threshold == Severity.ERROR ? "" : " or above") + ", maxAllowedViolations " + maxAllowedViolations + ")";
    }

    private Severity threshold() throws MojoExecutionException {
        List<String> levels = List.of("error", "warning", "info");
        String wanted = violationSeverity.strip().toLowerCase(Locale.ROOT);
        if (!levels.contains(wanted)) {
            throw new MojoExecutionException("violationSeverity must be error, warning or info, not '" + violationSeverity
                    + "'" + NearestName.hint(violationSeverity, levels) + " (failOnViolation false reports without failing)");
        }
        return Severity.parse(wanted);
    }

    private List<ReportFormat> reportFormats() throws MojoExecutionException {
        try {
            return formats == null ? List.of() : ReportFormats.builtIn().namedIn(formats);
        } catch (UnknownNameException e) {
            throw new MojoExecutionException("formats: " + e.getMessage(), e);
        }
    }

    /** The report a person should open: the HTML page when there is one. */
    private static Path pointer(Path reports, List<ReportFormat> formats) {
        ReportFormat shown = formats.contains(ReportFormats.HTML) ? ReportFormats.HTML
                : formats.isEmpty() ? null : formats.get(0);
        return shown == null ? null : shown.in(reports);
    }
}
