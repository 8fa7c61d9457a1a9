package org.passerelle.qa.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.ToolVersion;

/**
 * {@code qa-report.json} in the schema of docs/design.md. Beyond it, the summary has "suppressed" and a
 * suppressed finding has "suppressed": its reason (fields are only added, never renamed).
 */
public final class JsonReport implements ReportListener {
    private static final JsonFactory JSON = new JsonFactory();

    private final ReportOutput output;
    private final List<Finding> findings = new ArrayList<>();

    public JsonReport(Path file) {
        this(ReportOutput.file(file));
    }

    public JsonReport(ReportOutput output) {
        this.output = output;
    }

    @Override
    public void finding(Finding finding) {
        findings.add(finding);
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
                g.writeObjectFieldStart("summary");
                g.writeNumberField("files", summary.files());
                g.writeNumberField("units", summary.units());
                g.writeNumberField("errors", summary.errors());
                g.writeNumberField("warnings", summary.warnings());
                g.writeNumberField("infos", summary.infos());
                g.writeNumberField("suppressed", summary.suppressed());
                g.writeEndObject();
                g.writeArrayFieldStart("findings");
                for (Finding f : findings) {
                    write(g, f);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
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
        g.writeArrayFieldStart("suggestions");
        for (String s : f.suggestions().stream().limit(Excerpt.SUGGESTIONS).toList()) {
            g.writeString(Excerpt.of(s));
        }
        g.writeEndArray();
        if (f.isSuppressed()) {
            g.writeStringField("suppressed", Excerpt.of(f.suppressed()));
        }
        g.writeEndObject();
    }
}
