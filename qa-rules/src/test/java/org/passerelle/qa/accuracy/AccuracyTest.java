package org.passerelle.qa.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.qa.Finding;

/**
 * The whole QA (LanguageTool and the sample termbase included) over the labelled set: every planted
 * defect found by the check its label names, and nothing at all reported on a clean unit. The
 * figures per check are printed by {@code ./bench accuracy}, which runs LanguageTool on every text;
 * here LanguageTool's results for the set's texts come from {@code accuracy/lt-cache.json}, the
 * engine's own result cache written by LanguageTool on an earlier run and ignored when LanguageTool
 * or Passerelle is another version, so that the test takes seconds rather than a minute. A text
 * that is not in it (a label table edited) is checked by LanguageTool as usual.
 */
class AccuracyTest {
    /** The recall the checks reach on the set; a change that loses a defect fails here. */
    private static final double RECALL = 1.0;

    private static AccuracyRun run;

    @BeforeAll
    static void runTheQa(@TempDir Path dir) throws Exception {
        Path cache = Files.copy(LabelledSet.resource("lt-cache.json"), dir.resolve("lt-cache.json"));
        run = AccuracyRun.run(cache, 1);
    }

    @Test
    void everyPlantedDefectIsFound() {
        List<String> missed = run.defects().stream().filter(u -> !run.found(u))
                .map(u -> u.id() + " (" + u.label() + ": " + u.note() + ")").toList();
        assertTrue(run.recall() >= RECALL, "recall " + run.recall() + "; missed " + missed);
    }

    @Test
    void noCleanUnitRaisesAnAlarm() {
        List<String> alarms = run.clean().stream().filter(run::falseAlarm)
                .map(u -> u.id() + " (" + u.note() + "): " + run.findings(u).stream()
                        .map(f -> f.check() + " " + f.message()).collect(Collectors.joining("; ")))
                .toList();
        assertEquals(List.of(), alarms);
    }

    @Test
    void eachFindingOfADefectIsOnTheTarget() {
        for (LabelledUnit u : run.defects()) {
            for (Finding f : run.findings(u)) {
                assertEquals(u.id(), f.unit());
            }
        }
    }
}
