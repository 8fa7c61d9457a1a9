package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.qa.Profile;

class SameAsSourceCheckTest {
    private final SameAsSourceCheck check = new SameAsSourceCheck(Profile.defaults().settings("target.same-as-source"));

    @ParameterizedTest
    @ValueSource(strings = {"Hanoi (VNA) –", "-VNA", "ASEAN", "Andrey Valeryevich Kartapolov", "2019-2020", "Photo : VNA/CVN",
        "Su-30MK2", "VNA/CVN"})
    void namesNumbersAndCodesMayStay(String text) {
        assertEquals(0, check.check(unit("en-GB", text, text), context()).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Les dirigeants des deux pays ont maintenu des contacts de haut niveau.",
        "Après la cérémonie d'accueil, les deux parties ont eu un entretien."})
    void copiedSentenceIsReported(String text) {
        assertEquals(1, check.check(unit("en-GB", text, text + " "), context()).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Les dirigeants des deux pays."})
    void translatedSentencePasses(String text) {
        assertEquals(0, check.check(unit("en-GB", text, "The leaders of the two countries."), context()).size());
    }
}
