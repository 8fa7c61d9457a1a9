package org.passerelle.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;

class JsonReportTest {
    /** The finding fields of the JSON schema in docs/design.md. */
    static final Set<String> DESIGN_FIELDS = Set.of("file", "unit", "segment", "side", "lang", "check", "severity",
            "message", "offset", "length", "suggestions");

    @TempDir
    Path dir;

    static Finding forbidden(String suppressed) {
        return new Finding("gold-en.xlf", "u3", "1", Side.TARGET, "en-GB", "term.forbidden", Severity.ERROR,
                "'South China Sea' is a forbidden term; use 'East Sea' (Mer Orientale)", 57, 15, List.of("East Sea"), suppressed);
    }

    @Test
    void writesTheDesignSchema() throws Exception {
        Path file = dir.resolve("qa/qa-report.json");
        JsonReport report = new JsonReport(file);
        report.finding(forbidden(null));
        report.finding(forbidden("reviewed: quoting a foreign statement"));
        report.finished(new QaSummary(2, 44, 1, 0, 0, 1));

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(Set.of("tool", "summary", "findings"), names(root));
        assertEquals("passerelle", root.at("/tool/name").asText());
        assertFalse(root.at("/tool/version").asText().isEmpty());
        assertEquals(Set.of("files", "units", "errors", "warnings", "infos", "suppressed"), names(root.get("summary")));
        assertEquals(44, root.at("/summary/units").asInt());
        assertEquals(1, root.at("/summary/errors").asInt());

        JsonNode f = root.get("findings").get(0);
        assertEquals(DESIGN_FIELDS, names(f));
        assertEquals("gold-en.xlf", f.get("file").asText());
        assertEquals("u3", f.get("unit").asText());
        assertEquals("1", f.get("segment").asText());
        assertEquals("target", f.get("side").asText());
        assertEquals("en-GB", f.get("lang").asText());
        assertEquals("term.forbidden", f.get("check").asText());
        assertEquals("error", f.get("severity").asText());
        assertEquals(57, f.get("offset").asInt());
        assertTrue(f.get("offset").isInt());
        assertEquals(15, f.get("length").asInt());
        assertEquals("East Sea", f.get("suggestions").get(0).asText());

        JsonNode s = root.get("findings").get(1);
        assertEquals("reviewed: quoting a foreign statement", s.get("suppressed").asText());
        assertTrue(names(s).containsAll(DESIGN_FIELDS));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    private static Set<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return new TreeSet<>(names);
    }
}
