package org.passerelle.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;

/**
 * The QA gate: checks translated XLIFF with the same engine as {@code passerelle qa}, prints each
 * finding in the Maven log, writes the reports, and fails the build when findings reach {@code failOn}.
 */
@Mojo(name = "qa", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class QaMojo extends AbstractQaMojo {

    /** Where the reports go: qa-report.json, .sarif, .xml (JUnit), .html, .txt. */
    @Parameter(property = "passerelle.reportDirectory", defaultValue = "${project.build.directory}/passerelle")
    File reportDirectory;

    /** Report files to write, comma-separated: any of json, sarif, junit, html, text. */
    @Parameter(property = "passerelle.formats", defaultValue = "json,sarif,junit,html")
    String formats;

    /** error, warning, info or never: the build fails when a finding of this severity or worse remains. */
    @Parameter(property = "passerelle.failOn", defaultValue = "error")
    String failOn;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Passerelle QA skipped");
            return;
        }
        FailOn threshold;
        Set<ReportFormat> reportFormats;
        try {
            threshold = FailOn.parse(failOn);
            reportFormats = parseFormats(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        List<Path> inputs = inputs();
        if (inputs.isEmpty()) {
            return;
        }
        Path reports = DisplayPath.of(reportDirectory.toPath());
        MavenLogReport log = new MavenLogReport(getLog());
        List<ReportListener> listeners = new ArrayList<>();
        listeners.add(log);
        reportFormats.forEach(f -> listeners.add(f.listener(reports)));

        QaSummary summary = run(engine(), inputs, listeners);

        String verdict = QaVerdict.line(summary, log.filesWithFindings(), log.errorsByCheck(), pointer(reports, reportFormats));
        if (threshold.fails(summary)) {
            throw new MojoFailureException(threshold == FailOn.ERROR ? verdict : verdict + " (failOn " + threshold + ")");
        }
        getLog().info(verdict);
    }

    /** The report a person should open: the HTML page when there is one. */
    private static Path pointer(Path reports, Set<ReportFormat> formats) {
        if (formats.contains(ReportFormat.HTML)) {
            return reports.resolve(ReportFormat.HTML.fileName());
        }
        return formats.isEmpty() ? null : reports.resolve(formats.iterator().next().fileName());
    }

    private static Set<ReportFormat> parseFormats(String value) {
        Set<ReportFormat> result = EnumSet.noneOf(ReportFormat.class);
        if (value != null) {
            for (String f : value.split(",")) {
                if (!f.isBlank()) {
                    result.add(ReportFormat.parse(f));
                }
            }
        }
        return result;
    }
}
