package org.passerelle.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameSpellingTest {
    private final NameSpelling french = NameSpelling.of("tch", "č", "ch", "š", "ss", "s", "ne$", "n")
            .whenTranscribed(Pattern.compile("ï|(?:ov|ev|ine)$"), "ou", "u");
    private final NameSpelling english = NameSpelling.of("tch", "č", "ch", "č", "sh", "š", "ou", "u");

    @Test
    void twoTranscriptionsOfOneNameMeet() {
        assertEquals(english.skeleton("shoigu"), french.skeleton("Choïgou", "choigou"));
        assertEquals(english.skeleton("belousov"), french.skeleton("Beloussov", "beloussov"));
        assertEquals(english.skeleton("removich"), french.skeleton("removitch"));
        assertEquals(english.skeleton("putin"), french.skeleton("Poutine", "poutine"));
    }

    @Test
    void aTypoDoesNotAndAnEndingRewritesOnlyTheEnd() {
        assertNotEquals(english.skeleton("sisoulit"), french.skeleton("sisoulith"));
        assertEquals("antonin", french.skeleton("antonine"));
        assertEquals("nenad", french.skeleton("nenad"));
    }

    @Test
    void aRewriteForTranscribedNamesWaitsForTheirSigns() {
        assertEquals("thongloun", french.skeleton("Thongloun", "thongloun"));
        assertEquals("sisoulith", french.skeleton("Sisoulith", "sisoulith"));
        assertEquals("siluanov", french.skeleton("Silouanov", "silouanov"));
    }
}
