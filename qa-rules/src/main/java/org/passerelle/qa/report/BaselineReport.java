package org.passerelle.qa.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import org.passerelle.qa.Finding;
import org.passerelle.qa.Fingerprints;
import org.passerelle.qa.ProjectPath;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;

/**
 * Writes a {@link org.passerelle.qa.Baseline}: every finding of the run that counts (not those
 * already suppressed with a reason), by fingerprint, with file, unit, check and message so that a
 * reviewer can read the file and the run can say what was fixed.
 */
public final class BaselineReport implements ReportListener {
    private final JsonReportFile file;

    public BaselineReport(Path file) {
        this.file = new JsonReportFile(ReportOutput.file(file), JsonReportFile.unsuppressed());
    }

    @Override
    public void finding(Finding finding) {
        file.add(finding);
    }

    /** How many findings the baseline records. */
    public int size() {
        return file.size();
    }

    @Override
    public void finished(QaSummary summary) throws IOException {
        file.write(g -> {
            g.writeStartObject();
            JsonReportFile.writeTool(g);
            g.writeFieldName("findings");
            file.writeFindings(g, BaselineReport::write);
            g.writeEndObject();
        });
    }

    private static void write(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("fingerprint", Fingerprints.key(f));
        g.writeStringField("file", ProjectPath.of(f.file()));
        g.writeStringField("unit", f.unit());
        g.writeStringField("check", f.check());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("message", Excerpt.of(f.message()));
        g.writeEndObject();
    }
}
