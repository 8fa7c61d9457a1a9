package org.passerelle.qa.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final JsonFactory JSON = new JsonFactory();

    private final ReportOutput output;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, InputException> unreadable = new HashMap<>();
    private final UnitPositions positions = new UnitPositions();
    private final Fingerprints fingerprints = new Fingerprints();

    public CodeQualityReport(Path file) {
        this(ReportOutput.file(file));
    }

    public CodeQualityReport(ReportOutput output) {
        this.output = output;
    }

    @Override
    public void unreadable(InputException problem) {
        if (problem.file() != null) {
            unreadable.put(problem.file().toString(), problem);
        }
    }

    @Override
    public void finding(Finding finding) {
        if (!finding.isSuppressed()) {
            findings.add(finding);
        }
    }

    @Override
    public void finished(QaSummary summary) throws IOException {
        output.write(out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartArray();
                for (Finding f : findings) {
                    write(g, f);
                }
                g.writeEndArray();
            }
        });
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
        g.writeNumberField("begin", line(f));
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    private int line(Finding f) {
        InputException problem = unreadable.get(f.file());
        if (problem != null) {
            return Math.max(1, problem.line());
        }
        return positions.of(f.file(), f.unit()).map(UnitPositions.Position::line).orElse(1);
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
