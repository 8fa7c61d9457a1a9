package org.passerelle.qa.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import org.passerelle.core.InputException;
import org.passerelle.qa.Finding;
import org.passerelle.qa.Fingerprints;
import org.passerelle.qa.ProjectPath;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Severity;

/**
 * GitLab Code Quality ({@code qa-report.codequality.json}, the {@code artifacts:reports:codequality}
 * of a job): one issue per finding that counts, with a fingerprint unique in the report and stable
 * from run to run (so the merge request widget tells new findings from fixed ones), the path
 * relative to the checkout and the line of the unit. Suppressed findings are left out: GitLab has no
 * place for them.
 */
public final class CodeQualityReport implements ReportListener {
    private final JsonReportFile file;
    private final FindingPositions positions = new FindingPositions();
    private final Fingerprints fingerprints = new Fingerprints();

    public CodeQualityReport(Path file) {
        this(ReportOutput.file(file));
    }

    public CodeQualityReport(ReportOutput output) {
        this.file = new JsonReportFile(output, JsonReportFile.unsuppressed());
    }

    @Override
    public void unreadable(InputException problem) {
        positions.unreadable(problem);
    }

    @Override
    public void finding(Finding finding) {
        file.add(finding);
    }

    @Override
    public void finished(QaSummary summary) throws IOException {
        file.write(g -> file.writeFindings(g, this::write));
    }

    private void write(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "issue");
        g.writeStringField("check_name", f.check());
        g.writeStringField("description", f.unit() + ": " + Excerpt.of(f.message()));
        g.writeStringField("fingerprint", fingerprints.of(f));
        g.writeStringField("severity", severity(f.severity()));
        g.writeObjectFieldStart("location");
        g.writeStringField("path", ProjectPath.of(f.file()));
        g.writeObjectFieldStart("lines");
        // GitLab requires a line: the first, where the parser of an unreadable file did not say.
        g.writeNumberField("begin", positions.of(f).map(UnitPositions.Position::line).orElse(1));
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** GitLab's scale is info, minor, major, critical, blocker: an error, which fails the gate, is major. */
    private static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }
}
