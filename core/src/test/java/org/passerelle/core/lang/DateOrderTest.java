package org.passerelle.core.lang;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DateOrderTest {
    private final DateOrder english = DateOrder.dayFirst("on").monthFirstIn("US");

    @Test
    void americanEnglishWritesTheMonthFirstAndTheRestTheDay() {
        assertTrue(english.monthFirst("en-US"));
        assertTrue(english.monthFirst("en_US"));
        assertFalse(english.monthFirst("en-GB"));
        assertFalse(english.monthFirst("en"));
    }

    @Test
    void aFileThatNamesNoLanguageIsReadDayFirst() {
        assertFalse(english.monthFirst(null));
    }
}
