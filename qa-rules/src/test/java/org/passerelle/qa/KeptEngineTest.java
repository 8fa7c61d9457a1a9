package org.passerelle.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.qa.languagetool.Proofreader;
import org.passerelle.xliff.TranslationUnit;

/**
 * An engine kept running (qa --watch, a service's cache): after a save only the saved file is
 * parsed again; the others' units are the ones read before. And a first run starts LanguageTool
 * for a file's language as soon as that file is read, while the next ones are read.
 */
class KeptEngineTest {
    @TempDir
    Path dir;

    @Test
    void aRerunParsesOnlyTheFileThatChanged() throws Exception {
        Path a = Files.copy(QaEngineEndToEndTest.resource("xliff/article-000.en-GB.xlf"), dir.resolve("a.en-GB.xlf"));
        Path b = Files.writeString(dir.resolve("b.en-GB.xlf"), Files.readString(a).replace("original=\"", "original=\"b-"));
        QaEngine engine = QaEngine.builder().profile(QaEngineTest.withoutLanguageTool())
                .cacheFile(dir.resolve("qa-cache.json")).build();
        Map<String, TranslationUnit> first = units(engine, dir);
        Files.writeString(b, Files.readString(b).replaceFirst("</target>", " Edited.</target>"));
        Map<String, TranslationUnit> second = units(engine, dir);

        assertEquals(first.keySet(), second.keySet());
        first.forEach((key, unit) -> {
            if (key.startsWith(a.toString())) {
                assertSame(unit, second.get(key), "unchanged, not parsed again: " + key);
            }
        });
        List<String> edited = second.entrySet().stream().filter(e -> e.getKey().startsWith(b.toString()))
                .filter(e -> e.getValue().segments().stream().anyMatch(s -> s.target() != null
                        && s.target().contains("Edited."))).map(Map.Entry::getKey).toList();
        assertEquals(1, edited.size(), "the saved file is read as saved: " + second.keySet());
        second.forEach((key, unit) -> {
            if (key.startsWith(b.toString())) {
                assertNotSame(first.get(key), unit, "the saved file is parsed again: " + key);
            }
        });
    }

    @Test
    void aFileWhoseLanguageIsNewStartsLanguageToolBeforeTheNextFileIsRead() throws Exception {
        // A variant no other test starts: LanguageTool's instances are shared by the whole JVM.
        String variant = "en-ZA";
        Path first = Files.writeString(dir.resolve("a.en-ZA.xlf"), Files.readString(
                QaEngineEndToEndTest.resource("xliff/article-000.en-GB.xlf")).replace("en-GB", variant));
        Path second = Files.copy(QaEngineEndToEndTest.resource("xliff/article-000.en-GB.xlf"), dir.resolve("b.en-GB.xlf"));
        assertFalse(Proofreader.started().containsKey(variant + "|all"), "a test before started " + variant);
        Map<Integer, Map<String, Integer>> startedWhenRead = new LinkedHashMap<>();
        QaEngine engine = QaEngine.builder().progress(new QaProgress() {
            @Override
            public void filesRead(int done, int total) {
                startedWhenRead.put(done, Proofreader.started());
            }

            @Override
            public void unitsChecked(int done, int total) {
            }
        }).build();
        engine.run(List.of(first, second), List.of());
        assertEquals(List.of(1, 2), List.copyOf(startedWhenRead.keySet()));
        assertTrue(startedWhenRead.get(1).containsKey(variant + "|all"),
                "LanguageTool " + variant + " starts once its first file is read, before the next: " + startedWhenRead);
    }

    private static Map<String, TranslationUnit> units(QaEngine engine, Path dir) throws Exception {
        Map<String, TranslationUnit> units = new LinkedHashMap<>();
        engine.run(List.of(dir), List.of(new ReportListener() {
            @Override
            public void unit(TranslationUnit unit) {
                units.put(unit.file() + "|" + unit.id(), unit);
            }

            @Override
            public void finding(Finding f) {
            }

            @Override
            public void finished(QaSummary summary) {
            }
        }));
        return units;
    }
}
