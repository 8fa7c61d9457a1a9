package org.passerelle.qa.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.passerelle.qa.Finding;
import org.passerelle.qa.ToolVersion;

/**
 * What the JSON reports (JSON, SARIF, Code Quality, the baseline) have in common, so that each of
 * them only says what its format is: the findings it keeps, in the order they came, and one
 * pretty-printed UTF-8 document written whole at the end through {@link ReportOutput} (a file
 * replaced atomically, or standard output left open).
 */
final class JsonReportFile {
    private static final JsonFactory JSON = new JsonFactory();

    /** The format's document; it calls {@link #writeFindings} where the findings go. */
    @FunctionalInterface
    interface Document {
        void writeTo(JsonGenerator g) throws IOException;
    }

    /** What the format writes of one finding. */
    @FunctionalInterface
    interface FindingWriter {
        void write(JsonGenerator g, Finding f) throws IOException;
    }

    private final ReportOutput output;
    private final Predicate<Finding> keeps;
    private final List<Finding> findings = new ArrayList<>();

    /** @param keeps the findings the format has a place for (some leave out suppressed ones) */
    JsonReportFile(ReportOutput output, Predicate<Finding> keeps) {
        this.output = output;
        this.keeps = keeps;
    }

    /** Every finding counts: the suppressed ones too, marked by the format. */
    static Predicate<Finding> everyFinding() {
        return f -> true;
    }

    /** Only the findings that count: a suppressed one has no place in the format. */
    static Predicate<Finding> unsuppressed() {
        return f -> !f.isSuppressed();
    }

    void add(Finding finding) {
        if (keeps.test(finding)) {
            findings.add(finding);
        }
    }

    /** How many findings the report holds. */
    int size() {
        return findings.size();
    }

    void write(Document document) throws IOException {
        output.write(out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                document.writeTo(g);
            }
        });
    }

    /** The kept findings as a JSON array (after a field name, or as the whole document). */
    void writeFindings(JsonGenerator g, FindingWriter each) throws IOException {
        g.writeStartArray();
        for (Finding f : findings) {
            each.write(g, f);
        }
        g.writeEndArray();
    }

    /** {@code "tool": {"name": "passerelle", "version": …}}, as the JSON report and the baseline open. */
    static void writeTool(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "passerelle");
        g.writeStringField("version", ToolVersion.get());
        g.writeEndObject();
    }

    /** A finding's suggestions, as many as a report shows and each cut to an excerpt. */
    static void writeSuggestions(JsonGenerator g, Finding f) throws IOException {
        g.writeArrayFieldStart("suggestions");
        for (String s : f.suggestions().stream().limit(Excerpt.SUGGESTIONS).toList()) {
            g.writeString(Excerpt.of(s));
        }
        g.writeEndArray();
    }
}
