package org.passerelle.lang.fr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.LanguageSupports;

class FrenchTest {
    private final LanguageSupport french = LanguageSupports.of("fr-FR");

    @Test
    void isFoundThroughTheServiceLoader() {
        assertInstanceOf(French.class, french);
        assertEquals(Optional.of("fr"), french.languageToolCode("fr-CA"));
        assertTrue(french.punctuation().spaceBeforeHighPunctuation());
    }

    @Test
    void termKeysGoByLemmaWithoutAccents() {
        assertEquals("partenariat", french.termKeys().termKey("partenariats", false));
        // French drops accents on capitals: "Etat" is "État".
        assertTrue(french.termKeys().textKeys("Etat").contains(french.termKeys().termKey("État", false)));
    }

    @Test
    void timesAreWrittenTheFrenchWay() {
        assertEquals("14h30", french.times().format(14 * 60 + 30));
        assertEquals("9h", french.times().format(9 * 60));
    }
}
