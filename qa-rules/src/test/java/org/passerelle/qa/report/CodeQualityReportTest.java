package org.passerelle.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.glossary.TbxReader;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaEngine;

/** GitLab Code Quality as the merge request widget reads it. */
class CodeQualityReportTest {
    @TempDir
    Path dir;

    @Test
    void oneIssuePerCountingFindingWithUniqueFingerprintAndTheUnitsLine() throws Exception {
        Path xliff = Files.createDirectories(Path.of("target/codequality-test")).resolve("003.en.xlf");
        Files.copy(Path.of("../samples/translations/003_29974663294a4e55.en.xlf"), xliff, StandardCopyOption.REPLACE_EXISTING);
        Path profile = Files.writeString(dir.resolve("fast.properties"), "spelling.enabled = false\ngrammar.enabled = false\n");
        Path report = dir.resolve("qa-report.codequality.json");
        QaEngine.builder().profile(Profile.load(profile)).termbase(new TbxReader().read(Path.of("../samples/termbase.tbx")))
                .build().run(List.of(xliff), List.of(new CodeQualityReport(report)));

        JsonNode issues = new ObjectMapper().readTree(report.toFile());
        assertTrue(issues.isArray() && issues.size() >= 5, issues.toString());
        List<String> lines = Files.readAllLines(xliff);
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode issue : issues) {
            assertEquals("target/codequality-test/003.en.xlf", issue.at("/location/path").asText());
            assertTrue(fingerprints.add(issue.get("fingerprint").asText()), "unique: " + issue);
            String unit = issue.get("description").asText().split(":")[0];
            int line = issue.at("/location/lines/begin").asInt();
            assertTrue(lines.get(line - 1).contains("<trans-unit id=\"" + unit + "\""), unit + " at line " + line);
            assertTrue(List.of("major", "minor", "info").contains(issue.get("severity").asText()), issue.toString());
        }
        JsonNode forbidden = find(issues, "term.forbidden");
        assertEquals("major", forbidden.get("severity").asText(), "an error is major");
        assertEquals("info", find(issues, "punctuation").get("severity").asText());
    }

    @Test
    void suppressedFindingsAreLeftOut() throws Exception {
        Path report = ReportFixtures.written(dir, "qa-report.codequality.json", CodeQualityReport::new);
        JsonNode issues = new ObjectMapper().readTree(report.toFile());
        assertEquals(2, issues.size(), "the suppressed number.mismatch is not an issue: " + issues);
    }

    private static JsonNode find(JsonNode issues, String check) {
        for (JsonNode i : issues) {
            if (i.get("check_name").asText().equals(check)) {
                return i;
            }
        }
        throw new AssertionError("no " + check + " in " + issues);
    }
}
