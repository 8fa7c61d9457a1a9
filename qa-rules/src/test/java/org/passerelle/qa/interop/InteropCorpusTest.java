package org.passerelle.qa.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.core.InputException;
import org.passerelle.qa.Finding;
import org.passerelle.qa.interop.CorpusRun.ReadUnit;
import org.passerelle.qa.interop.FileCounts.FileUnit;
import org.passerelle.xliff.SegmentPair;

/**
 * Issue #13's acceptance test: {@code qa} on real files other tools wrote reads every unit and every
 * target segment of each valid one, says nothing a translator would call absurd, and refuses each
 * invalid one at its line. What the reader does not do yet is listed in known-gaps.txt, and each
 * listed gap must still fail (see {@link KnownGaps}).
 */
class InteropCorpusTest {
    private static final KnownGaps GAPS = KnownGaps.load();
    /** File, then check id, then number of findings: printed at the end for the lead and translators. */
    private static final Map<String, Map<String, Long>> FINDINGS = new TreeMap<>();
    /** File, then what the QA read (units and target segments read/in the file) or how it stopped. */
    private static final Map<String, String> READ = new TreeMap<>();
    /** Every finding with its segment's text, written to target/ for reviewing the findings by hand. */
    private static final Map<String, List<String>> DETAILS = new TreeMap<>();

    static Stream<String> validFiles() {
        return InteropCorpus.valid();
    }

    static Stream<String> invalidFiles() {
        return InteropCorpus.invalid();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void validFileIsReadWholeWithoutAbsurdFindings(String name) throws Exception {
        Path file = InteropCorpus.entry(name).path();
        FileCounts expected = FileCounts.of(file);
        CorpusRun run = CorpusRun.of(file, CorpusRun.withoutLanguageTool());
        Outcome outcome = new Outcome();
        if (run.failure == null) {
            outcome.pass("no-internal-error");
            outcome.pass("reads");
            FINDINGS.put(name, countByCheck(run.findings()));
            DETAILS.put(name, details(run));
            READ.put(name, String.format("units %d/%d, target segments %d/%d", run.units.size(), expected.unitCount(),
                    run.targetSegments(), expected.targetSegments()));
            readWhole(expected, run, outcome);
            AbsurdFindings.judge(run, expected, outcome);
        } else if (run.failure instanceof InputException e) {
            outcome.pass("no-internal-error");
            outcome.fail("reads", "InputException " + e.oneLine());
            READ.put(name, "exit 2: " + e.oneLine());
        } else {
            outcome.fail("no-internal-error", describe(run.failure));
            READ.put(name, "exit 3: " + describe(run.failure));
        }
        assertAsTheGapsTableSays(name, outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void invalidFileIsRefusedAtItsLine(String name) throws Exception {
        InteropCorpus.Entry entry = InteropCorpus.entry(name);
        CorpusRun run = CorpusRun.of(entry.path(), CorpusRun.withoutLanguageTool());
        Outcome outcome = new Outcome();
        if (run.failure == null) {
            outcome.pass("no-internal-error");
            outcome.fail("refused", "read as valid: " + run.units.size() + " units, " + run.findings().size() + " findings");
            READ.put(name, "read as valid: " + run.units.size() + " units");
        } else if (run.failure instanceof InputException e) {
            outcome.pass("no-internal-error");
            outcome.pass("refused");
            READ.put(name, "exit 2: " + e.oneLine());
            if (entry.problem() == null) {
                outcome.check("position", e.line() > 0, "no line in: " + e.oneLine());
            } else {
                outcome.check("position", e.getMessage().contains(entry.problem()),
                        "message does not name \"" + entry.problem() + "\": " + e.oneLine());
            }
        } else {
            outcome.fail("no-internal-error", describe(run.failure));
            READ.put(name, "exit 3: " + describe(run.failure));
        }
        assertAsTheGapsTableSays(name, outcome);
    }

    @Test
    void everyFixtureHasAVerdictAndEveryVerdictAFixture() throws Exception {
        assertEquals(List.copyOf(InteropCorpus.entries().keySet()), InteropCorpus.fixtureFiles(),
                "verdicts.txt and " + InteropCorpus.DIR + " must list the same files");
    }

    @Test
    void everyGapNamesAFixtureAndAnAssertion() {
        List<String> assertions = List.of("reads", "no-internal-error", "units", "target-segments", "target-empty",
                "refused", "position");
        for (KnownGaps.Gap gap : GAPS.all()) {
            assertTrue(InteropCorpus.entries().containsKey(gap.file()), "known-gaps.txt: no such fixture: " + gap.line());
            assertTrue(assertions.contains(gap.assertion()) || gap.assertion().startsWith("absurd."),
                    "known-gaps.txt: no such assertion: " + gap.line());
        }
    }

    /** What was read and the findings per check per valid file, for the lead to judge what translators would see. */
    @AfterAll
    static void printFindings() throws Exception {
        StringBuilder table = new StringBuilder("What qa read (read/in the file) or how it stopped:\n");
        READ.forEach((file, read) -> table.append(String.format("  %-52s %s%n", file, read.replaceAll("\\s+", " "))));
        table.append("Findings per check per valid file (default profile without LanguageTool):\n");
        FINDINGS.forEach((file, byCheck) -> table.append(String.format("  %-52s %s%n", file,
                byCheck.isEmpty() ? "none" : byCheck.toString())));
        System.out.print(table);
        Files.writeString(Path.of("target/interop-findings.txt"), table);
        StringBuilder details = new StringBuilder();
        DETAILS.forEach((file, lines) -> lines.forEach(l -> details.append(file).append(' ').append(l).append('\n')));
        Files.writeString(Path.of("target/interop-findings-detail.txt"), details);
    }

    private static List<String> details(CorpusRun run) {
        List<String> lines = new ArrayList<>();
        for (ReadUnit read : run.units) {
            for (Finding f : read.findings()) {
                SegmentPair s = read.unit().segments().stream().filter(p -> p.id().equals(f.segment())).findFirst().orElse(null);
                lines.add(read.unit().id() + ":" + f.segment() + " " + f.check() + " " + f.side() + " \"" + f.message() + "\""
                        + (s == null ? "" : " source=[" + s.source() + "] target=[" + s.target() + "]"));
            }
        }
        return lines;
    }

    private static void readWhole(FileCounts expected, CorpusRun run, Outcome outcome) {
        outcome.check("units", run.units.size() == expected.unitCount(),
                "read " + run.units.size() + " units, the file has " + expected.unitCount());
        List<String> differ = run.units.size() == expected.unitCount() ? unitsWithOtherTargets(expected, run) : List.of();
        outcome.check("target-segments", run.targetSegments() == expected.targetSegments() && differ.isEmpty(),
                "read " + run.targetSegments() + " target segments, the file has " + expected.targetSegments()
                        + (differ.isEmpty() ? "" : "; units read otherwise (read/in the file): "
                        + differ.subList(0, Math.min(5, differ.size()))));
        if (run.units.size() == expected.unitCount()) {
            List<String> wrong = emptyButTranslated(expected, run);
            outcome.check("target-empty", wrong.isEmpty(), wrong.size() + " target.empty on translated segments, e.g. "
                    + wrong.subList(0, Math.min(3, wrong.size())));
        }
    }

    /** Units whose count of target segments differs from the file's: totals can hide a loss and a gain. */
    private static List<String> unitsWithOtherTargets(FileCounts expected, CorpusRun run) {
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < run.units.size(); i++) {
            ReadUnit read = run.units.get(i);
            long translated = read.unit().segments().stream().filter(CorpusRun::translated).count();
            int inFile = expected.units().get(i).translatedSegments();
            if (translated != inFile) {
                differ.add(read.unit().id() + " " + translated + "/" + inFile);
            }
        }
        return differ;
    }

    /** target.empty findings on segments whose target has content in the file (units paired in file order). */
    private static List<String> emptyButTranslated(FileCounts expected, CorpusRun run) {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < run.units.size(); i++) {
            ReadUnit read = run.units.get(i);
            FileUnit inFile = expected.units().get(i);
            for (Finding f : read.findings()) {
                // "Target state is 'new'" is about the state, not the text: a translated segment may carry it.
                if (f.check().equals("target.empty") && !f.message().startsWith("Target state")
                        && inFile.translated(f.segment(), segmentIndex(read, f.segment()))) {
                    wrong.add("unit " + read.unit().id() + " segment " + f.segment());
                }
            }
        }
        return wrong;
    }

    private static int segmentIndex(ReadUnit read, String segmentId) {
        List<SegmentPair> segments = read.unit().segments();
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).id().equals(segmentId)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Long> countByCheck(List<Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(Finding::check, TreeMap::new, Collectors.counting()));
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage()
                + (root == e ? "" : " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")");
    }

    private static void assertAsTheGapsTableSays(String name, Outcome outcome) {
        List<String> problems = GAPS.problems(name, outcome);
        assertTrue(problems.isEmpty(), name + ":\n  " + String.join("\n  ", problems));
    }
}
