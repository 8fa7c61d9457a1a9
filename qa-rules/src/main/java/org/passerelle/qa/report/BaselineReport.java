package org.passerelle.qa.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.qa.Finding;
import org.passerelle.qa.Fingerprints;
import org.passerelle.qa.ProjectPath;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.ToolVersion;

/**
 * Writes a {@link org.passerelle.qa.Baseline}: every finding of the run that counts (not those
 * already suppressed with a reason), by fingerprint, with file, unit, check and message so that a
 * reviewer can read the file and the run can say what was fixed.
 */
public final class BaselineReport implements ReportListener {
    private static final JsonFactory JSON = new JsonFactory();

    private final ReportOutput output;
    private final List<Finding> findings = new ArrayList<>();

    public BaselineReport(Path file) {
        this.output = ReportOutput.file(file);
    }

    @Override
    public void finding(Finding finding) {
        if (!finding.isSuppressed()) {
            findings.add(finding);
        }
    }

    /** How many findings the baseline records. */
    public int size() {
        return findings.size();
    }

    @Override
    public void finished(QaSummary summary) throws IOException {
        output.write(out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeObjectFieldStart("tool");
                g.writeStringField("name", "passerelle");
                g.writeStringField("version", ToolVersion.get());
                g.writeEndObject();
                g.writeArrayFieldStart("findings");
                for (Finding f : findings) {
                    g.writeStartObject();
                    g.writeStringField("fingerprint", Fingerprints.key(f));
                    g.writeStringField("file", ProjectPath.of(f.file()));
                    g.writeStringField("unit", f.unit());
                    g.writeStringField("check", f.check());
                    g.writeStringField("severity", f.severity().id());
                    g.writeStringField("message", Excerpt.of(f.message()));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }
}
