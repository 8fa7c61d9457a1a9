package org.passerelle.qa.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.lang.de.German;
import org.passerelle.core.lang.LanguageSupports;
import org.passerelle.core.lang.NumberStyle;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.CheckSettings;
import org.passerelle.qa.Profile;
import org.passerelle.qa.checks.NumberMismatchCheck;
import org.passerelle.qa.checks.PunctuationCheck;
import org.passerelle.qa.checks.RepeatedWordsCheck;

/**
 * A language added by one class and one service line (lang-de, the worked example of
 * docs/languages.md) reaches the registry and the checks, which know nothing about it.
 */
class AddedLanguageTest {

    @Test
    void theRegistryFindsTheAddedLanguageBesideTheModules() {
        assertInstanceOf(German.class, LanguageSupports.of("de-AT"));
        assertTrue(LanguageSupports.isInstalled("de"));
        assertEquals(List.of("de", "en", "fr", "vi"), LanguageSupports.installed().stream().map(l -> l.language()).toList());
        assertEquals("German", LanguageSupports.of("de").name());
    }

    @Test
    void anUnsupportedLanguageGetsTheNeutralSupport() {
        assertFalse(LanguageSupports.isInstalled("eo"));
        assertEquals("eo", LanguageSupports.of("eo").language());
        assertEquals(NumberStyle.NEUTRAL, LanguageSupports.of("eo").numbers());
        assertTrue(LanguageSupports.of("eo").languageToolCode("eo").isEmpty());
    }

    @Test
    void numbersAreReadTheAddedLanguagesWay() {
        NumberMismatchCheck check = new NumberMismatchCheck();
        assertEquals(List.of(), check.check(unit("de-DE", "Un budget de 1 000,5 millions d'euros et trois navires.",
                "Ein Budget von 1.000,5 Millionen Euro und 3 Schiffe."), context()));
        assertEquals(List.of(), check.check(unit("de-DE", "3 navires", "drei Schiffe"), context()));
        List<CheckMatch> wrong = check.check(unit("de-DE", "Les 1 000 soldats.", "Die 1.500 Soldaten."), context());
        assertEquals(1, wrong.size());
        assertEquals(List.of("1.000"), wrong.get(0).suggestions());
    }

    @Test
    void theNeutralFallbackReadsADecimalPointAndNeverCrashes() {
        NumberMismatchCheck check = new NumberMismatchCheck();
        assertEquals(List.of(), check.check(unit("eo", "Un budget de 1 000,5 millions.", "Budĝeto de 1000.5 milionoj."),
                context()));
        // No time style: "14h30" is two plain numbers, both missing from the source.
        List<CheckMatch> m = check.check(unit("eo", "Un budget.", "Budĝeto je 14h30."), context());
        assertEquals(List.of("'14' is not in the source; check the number", "'30' is not in the source; check the number"),
                m.stream().map(CheckMatch::message).toList());
    }

    @Test
    void theAddedLanguagesQuotationMarksArePaired() {
        PunctuationCheck check = new PunctuationCheck(settings("punctuation"));
        assertEquals(List.of(), check.check(unit("de-DE", "Il a dit « oui ».", "Er sagte „ja“."), context()));
        List<CheckMatch> unpaired = check.check(unit("de-DE", "Il a dit « oui ».", "Er sagte „ja."), context());
        assertEquals(List.of("Unpaired '„' in the translation: add the matching '“'"),
                unpaired.stream().map(CheckMatch::message).toList());
    }

    @Test
    void theAddedLanguagesAllowedRepeatsAreNotReported() {
        RepeatedWordsCheck check = new RepeatedWordsCheck();
        assertEquals(List.of(), check.check(unit("de-DE", "Ceux qui connaissent les règles", "Leute, die die Regeln kennen"), context()).stream()
                .filter(m -> m.side() == org.passerelle.qa.Side.TARGET).toList());
        assertEquals(1, check.check(unit("de-DE", "Ils viennent", "Sie kommen kommen"), context()).size());
    }

    private static CheckSettings settings(String checkId) {
        return Profile.defaults().settings(checkId);
    }
}
