package org.passerelle.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.passerelle.core.InputException;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.gate.FailOn;
import org.passerelle.qa.gate.GateSummary;
import org.passerelle.qa.gate.ReportFormat;
import org.passerelle.qa.gate.ReportFormats;
import org.passerelle.qa.gate.UnknownNameException;

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

    public QaMojo() {
        super("QA");
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException, InputException {
        FailOn threshold = threshold();
        List<ReportFormat> reportFormats = reportFormats();
        List<Path> inputs = inputs();
        if (inputs.isEmpty()) {
            return;
        }
        Path reports = DisplayPath.of(reportDirectory.toPath());
        GateSummary gate = check(inputs, List.of(new MavenLogReport(getLog())), reports, reportFormats);

        String verdict = gate.line(pointer(reports, reportFormats));
        List<InputException> unreadable = gate.unreadable();
        if (!unreadable.isEmpty()) {
            // Bad input wins over findings, as on the command line; the reports name every bad file.
            String more = unreadable.size() == 1 ? "" : " (and " + (unreadable.size() - 1) + " more unreadable file(s))";
            throw new MojoExecutionException(unreadable.get(0).oneLine() + more + "; " + verdict);
        }
        if (gate.fails(threshold)) {
            throw new MojoFailureException(threshold == FailOn.ERROR ? verdict : verdict + " (failOn " + threshold + ")");
        }
        getLog().info(verdict);
    }

    private FailOn threshold() throws MojoExecutionException {
        try {
            return FailOn.parse(failOn);
        } catch (UnknownNameException e) {
            List<String> known = e.known();
            throw new MojoExecutionException("failOn must be " + String.join(", ", known.subList(0, known.size() - 1))
                    + " or " + known.get(known.size() - 1) + ", not '" + failOn + "'", e);
        }
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
        return shown == null ? null : reports.resolve(shown.fileName());
    }
}
