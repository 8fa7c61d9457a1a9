package org.passerelle.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.LanguageSupports;

class EnglishTest {
    private final LanguageSupport english = LanguageSupports.of("en");

    @Test
    void isFoundThroughTheServiceLoader() {
        assertInstanceOf(English.class, english);
        assertEquals(Optional.of("GB"), english.defaultRegion());
    }

    @Test
    void aTagIsCheckedInItsVariantAndABareOrUnknownOneInAmericanEnglish() {
        assertEquals(Optional.of("en-GB"), english.languageToolCode("en-GB"));
        assertEquals(Optional.of("en-GB"), english.languageToolCode("en_gb"));
        assertEquals(Optional.of("en-US"), english.languageToolCode("en"));
        assertEquals(Optional.of("en-US"), english.languageToolCode("en-IE"));
    }

    @Test
    void termKeysGoByLemmaFromLanguageToolsTagger() {
        assertEquals("partnership", english.termKeys().termKey("Partnerships", false));
        assertTrue(english.termKeys().textKeys("partnerships").contains("partnership"));
    }

    /** "Vietnam-Russia Crossed Year" is a drift of the termbase's "Vietnam-Russia Cross Year", not an inflection of it. */
    @Test
    void aVerbFormIsNotTheTermsNounButAWordWithOnlyVerbReadingsStillMatchesItself() {
        String cross = english.termKeys().termKey("Cross", false);
        assertTrue(english.termKeys().textKeys("Crosses").contains(cross));
        assertTrue(!english.termKeys().textKeys("Crossed").contains(cross), english.termKeys().textKeys("Crossed").toString());
        assertTrue(english.termKeys().textKeys("United").contains(english.termKeys().termKey("United", false)));
    }

    /** A termbase in British spelling names the same thing in an en-US file. */
    @Test
    void britishAndAmericanSpellingsOfATermsWordShareAKey() {
        assertTrue(english.termKeys().textKeys("Defense").contains(english.termKeys().termKey("Defence", false)));
        assertTrue(english.termKeys().textKeys("Centers").contains(english.termKeys().termKey("Centre", false)));
        assertTrue(!english.termKeys().textKeys("Defensive").contains(english.termKeys().termKey("Defence", false)));
    }

    @Test
    void onlyCapitalisedMonthsCount() {
        assertEquals(5, english.numberNames().month("May"));
        assertEquals(null, english.numberNames().month("may"));
        assertEquals(12, english.numberNames().approximate().get("dozen"));
        assertEquals(null, english.numberNames().number("dozen"));
    }
}
