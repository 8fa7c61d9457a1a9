package org.passerelle.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.checks.TermForbiddenCheck;
import org.passerelle.glossary.TbxReader;

class SarifReportTest {
    @TempDir
    Path dir;

    @Test
    void validAgainstTheOfficialSchemaWithTheUnitAsLogicalLocation() throws Exception {
        Path file = ReportFixtures.written(dir, "qa-report.sarif", SarifReport::new);
        JsonNode sarif = new ObjectMapper().readTree(file.toFile());

        assertEquals(Set.of(), SarifSchema.validate(sarif));
        JsonNode broken = sarif.deepCopy();
        ((ObjectNode) broken.at("/runs/0/results/0")).put("level", "fatal");
        assertFalse(SarifSchema.validate(broken).isEmpty(), "the schema really is applied");

        JsonNode run = sarif.at("/runs/0");
        assertEquals("passerelle", run.at("/tool/driver/name").asText());
        JsonNode results = run.get("results");
        assertEquals(3, results.size());
        JsonNode forbidden = results.get(1);
        assertEquals("term.forbidden", forbidden.get("ruleId").asText());
        JsonNode rule = run.at("/tool/driver/rules").get(forbidden.get("ruleIndex").asInt());
        assertEquals("term.forbidden", rule.get("id").asText());
        assertEquals(TermForbiddenCheck.DEFINITION.description(), rule.at("/shortDescription/text").asText());
        assertTrue(rule.at("/fullDescription/text").asText().contains("ITS 2.0 issue type: terminology"));
        assertTrue(rule.at("/help/markdown").asText().contains("`term.forbidden.severity`"), rule.toString());
        assertTrue(rule.at("/help/text").asText().contains("passerelle-suppress: term.forbidden"));
        assertTrue(rule.at("/helpUri").asText().startsWith("https://"));
        assertEquals("terminology", rule.at("/properties/category").asText());
        assertEquals("error", rule.at("/defaultConfiguration/level").asText());
        assertEquals("error", forbidden.get("level").asText());
        assertEquals("u8", forbidden.at("/locations/0/logicalLocations/0/name").asText());
        JsonNode artifact = forbidden.at("/locations/0/physicalLocation/artifactLocation");
        assertEquals("out/xliff/article%20000.en-GB.xlf", artifact.get("uri").asText());
        assertEquals("%SRCROOT%", artifact.get("uriBaseId").asText());
        assertTrue(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText().startsWith("file:/"));
        assertTrue(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText().endsWith("/"));
        assertEquals("East Sea", forbidden.at("/properties/suggestions/0").asText());
        assertEquals("note", results.get(0).get("level").asText());
        assertEquals("the forum moved to 14 August", results.get(2).at("/suppressions/0/justification").asText());
    }

    /** GitHub code scanning places an alert by region and tracks it by fingerprint. */
    @Test
    void aRealRunPlacesEachResultAtItsUnitAndKeepsItsFingerprints() throws Exception {
        // under the working directory, as a CI checkout is
        Path sample = Path.of("../samples/translations/003_29974663294a4e55.en.xlf");
        Path xliff = Files.createDirectories(Path.of("target/sarif-test")).resolve("003 faulty.en.xlf");
        Files.copy(sample, xliff, StandardCopyOption.REPLACE_EXISTING);
        Path absolute = Files.copy(sample, dir.resolve("copy.en.xlf"));
        JsonNode first = run(xliff, "first");
        JsonNode again = run(xliff, "again");
        assertEquals(Set.of(), SarifSchema.validate(first));

        List<String> lines = Files.readAllLines(xliff);
        JsonNode results = first.at("/runs/0/results");
        assertTrue(results.size() >= 4, results.toString());
        for (JsonNode r : results) {
            JsonNode location = r.at("/locations/0/physicalLocation");
            assertEquals("target/sarif-test/003%20faulty.en.xlf", location.at("/artifactLocation/uri").asText());
            assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asText());
            String unit = r.at("/locations/0/logicalLocations/0/name").asText();
            int line = location.at("/region/startLine").asInt();
            int column = location.at("/region/startColumn").asInt();
            assertTrue(line > 0, r.toString());
            assertTrue(lines.get(line - 1).substring(column - 1).startsWith("<trans-unit id=\"" + unit + "\""),
                    unit + " at " + line + ":" + column + ": " + lines.get(line - 1));
        }
        assertEquals(fingerprints(first), fingerprints(again), "the same findings keep their fingerprints");

        JsonNode outside = run(absolute, "outside");
        String uri = outside.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText();
        assertTrue(uri.startsWith("file:///"), "a file outside the working directory is an absolute URI: " + uri);
        assertTrue(outside.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uriBaseId").isMissingNode());
        assertEquals(Set.of(), SarifSchema.validate(outside));
    }

    private JsonNode run(Path xliff, String name) throws Exception {
        Path profile = dir.resolve("fast.properties");
        Files.writeString(profile, "spelling.enabled = false\ngrammar.enabled = false\n");
        Path sarif = dir.resolve(name + ".sarif");
        QaEngine.builder().profile(Profile.load(profile))
                .termbase(new TbxReader().read(Path.of("../samples/termbase.tbx"))).build()
                .run(List.of(xliff), List.of(new SarifReport(sarif)));
        return new ObjectMapper().readTree(sarif.toFile());
    }

    private static List<String> fingerprints(JsonNode sarif) {
        List<String> all = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(r -> all.add(r.at("/partialFingerprints/passerelleFinding~1v1").asText()));
        assertEquals(all.size(), all.stream().distinct().count(), "one fingerprint per finding: " + all);
        return all;
    }
}
