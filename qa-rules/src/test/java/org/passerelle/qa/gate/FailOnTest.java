package org.passerelle.qa.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.passerelle.qa.QaSummary;

class FailOnTest {
    private static final QaSummary CLEAN = new QaSummary(2, 10, 0, 0, 0, 0);
    private static final QaSummary INFO_ONLY = new QaSummary(2, 10, 0, 0, 1, 0);
    private static final QaSummary WARNING_ONLY = new QaSummary(2, 10, 0, 1, 0, 0);
    private static final QaSummary ONE_ERROR = new QaSummary(2, 10, 1, 0, 0, 3);

    @Test
    void errorFailsOnErrorsOnly() {
        assertTrue(FailOn.ERROR.failsAt(ONE_ERROR));
        assertFalse(FailOn.ERROR.failsAt(WARNING_ONLY));
        assertFalse(FailOn.ERROR.failsAt(INFO_ONLY));
    }

    @Test
    void warningFailsOnWarningsAndErrors() {
        assertTrue(FailOn.WARNING.failsAt(WARNING_ONLY));
        assertTrue(FailOn.WARNING.failsAt(ONE_ERROR));
        assertFalse(FailOn.WARNING.failsAt(INFO_ONLY));
    }

    @Test
    void infoFailsOnAnyFinding() {
        assertTrue(FailOn.INFO.failsAt(INFO_ONLY));
        assertTrue(FailOn.INFO.failsAt(WARNING_ONLY));
        assertFalse(FailOn.INFO.failsAt(CLEAN));
    }

    @Test
    void neverFailsEvenOnErrors() {
        assertFalse(FailOn.NEVER.failsAt(ONE_ERROR));
    }

    @Test
    void parsesTheNamesUsersTypeInAnyCase() {
        assertEquals(FailOn.WARNING, FailOn.parse(" Warning "));
        assertEquals("never", FailOn.parse("NEVER").toString());
    }

    @Test
    void unknownLevelNamesTheKnownOnes() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> FailOn.parse("errors"));
        assertEquals("'errors' is not one of error, warning, info, never; did you mean 'error'?", e.getMessage());
    }
}
