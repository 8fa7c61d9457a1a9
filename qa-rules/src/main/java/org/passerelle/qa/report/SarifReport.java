package org.passerelle.qa.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.core.AtomicFile;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Severity;
import org.passerelle.qa.ToolVersion;

/**
 * SARIF 2.1.0 ({@code qa-report.sarif}) for code-scanning dashboards. XLIFF offsets are inside a
 * segment's text, not the file, so a result has no region: its place is the XLIFF unit, given as
 * a logical location, with segment, side, offset and suggestions in the result's properties.
 */
public final class SarifReport implements ReportListener {
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Integer> rules = new LinkedHashMap<>();
    private final Map<String, CheckDefinition> definitions = new HashMap<>();

    public SarifReport(Path file) {
        this.file = file;
    }

    @Override
    public void started(List<CheckDefinition> checks) {
        for (CheckDefinition d : checks) {
            rules.putIfAbsent(d.id(), rules.size());
            definitions.put(d.id(), d);
        }
    }

    @Override
    public void finding(Finding finding) {
        rules.putIfAbsent(finding.check(), rules.size());
        findings.add(finding);
    }

    @Override
    public void finished(QaSummary summary) throws IOException {
        AtomicFile.write(file, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
                g.writeStringField("version", "2.1.0");
                g.writeArrayFieldStart("runs");
                g.writeStartObject();
                writeTool(g);
                g.writeArrayFieldStart("results");
                for (Finding f : findings) {
                    writeResult(g, f);
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    private void writeTool(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "passerelle");
        g.writeStringField("version", ToolVersion.get());
        g.writeArrayFieldStart("rules");
        for (String id : rules.keySet()) {
            writeRule(g, id, definitions.get(id));
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A rule as its definition describes it; a finding of a check the run did not announce gets only its id. */
    private static void writeRule(JsonGenerator g, String id, CheckDefinition d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", d == null ? id : d.description());
        g.writeEndObject();
        if (d != null) {
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(d.severity()));
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("category", d.category().id());
            g.writeArrayFieldStart("tags");
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
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(f.file()));
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("name", f.unit());
        g.writeStringField("fullyQualifiedName", f.file() + "#" + f.unit() + "/" + f.segment());
        g.writeStringField("kind", "element");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("passerelleFinding/v1", fingerprint(f));
        g.writeEndObject();
        if (f.isSuppressed()) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("justification", f.suppressed());
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("segment", f.segment());
        g.writeStringField("side", f.side().id());
        g.writeStringField("lang", f.lang());
        g.writeNumberField("offset", f.offset());
        g.writeNumberField("length", f.length());
        g.writeArrayFieldStart("suggestions");
        for (String s : f.suggestions()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative URI reference for the path as the user gave it (spaces and the like escaped). */
    static String uri(String path) {
        try {
            return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return path.replace('\\', '/');
        }
    }

    /** Stable across runs as long as the unit, check and problem stay, so dashboards can track it. */
    private static String fingerprint(Finding f) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = f.file() + "\n" + f.unit() + "\n" + f.segment() + "\n" + f.side() + "\n" + f.check() + "\n" + f.message();
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
