package org.passerelle.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.qa.checks.TermForbiddenCheck;

class SarifReportTest {
    @TempDir
    Path dir;

    @Test
    void validAgainstTheOfficialSchemaWithTheUnitAsLogicalLocation() throws Exception {
        Path file = ReportFixtures.written(dir, "qa-report.sarif", SarifReport::new);
        JsonNode sarif = new ObjectMapper().readTree(file.toFile());

        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertEquals(Set.of(), errors);
        JsonNode broken = sarif.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/0")).put("level", "fatal");
        assertEquals(1, schema.validate(broken).size(), "the schema really is applied");

        JsonNode run = sarif.at("/runs/0");
        assertEquals("passerelle", run.at("/tool/driver/name").asText());
        JsonNode results = run.get("results");
        assertEquals(3, results.size());
        JsonNode forbidden = results.get(1);
        assertEquals("term.forbidden", forbidden.get("ruleId").asText());
        JsonNode rule = run.at("/tool/driver/rules").get(forbidden.get("ruleIndex").asInt());
        assertEquals("term.forbidden", rule.get("id").asText());
        assertEquals(TermForbiddenCheck.DEFINITION.description(), rule.at("/shortDescription/text").asText());
        assertEquals("terminology", rule.at("/properties/category").asText());
        assertEquals("terminology", rule.at("/properties/tags/0").asText());
        assertEquals("error", rule.at("/defaultConfiguration/level").asText());
        assertEquals("error", forbidden.get("level").asText());
        assertEquals("u8", forbidden.at("/locations/0/logicalLocations/0/name").asText());
        assertEquals("out/xliff/article%20000.en-GB.xlf", forbidden.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("East Sea", forbidden.at("/properties/suggestions/0").asText());
        assertEquals("note", results.get(0).get("level").asText());
        assertEquals("the forum moved to 14 August", results.get(2).at("/suppressions/0/justification").asText());
    }
}
