package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.segments;
import static org.passerelle.qa.Units.unit;
import static org.passerelle.qa.Units.withState;

import java.util.List;
import net.sf.okapi.lib.xliff2.core.TargetState;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Side;
import org.passerelle.xliff.TranslationState;

class TargetEmptyCheckTest {
    private final TargetEmptyCheck check = new TargetEmptyCheck();

    @Test
    void translatedUnitPasses() {
        assertTrue(check.check(unit("en-GB", "Hanoi (VNA) –", "Hanoi (VNA) –"), context()).isEmpty());
    }

    @Test
    void missingTargetIsReported() {
        List<CheckMatch> m = check.check(unit("en-GB", "Les dirigeants des deux pays.", null), context());
        assertEquals(1, m.size());
        assertEquals(Side.TARGET, m.get(0).side());
        assertTrue(m.get(0).message().contains("not translated"));
    }

    @Test
    void blankTargetIsReportedPerSegment() {
        List<CheckMatch> m = check.check(segments("u2", "en-GB", "Première phrase.", "First sentence.",
                "Deuxième phrase.", "  "), context());
        assertEquals(1, m.size());
        assertEquals("2", m.get(0).segment());
    }

    @Test
    void stateNewIsReportedEvenWithTargetText() {
        List<CheckMatch> m = check.check(withState(unit("en-GB", "Le texte.", "Le texte."), "needs-translation"), context());
        assertEquals(1, m.size());
        assertTrue(m.get(0).message().contains("needs-translation"));
    }

    @Test
    void anXliff2TargetWithoutStateIsTranslated() {
        // lib-xliff2 reads a 2.x segment without a state attribute as "initial".
        assertTrue(check.check(withState(unit("en-GB", "Le texte.", "The text."),
                TranslationState.fromXliff2(TargetState.INITIAL, null, true)), context()).isEmpty());
        assertEquals(1, check.check(withState(unit("en-GB", "Le texte.", ""),
                TranslationState.fromXliff2(TargetState.INITIAL, null, false)), context()).size());
    }

    @Test
    void everyNotTranslatedStateIsReportedWithItsValue() {
        for (String state : List.of("new", "needs-translation", "needs-l10n")) {
            List<CheckMatch> m = check.check(withState(unit("en-GB", "Le texte.", "The text."), state), context());
            assertEquals(1, m.size(), state);
            assertTrue(m.get(0).message().contains("'" + state + "'"), m.get(0).message());
        }
        assertEquals(1, check.check(withState(unit("en-GB", "Le texte.", "The text."),
                TranslationState.fromMemoqStatus("NotStarted")), context()).size());
    }

    @Test
    void draftsAreLeftToTargetReview() {
        assertTrue(check.check(withState(unit("en-GB", "Le texte.", "The text."), "needs-review-translation"), context())
                .isEmpty());
    }

    @Test
    void emptySourceNeedsNoTranslation() {
        assertTrue(check.check(unit("en-GB", " ", null), context()).isEmpty());
    }
}
