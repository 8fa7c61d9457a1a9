package org.passerelle.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.core.InputException;
import org.passerelle.xliff.TranslationUnit;

class QaEngineTest {

    /** Collects what the engine reports, in order. */
    static final class Collector implements ReportListener {
        final List<String> events = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        QaSummary summary;

        @Override
        public void started(List<CheckDefinition> checks) {
            events.add("started " + checks.stream().map(CheckDefinition::id).toList());
        }

        @Override
        public void unit(TranslationUnit unit) {
            events.add("unit " + unit.id());
        }

        @Override
        public void finding(Finding f) {
            findings.add(f);
            events.add("finding " + f.unit() + " " + f.check());
        }

        @Override
        public void finished(QaSummary s) {
            summary = s;
        }
    }

    static Profile withoutLanguageTool() throws InputException {
        return Profile.defaults().with("spelling.enabled", "false").with("grammar.enabled", "false");
    }

    @Test
    void findingsComeInUnitOrderWhateverTheThreads() throws Exception {
        List<TranslationUnit> units = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            units.add(Units.segments("u" + i, "en-GB", "En 2019, 70 activités.", i % 3 == 0 ? "In 2018, 70 activities." : "In 2019, 70 activities.",
                    "Deuxième phrase.", i % 5 == 0 ? null : "Second sentence."));
        }
        QaEngine engine = QaEngine.builder().profile(withoutLanguageTool()).threads(4).build();
        Collector first = new Collector();
        QaSummary s = engine.check(units, List.of(first));
        Collector second = new Collector();
        engine.check(units, List.of(second));
        assertEquals(first.events, second.events);
        // 67 wrong years (errors) are also 67 inconsistent translations of the same source (warnings).
        assertEquals(new QaSummary(1, 200, 67 + 40, 67, 0, 0), s);
        assertEquals(s, first.summary);
        // u0: segment 1 first, by offset (the whole-segment finding at 0, the year at 3), then segment 2.
        assertEquals(List.of("consistency.target", "number.mismatch", "target.empty"),
                first.findings.stream().filter(f -> f.unit().equals("u0")).map(Finding::check).toList());
        assertTrue(first.events.get(0).startsWith("started [xliff.unreadable, xliff.target-language, xliff.duplicate-id, target.empty, target.review, term.required"));
    }

    @Test
    void findingsCarryFileUnitLanguageAndProfileSeverity() throws Exception {
        Collector c = new Collector();
        QaEngine.builder().profile(withoutLanguageTool().with("number.mismatch.severity", "warning")).build()
                .check(List.of(Units.unit("u9", "en-GB", "Les 1 000 soldats.", "The 1,100 soldiers.")), List.of(c));
        Finding f = c.findings.get(0);
        assertEquals(new Finding("test.xlf", "u9", "1", Side.TARGET, "en-GB", "number.mismatch", Severity.WARNING,
                f.message(), 4, 5, List.of("1,000"), null), f);
        assertEquals(1, c.summary.warnings());
    }

    @Test
    void suppressedFindingsAreCountedApart() throws Exception {
        TranslationUnit u = Units.withNotes(Units.unit("u1", "en-GB", "Les 1 000 soldats.", "The 1,100 soldiers."),
                "passerelle-suppress: number.mismatch — the client writes it so");
        Collector c = new Collector();
        QaSummary s = QaEngine.builder().profile(withoutLanguageTool()).build().check(List.of(u), List.of(c));
        assertEquals(new QaSummary(1, 1, 0, 0, 0, 1), s);
        assertEquals("the client writes it so", c.findings.get(0).suppressed());
    }

    @Test
    void untranslatableUnitsAreNotChecked() throws Exception {
        TranslationUnit u = Units.unit("en-GB", "Les 1 000 soldats.", null);
        TranslationUnit locked = u.toBuilder().translatable(false).build();
        Collector c = new Collector();
        assertEquals(new QaSummary(1, 1, 0, 0, 0, 0),
                QaEngine.builder().profile(withoutLanguageTool()).build().check(List.of(locked), List.of(c)));
    }

    @Test
    void failOnThresholds() {
        QaSummary warningsOnly = new QaSummary(1, 10, 0, 2, 5, 1);
        assertTrue(warningsOnly.failsAt(Severity.WARNING));
        assertTrue(warningsOnly.failsAt(Severity.INFO));
        assertTrue(!warningsOnly.failsAt(Severity.ERROR));
        assertTrue(!new QaSummary(1, 10, 3, 0, 0, 0).failsAt(null), "--fail-on never");
        assertTrue(!new QaSummary(1, 10, 0, 0, 0, 4).failsAt(Severity.INFO), "suppressed findings never fail");
    }

    @Test
    void missingPathIsInputError() {
        InputException e = assertThrows(InputException.class,
                () -> new QaEngine().run(List.of(Path.of("no/such/dir")), List.of()));
        assertTrue(e.oneLine().contains("no/such/dir"), e.oneLine());
    }
}
