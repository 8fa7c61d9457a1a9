package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The states Trados and memoQ really write, read through Okapi and mapped to one {@link TranslationState}. */
class TranslationStateInteropTest {

    private static Path interop(String name) throws Exception {
        return Path.of(TranslationStateInteropTest.class.getResource("/interop/" + name).toURI());
    }

    @Test
    void everyTradosConfidenceLevelMapsAndOnlyConfirmedOnesPublish() throws Exception {
        List<TranslationUnit> units = XliffPreparerTest.read(interop("matecat-Test_stati.it-IT_en-US.sdlxliff"));
        Map<String, TranslationState> byConf = new TreeMap<>();
        for (TranslationUnit u : units) {
            if (u.stateValue() != null) {
                byConf.put(u.stateValue(), u.state());
            }
        }
        assertEquals(Map.of("Draft", TranslationState.NEEDS_REVIEW,
                "Translated", TranslationState.TRANSLATED,
                "RejectedTranslation", TranslationState.NEEDS_REVIEW,
                "ApprovedTranslation", TranslationState.REVIEWED,
                "RejectedSignOff", TranslationState.NEEDS_REVIEW,
                "ApprovedSignOff", TranslationState.FINAL), byConf);
        for (TranslationUnit u : units) {
            if ("Draft".equals(u.stateValue()) || "RejectedSignOff".equals(u.stateValue())) {
                assertTrue(!u.isTranslated(), u.id() + " " + u.stateValue() + " must not publish");
            }
        }
    }

    @Test
    void memoqNotStartedRowsAreNotTranslated() throws Exception {
        List<TranslationUnit> units = XliffPreparerTest.read(interop("okapi-MQ-12-Test01.xlf"));
        assertEquals(119, units.size());
        for (TranslationUnit u : units) {
            assertEquals("NotStarted", u.stateValue(), u.id());
            assertEquals(TranslationState.NOT_TRANSLATED, u.state(), u.id());
            assertTrue(u.stateKnown());
        }
    }

    @Test
    void everyXliff12StateHasAStateAndUnknownOnesAreFlagged() {
        assertEquals(TranslationState.NOT_TRANSLATED, TranslationState.fromXliff12("needs-l10n", false, true).state());
        assertEquals(TranslationState.NEEDS_REVIEW, TranslationState.fromXliff12("needs-review-l10n", false, true).state());
        assertEquals(TranslationState.REVIEWED, TranslationState.fromXliff12("translated", true, true).state(),
                "approved=\"yes\" lifts a translation to reviewed");
        TranslationState.Reading custom = TranslationState.fromXliff12("x-checked-by-desk", false, true);
        assertEquals(TranslationState.NEEDS_REVIEW, custom.state());
        assertEquals("x-checked-by-desk", custom.value());
        assertTrue(!custom.known());
        assertEquals("x-checked-by-desk", TranslationState.NEEDS_REVIEW.xliff12Value("x-checked-by-desk"),
                "a custom value is written back as read");
    }
}
