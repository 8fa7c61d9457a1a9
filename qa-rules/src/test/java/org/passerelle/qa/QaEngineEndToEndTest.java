package org.passerelle.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import org.passerelle.qa.report.HtmlReport;
import org.passerelle.qa.report.JsonReport;
import org.passerelle.qa.report.JunitReport;
import org.passerelle.qa.report.SarifReport;
import org.passerelle.qa.report.TextReport;

/** The whole QA on a translator's XLIFF of seed article 000, with the sample termbase and real LanguageTool. */
class QaEngineEndToEndTest {
    private static Termbase termbase;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTermbase() throws Exception {
        termbase = new TbxReader().read(resource("termbase.tbx"));
    }

    static Path resource(String name) throws Exception {
        return Path.of(QaEngineEndToEndTest.class.getResource("/org/passerelle/qa/" + name).toURI());
    }

    @Test
    void catchesTheMistakesLeftInTheTranslation() throws Exception {
        Path xliff = Files.copy(resource("xliff/article-000.en-GB.xlf"), dir.resolve("article-000.en-GB.xlf"));
        Files.writeString(dir.resolve("notes.txt"), "not an XLIFF file, must be skipped");
        Path json = dir.resolve("report/qa-report.json");
        ByteArrayOutputStream text = new ByteArrayOutputStream();

        QaSummary summary = QaEngine.builder().termbase(termbase).build().run(List.of(dir),
                List.of(new JsonReport(json), new TextReport(new PrintStream(text, true, StandardCharsets.UTF_8), false),
                        new SarifReport(json.resolveSibling("qa-report.sarif")), new JunitReport(json.resolveSibling("qa-report.xml")),
                        new HtmlReport(json.resolveSibling("qa-report.html"))));

        System.err.println(text.toString(StandardCharsets.UTF_8));
        JsonNode findings = new ObjectMapper().readTree(json.toFile()).get("findings");
        List<String> errors = StreamSupport.stream(findings.spliterator(), false)
                .filter(f -> f.get("severity").asText().equals("error") && !f.has("suppressed"))
                .map(f -> f.get("unit").asText() + " " + f.get("check").asText()).toList();
        assertEquals(List.of("u3 term.required", "u5 number.mismatch", "u7 target.empty", "u8 term.forbidden"), errors);
        List<String> spelling = StreamSupport.stream(findings.spliterator(), false)
                .filter(f -> f.get("check").asText().equals("spelling"))
                .map(f -> f.get("unit").asText() + " " + f.get("side").asText() + " " + f.get("message").asText()).toList();
        assertEquals(List.of("u6 target 'militery-political' is not in the en-GB dictionary; did you mean 'military-political'?"), spelling);
        List<String> suppressed = StreamSupport.stream(findings.spliterator(), false).filter(f -> f.has("suppressed"))
                .map(f -> f.get("unit").asText() + " " + f.get("check").asText() + " " + f.get("suppressed").asText()).toList();
        assertEquals(List.of("u9 number.mismatch the forum moved to 14 August; the French copy is being corrected"), suppressed);

        assertEquals(1, summary.files());
        assertEquals(10, summary.units());
        assertEquals(4, summary.errors());
        assertEquals(1, summary.suppressed());
        JsonNode forbidden = StreamSupport.stream(findings.spliterator(), false)
                .filter(f -> f.get("check").asText().equals("term.forbidden")).findFirst().orElseThrow();
        assertEquals(xliff.toString(), forbidden.get("file").asText());
        assertEquals("'South China Sea' is a forbidden term; use 'East Sea' (Mer Orientale)", forbidden.get("message").asText());
        assertEquals("en-GB", forbidden.get("lang").asText());
        try (var files = Files.list(json.getParent())) {
            assertEquals(List.of("qa-report.html", "qa-report.json", "qa-report.sarif", "qa-report.xml"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        JsonNode sarif = new ObjectMapper().readTree(json.resolveSibling("qa-report.sarif").toFile());
        try (var schemaText = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertEquals(java.util.Set.of(), com.networknt.schema.JsonSchemaFactory.getInstance(
                    com.networknt.schema.SpecVersion.VersionFlag.V7).getSchema(schemaText).validate(sarif));
        }
        assertEquals(findings.size(), sarif.at("/runs/0/results").size());
        String report = text.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains(xliff + ":u8: error: term.forbidden: 'South China Sea' is a forbidden term"), report);
    }
}
