package org.passerelle.qa.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;

/**
 * {@code qa-report.json} in the schema of docs/design.md. Beyond it, the summary has "suppressed" and a
 * suppressed finding has "suppressed": its reason (fields are only added, never renamed).
 */
public final class JsonReport implements ReportListener {
    private final JsonReportFile file;

    public JsonReport(Path file) {
        this(ReportOutput.file(file));
    }

    public JsonReport(ReportOutput output) {
        this.file = new JsonReportFile(output, JsonReportFile.everyFinding());
    }

    @Override
    public void finding(Finding finding) {
        file.add(finding);
    }

    @Override
    public void finished(QaSummary summary) throws IOException {
        file.write(g -> {
            g.writeStartObject();
            JsonReportFile.writeTool(g);
            writeSummary(g, summary);
            g.writeFieldName("findings");
            file.writeFindings(g, JsonReport::write);
            g.writeEndObject();
        });
    }

    private static void writeSummary(JsonGenerator g, QaSummary summary) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", summary.files());
        g.writeNumberField("units", summary.units());
        g.writeNumberField("errors", summary.errors());
        g.writeNumberField("warnings", summary.warnings());
        g.writeNumberField("infos", summary.infos());
        g.writeNumberField("suppressed", summary.suppressed());
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", f.file());
        g.writeStringField("unit", f.unit());
        g.writeStringField("segment", f.segment());
        g.writeStringField("side", f.side().id());
        g.writeStringField("lang", f.lang());
        g.writeStringField("check", f.check());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("message", Excerpt.of(f.message()));
        g.writeNumberField("offset", f.offset());
        g.writeNumberField("length", f.length());
        JsonReportFile.writeSuggestions(g, f);
        if (f.isSuppressed()) {
            g.writeStringField("suppressed", Excerpt.of(f.suppressed()));
        }
        g.writeEndObject();
    }
}
