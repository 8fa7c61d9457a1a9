package org.passerelle.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.core.InputException;
import org.passerelle.qa.report.SarifReport;
import org.passerelle.xliff.TranslationUnit;

/** A check the built-in profile does not know, registered by its definition alone. */
class CustomCheckTest {
    private static final List<CheckDefinition> WITH_CUSTOM = List.of(ExclamationMarkCheck.DEFINITION);
    private static final TranslationUnit SHOUTING = Units.unit("en", "Victoire !", "Victory! At last!");

    @TempDir
    Path dir;

    @Test
    void runsEndToEndWithItsDefaultsAndIsDescribedInSarif() throws Exception {
        Path sarif = dir.resolve("qa-report.sarif");
        QaEngineTest.Collector collected = new QaEngineTest.Collector();

        QaEngine.builder().profile(QaEngineTest.withoutLanguageTool()).check(ExclamationMarkCheck.DEFINITION).threads(1).build()
                .check(List.of(SHOUTING), List.of(collected, new SarifReport(sarif)));

        List<Finding> found = collected.findings.stream().filter(f -> f.check().equals("style.no-exclamation")).toList();
        assertEquals(List.of(7, 16), found.stream().map(Finding::offset).toList(), "max 0 by default: both marks");
        assertEquals(Severity.WARNING, found.get(0).severity());
        JsonNode rules = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/tool/driver/rules");
        JsonNode rule = rules.get(rules.size() - 1);
        assertEquals("style.no-exclamation", rule.get("id").asText());
        assertEquals("More exclamation marks in a translation than the desk allows", rule.at("/shortDescription/text").asText());
        assertEquals("style", rule.at("/properties/category").asText());
    }

    @Test
    void itsParametersAndSeverityComeFromTheProfile() throws Exception {
        Path file = Files.writeString(dir.resolve("team.properties"), """
                spelling.enabled = false
                grammar.enabled = false
                style.no-exclamation.max = 1
                style.no-exclamation.severity = error
                """);
        Profile profile = Profile.load(file, withBuiltIns());
        QaEngineTest.Collector collected = new QaEngineTest.Collector();

        QaEngine.builder().profile(profile).checks(withBuiltIns()).threads(1).build().check(List.of(SHOUTING), List.of(collected));

        List<Finding> found = collected.findings.stream().filter(f -> f.check().equals("style.no-exclamation")).toList();
        assertEquals(List.of(16), found.stream().map(Finding::offset).toList(), "one mark allowed");
        assertEquals(Severity.ERROR, found.get(0).severity());
    }

    @Test
    void itsParametersAreValidatedByType() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.properties"), "# team\nstyle.no-exclamation.max = none\n");
        InputException e = assertThrows(InputException.class, () -> Profile.load(file, withBuiltIns()));
        assertEquals(file + ":2:27: style.no-exclamation.max must be a whole number, got 'none'", e.oneLine());
        InputException typo = assertThrows(InputException.class,
                () -> Profile.defaults(withBuiltIns()).with("style.no-exclamation.maximum", "2"));
        assertTrue(typo.getMessage().contains("style.no-exclamation has: enabled, severity, max"), typo.getMessage());
        assertThrows(InputException.class, () -> Profile.load(file), "the built-in profile does not know the check");
    }

    private static List<CheckDefinition> withBuiltIns() {
        List<CheckDefinition> all = new ArrayList<>(CheckRegistry.all());
        all.addAll(WITH_CUSTOM);
        return all;
    }
}
