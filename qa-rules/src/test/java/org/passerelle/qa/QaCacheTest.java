package org.passerelle.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-runs on unchanged files take their findings from the QA cache and never start LanguageTool;
 * an edited file is checked again, and LanguageTool sees only its new text. Real LanguageTool.
 */
class QaCacheTest {
    @TempDir
    Path dir;
    private Path en;
    private Path cache;

    @BeforeEach
    void files() throws Exception {
        en = Files.copy(QaEngineEndToEndTest.resource("xliff/article-000.en-GB.xlf"), dir.resolve("a.en-GB.xlf"));
        Files.writeString(dir.resolve("b.en-GB.xlf"), Files.readString(en).replace("original=\"", "original=\"b-"));
        cache = dir.resolve("cache/qa-cache.json");
    }

    private QaEngine engine() throws Exception {
        return QaEngine.builder().termbase(QaEngineEndToEndTest.resource("termbase.tbx")).cacheFile(cache).build();
    }

    private List<String> run(QaEngine engine) throws Exception {
        List<String> lines = new ArrayList<>();
        engine.run(List.of(dir), List.of(new ReportListener() {
            @Override
            public void finding(Finding f) {
                lines.add(f.file().replace(dir.toString(), "") + ":" + f.unit() + " " + f.check() + " " + f.message()
                        + (f.isSuppressed() ? " (suppressed)" : ""));
            }

            @Override
            public void finished(QaSummary summary) {
            }
        }));
        return lines;
    }

    @Test
    void unchangedFilesAreNotCheckedAgain() throws Exception {
        QaEngine first = engine();
        List<String> checked = run(first);
        assertEquals(0, first.lastRun().filesReused());
        assertTrue(first.lastRun().languageTool().checked() > 0, "the first run asked LanguageTool");

        QaEngine second = engine();
        assertEquals(checked, run(second), "the same findings, in the same order");
        assertEquals(2, second.lastRun().filesReused());
        assertEquals(Map.of(), second.lastRun().languageTool().checkedByLanguage(), "LanguageTool not started");
        assertTrue(second.lastRun().line().startsWith("findings reused for 2 of 2 files; LanguageTool"),
                second.lastRun().line());
    }

    @Test
    void anEditedFileIsCheckedAgainAndLanguageToolSeesOnlyItsNewText() throws Exception {
        run(engine());
        Files.writeString(en, Files.readString(en).replace("the two sides held talks", "the two sides held tlaks"));

        QaEngine again = engine();
        List<String> lines = run(again);
        assertEquals(1, again.lastRun().filesReused());
        assertEquals(Map.of("en-GB", 1), again.lastRun().languageTool().checkedByLanguage());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("/a.en-GB.xlf:") && l.contains("'tlaks'")), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("/b.en-GB.xlf:") && l.contains("'tlaks'")), lines.toString());
    }

    @Test
    void suppressionsApplyToReusedFindings() throws Exception {
        List<String> before = run(engine());
        String unit = before.stream().filter(l -> l.contains(" term.forbidden ")).findFirst().orElseThrow()
                .replaceAll("^[^:]*:(\\S+) .*", "$1");
        Path suppressions = Files.writeString(dir.resolve("suppressions.txt"), unit + " term.forbidden reviewed\n");

        QaEngine suppressing = QaEngine.builder().termbase(QaEngineEndToEndTest.resource("termbase.tbx")).cacheFile(cache)
                .suppressions(Suppressions.load(suppressions)).build();
        List<String> after = run(suppressing);
        assertEquals(2, suppressing.lastRun().filesReused());
        assertNotEquals(before, after);
        assertTrue(after.stream().filter(l -> l.contains(" term.forbidden ")).allMatch(l -> l.endsWith("(suppressed)")), after.toString());
    }

    @Test
    void anotherProfileOrTermbaseChecksAgain() throws Exception {
        run(engine());
        QaEngine stricter = QaEngine.builder().termbase(QaEngineEndToEndTest.resource("termbase.tbx")).cacheFile(cache)
                .profile(Profile.defaults().with("whitespace.severity", "error")).build();
        run(stricter);
        assertEquals(0, stricter.lastRun().filesReused());
        assertEquals(Map.of(), stricter.lastRun().languageTool().checkedByLanguage(), "LanguageTool's results still hold");
    }

    @Test
    void aDamagedCacheOnlyCostsTime() throws Exception {
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "{\"version\": ");
        QaEngine engine = engine();
        List<String> lines = run(engine);
        assertTrue(lines.stream().anyMatch(l -> l.contains(" term.forbidden ")));
        assertTrue(Files.readString(cache).contains("\"files\""), "rewritten whole");
    }
}
