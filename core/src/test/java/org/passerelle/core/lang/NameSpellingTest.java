package org.passerelle.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameSpellingTest {
    private final NameSpelling french = NameSpelling.of("tch", "č", "ch", "š", "ss", "s", "ou", "u", "ne$", "n");
    private final NameSpelling english = NameSpelling.of("tch", "č", "ch", "č", "sh", "š", "ou", "u");

    @Test
    void twoTranscriptionsOfOneNameMeet() {
        assertEquals(english.skeleton("shoigu"), french.skeleton("choigou"));
        assertEquals(english.skeleton("belousov"), french.skeleton("beloussov"));
        assertEquals(english.skeleton("removich"), french.skeleton("removitch"));
        assertEquals(english.skeleton("putin"), french.skeleton("poutine"));
    }

    @Test
    void aTypoDoesNotAndAnEndingRewritesOnlyTheEnd() {
        assertNotEquals(english.skeleton("sisoulit"), french.skeleton("sisoulith"));
        assertEquals("antonin", french.skeleton("antonine"));
        assertEquals("nenad", french.skeleton("nenad"));
    }
}
