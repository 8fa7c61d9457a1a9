package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;
import static org.passerelle.qa.Units.withState;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.CheckMatch;
import org.passerelle.xliff.TranslationState;

class TargetReviewCheckTest {
    private final TargetReviewCheck check = new TargetReviewCheck();

    @Test
    void aTranslationToReviewIsReportedWithItsState() {
        List<CheckMatch> m = check.check(withState(unit("en-GB", "Le texte.", "The text."), "needs-review-translation"),
                context());
        assertEquals(1, m.size());
        assertEquals("1", m.get(0).segment());
        assertTrue(m.get(0).message().contains("'needs-review-translation'"), m.get(0).message());
        assertEquals("target.review", check.id());
    }

    @Test
    void tradosDraftsAndRejectionsAreReported() {
        for (String conf : List.of("Draft", "RejectedTranslation", "RejectedSignOff")) {
            assertEquals(1, check.check(withState(unit("en-GB", "Le texte.", "The text."),
                    TranslationState.fromSdlConf(conf)), context()).size(), conf);
        }
    }

    @Test
    void anUnknownStateIsReportedAsUnknown() {
        List<CheckMatch> m = check.check(withState(unit("en-GB", "Le texte.", "The text."), "x-checked-by-desk"), context());
        assertEquals(1, m.size());
        assertTrue(m.get(0).message().startsWith("Unknown state 'x-checked-by-desk'"), m.get(0).message());
    }

    @Test
    void translatedAndNotTranslatedUnitsAreNotItsConcern() {
        assertTrue(check.check(withState(unit("en-GB", "Le texte.", "The text."), "translated"), context()).isEmpty());
        assertTrue(check.check(withState(unit("en-GB", "Le texte.", "The text."), "signed-off"), context()).isEmpty());
        assertTrue(check.check(unit("en-GB", "Le texte.", null), context()).isEmpty());
    }
}
