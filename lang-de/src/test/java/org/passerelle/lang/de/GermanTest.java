package org.passerelle.lang.de;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.LanguageSupports;

class GermanTest {
    private final LanguageSupport german = LanguageSupports.of("de-AT");

    @Test
    void isFoundThroughTheServiceLoaderWithoutLanguageTool() {
        assertInstanceOf(German.class, german);
        assertEquals(Optional.empty(), german.languageToolCode("de"));
        assertEquals(',', german.numbers().decimal());
        assertEquals("„", german.punctuation().openingQuote());
    }

    @Test
    void monthsAndNumberWordsAreGerman() {
        assertEquals(3, german.numberNames().month("März"));
        assertEquals(null, german.numberNames().month("märz"), "German nouns are capitalised: 'märz' is no month");
        assertEquals(12, german.numberNames().number("Zwölf"));
        assertEquals("14:30 Uhr", german.times().format(14 * 60 + 30));
    }
}
