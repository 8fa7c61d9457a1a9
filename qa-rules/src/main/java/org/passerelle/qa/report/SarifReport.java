package org.passerelle.qa.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.core.InputException;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.Finding;
import org.passerelle.qa.Fingerprints;
import org.passerelle.qa.ProjectPath;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Severity;
import org.passerelle.qa.ToolVersion;

/**
 * SARIF 2.1.0 ({@code qa-report.sarif}) as GitHub code scanning and other dashboards take it: each
 * result is placed at its unit's tag in the XLIFF file (line and column; XLIFF offsets count inside
 * a segment's text, not the file), with a path relative to the working directory under the
 * {@code %SRCROOT%} base, the unit as logical location, a fingerprint that stays the same from run to
 * run, and rules documented from the checks' definitions.
 */
public final class SarifReport implements ReportListener {
    static final String SRCROOT = "%SRCROOT%";

    private final JsonReportFile file;
    private final Map<String, Integer> rules = new LinkedHashMap<>();
    private final Map<String, CheckDefinition> definitions = new HashMap<>();
    private final FindingPositions positions = new FindingPositions();
    private final Fingerprints fingerprints = new Fingerprints();

    public SarifReport(Path file) {
        this(ReportOutput.file(file));
    }

    public SarifReport(ReportOutput output) {
        this.file = new JsonReportFile(output, JsonReportFile.everyFinding());
    }

    @Override
    public void started(List<CheckDefinition> checks) {
        for (CheckDefinition d : checks) {
            rules.putIfAbsent(d.id(), rules.size());
            definitions.put(d.id(), d);
        }
    }

    @Override
    public void unreadable(InputException problem) {
        positions.unreadable(problem);
    }

    @Override
    public void finding(Finding finding) {
        rules.putIfAbsent(finding.check(), rules.size());
        file.add(finding);
    }

    @Override
    public void finished(QaSummary summary) throws IOException {
        file.write(g -> {
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            writeTool(g);
            writeBase(g);
            g.writeStringField("columnKind", "utf16CodeUnits");
            g.writeFieldName("results");
            file.writeFindings(g, this::writeResult);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private void writeTool(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "passerelle");
        g.writeStringField("version", ToolVersion.get());
        g.writeStringField("informationUri", RuleHelp.CATEGORY_URI);
        g.writeArrayFieldStart("rules");
        for (String id : rules.keySet()) {
            writeRule(g, id, definitions.get(id));
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Relative paths are relative to where the run started, which CI jobs make the checkout. */
    private static void writeBase(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("originalUriBaseIds");
        g.writeObjectFieldStart(SRCROOT);
        g.writeStringField("uri", Path.of("").toAbsolutePath().toUri().toString());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A rule as its definition describes it; a finding of a check the run did not announce gets only its id. */
    private static void writeRule(JsonGenerator g, String id, CheckDefinition d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", id);
        text(g, "shortDescription", d == null ? id : d.description());
        if (d != null) {
            text(g, "fullDescription", RuleHelp.fullDescription(d));
            g.writeObjectFieldStart("help");
            g.writeStringField("text", RuleHelp.text(d));
            g.writeStringField("markdown", RuleHelp.markdown(d));
            g.writeEndObject();
            g.writeStringField("helpUri", RuleHelp.CATEGORY_URI);
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(d.severity()));
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("category", d.category().id());
            g.writeArrayFieldStart("tags");
            g.writeString("translation");
            g.writeString(d.category().id());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void writeResult(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.check());
        g.writeNumberField("ruleIndex", rules.get(f.check()));
        g.writeStringField("level", level(f.severity()));
        text(g, "message", Excerpt.of(f.message()));
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        writePhysicalLocation(g, f);
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("name", f.unit());
        g.writeStringField("fullyQualifiedName", ProjectPath.of(f.file()) + "#" + f.unit() + "/" + f.segment());
        g.writeStringField("kind", "element");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("passerelleFinding/v1", fingerprints.of(f));
        g.writeEndObject();
        if (f.isSuppressed()) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("justification", Excerpt.of(f.suppressed()));
            g.writeEndObject();
            g.writeEndArray();
        }
        writeProperties(g, f);
        g.writeEndObject();
    }

    private void writePhysicalLocation(JsonGenerator g, Finding f) throws IOException {
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        String path = ProjectPath.of(f.file());
        g.writeStringField("uri", uri(path));
        if (ProjectPath.inProject(f.file())) {
            g.writeStringField("uriBaseId", SRCROOT);
        }
        g.writeEndObject();
        Optional<UnitPositions.Position> at = positions.of(f);
        if (at.isPresent()) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", at.get().line());
            g.writeNumberField("startColumn", at.get().column());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeProperties(JsonGenerator g, Finding f) throws IOException {
        g.writeObjectFieldStart("properties");
        g.writeStringField("segment", f.segment());
        g.writeStringField("side", f.side().id());
        g.writeStringField("lang", f.lang());
        g.writeNumberField("offset", f.offset());
        g.writeNumberField("length", f.length());
        JsonReportFile.writeSuggestions(g, f);
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A URI reference for a path (spaces and the like escaped); an absolute path becomes a file: URI. */
    static String uri(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) {
            return p.toUri().toString();
        }
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
