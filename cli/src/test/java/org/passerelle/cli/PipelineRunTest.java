package org.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.xliff.TranslationUnit;
import org.passerelle.xliff.XliffReader;

/** {@code passerelle run} on the bundled samples, checked the way a newcomer would look at out/. */
class PipelineRunTest {
    static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    static Path tmp;
    static Path out;
    static CommandLineTest.Result result;

    @BeforeAll
    static void runPipeline() {
        out = tmp.resolve("out");
        result = CommandLineTest.run("run", "--samples", SAMPLES.toString(), "-o", out.toString());
    }

    @Test
    void exitsZeroAndSaysWhatTheGateStopped() {
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("STOPPED  003_29974663294a4e55.en.xlf"), result.out());
        assertTrue(result.out().contains("ok       000_78e9962cff1393cc.en.xlf"), result.out());
    }

    @Test
    void preparesOneXliffPerArticleAndLanguage() throws Exception {
        try (Stream<Path> files = Files.list(out.resolve("xliff"))) {
            assertEquals(10, files.filter(f -> f.toString().endsWith(".xlf")).count());
        }
        List<TranslationUnit> units = read(out.resolve("xliff/000_78e9962cff1393cc.en.xlf"));
        // Seed 000: a dateline and nine body paragraphs.
        assertEquals(10, units.size());
        assertEquals("x-dateline", units.get(0).restype());
    }

    @Test
    void unitsCarryTheFixedEquivalentsOfTheTermbase() throws Exception {
        List<TranslationUnit> units = read(out.resolve("xliff/000_78e9962cff1393cc.vi.xlf"));
        List<TranslationUnit> withPartnership = units.stream()
                .filter(u -> u.sourceText().contains("Partenariat stratégique intégral")).toList();
        assertEquals(2, withPartnership.size());
        for (TranslationUnit u : withPartnership) {
            assertTrue(u.notes().stream().anyMatch(n -> n.contains("Đối tác chiến lược toàn diện")), u.notes().toString());
        }
        TranslationUnit doc = read(out.resolve("xliff/003_29974663294a4e55.en.xlf")).stream()
                .filter(u -> u.sourceText().contains("Mer Orientale")).findFirst().orElseThrow();
        assertTrue(doc.notes().stream().anyMatch(n -> n.contains("East Sea") && n.contains("South China Sea")),
                doc.notes().toString());
    }

    @Test
    void qaReportHasTheDeliberateMistakesAndNothingOnTheCleanArticle() throws Exception {
        JsonNode report = new ObjectMapper().readTree(out.resolve("qa/qa-report.json").toFile());
        assertEquals("passerelle", report.path("tool").path("name").asText());
        assertEquals(4, report.path("summary").path("files").asInt());
        List<JsonNode> errors = new ArrayList<>();
        report.path("findings").forEach(f -> {
            if (f.path("severity").asText().equals("error")) {
                errors.add(f);
            }
        });
        assertTrue(errors.stream().noneMatch(f -> f.path("file").asText().contains("000_")),
                "the clean sample must pass the gate: " + errors);
        assertHas(errors, "003_29974663294a4e55.en.xlf", "term.forbidden", "South China Sea");
        assertHas(errors, "003_29974663294a4e55.en.xlf", "number.mismatch", "1928");
        assertHas(errors, "003_29974663294a4e55.en.xlf", "term.required", "UNCLOS");
        assertHas(errors, "003_29974663294a4e55.en.xlf", "target.empty", "");
        assertHas(errors, "003_29974663294a4e55.vi.xlf", "term.forbidden", "Biển Nam Trung Hoa");
        assertHas(errors, "003_29974663294a4e55.vi.xlf", "number.mismatch", "2022");
        JsonNode forbidden = errors.stream().filter(f -> f.path("check").asText().equals("term.forbidden")
                && f.path("lang").asText().startsWith("en")).findFirst().orElseThrow();
        assertTrue(forbidden.path("suggestions").get(0).asText().endsWith("East Sea"), forbidden.toString());
        assertEquals("target", forbidden.path("side").asText());
        boolean typo = false;
        for (JsonNode f : report.path("findings")) {
            typo |= f.path("check").asText().equals("spelling") && f.path("message").asText().contains("cooperaton");
        }
        assertTrue(typo, "the English typo 'cooperaton' must be caught");
    }

    @Test
    void publishesTheCleanArticleOnlyAndWritesEveryReport() {
        Path en = out.resolve("publish/en/000_78e9962cff1393cc.html");
        Path vi = out.resolve("publish/vi/000_78e9962cff1393cc.html");
        assertTrue(Files.isRegularFile(en) && Files.isRegularFile(vi));
        assertFalse(Files.exists(out.resolve("publish/en/003_29974663294a4e55.html")));
        assertFalse(Files.exists(out.resolve("publish/vi/003_29974663294a4e55.html")));
        for (String f : List.of("qa-report.json", "qa-report.sarif", "qa-report.xml", "qa-report.html")) {
            assertTrue(Files.isRegularFile(out.resolve("qa").resolve(f)), f);
        }
    }

    @Test
    void publishedArticleIsTheTranslationInTheTargetLanguage() throws Exception {
        String html = Files.readString(out.resolve("publish/en/000_78e9962cff1393cc.html"));
        assertTrue(html.contains("lang=\"en"), html);
        assertTrue(html.contains("Comprehensive Strategic Partnership"));
        assertFalse(html.contains("Partenariat stratégique intégral"), "no French left in the English article");
    }

    static void assertHas(List<JsonNode> findings, String file, String check, String inMessage) {
        assertTrue(findings.stream().anyMatch(f -> f.path("file").asText().endsWith(file)
                        && f.path("check").asText().equals(check) && f.path("message").asText().contains(inMessage)),
                "expected " + check + " '" + inMessage + "' in " + file + ", got " + findings);
    }

    static List<TranslationUnit> read(Path xlf) throws Exception {
        List<TranslationUnit> units = new ArrayList<>();
        new XliffReader().read(xlf, xlf.toString(), units::add);
        return units;
    }
}
