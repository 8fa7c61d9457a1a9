package org.passerelle.qa.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.Finding;

/**
 * The whole QA (LanguageTool and the sample termbase included) over the labelled set: every planted
 * defect found by the check its label names, and nothing at all reported on a clean unit. The
 * figures per check are printed by {@code ./bench accuracy}.
 */
class AccuracyTest {
    /** The recall the checks reach on the set; a change that loses a defect fails here. */
    private static final double RECALL = 1.0;

    private static AccuracyRun run;

    @BeforeAll
    static void runTheQa() throws Exception {
        run = AccuracyRun.run();
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
