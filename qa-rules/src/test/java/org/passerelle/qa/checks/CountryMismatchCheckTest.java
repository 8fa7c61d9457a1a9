package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;

/** Sentences of the seed articles' kind, with lang-fr's, lang-en's and lang-vi's tables of countries. */
class CountryMismatchCheckTest {
    private final CountryMismatchCheck check = new CountryMismatchCheck();

    private List<String> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context()).stream().map(CheckMatch::message).toList();
    }

    /** The country put in the other's place is one the source names too (by its capital), so it is named once more. */
    @Test
    void aCountryReplacedByOneTheSourceNamesElsewhereIsReported() {
        String target = "The delegation left Vientiane for a state visit to Laos.";
        assertEquals(List.of("'Laos' names a country more often than the source, which names 'Cambodge' instead: check which"
                + " country is meant"), run("en-US", "La délégation a quitté Vientiane pour une visite d'État au Cambodge.", target));
        CheckMatch m = check.check(unit("en-US", "La délégation a quitté Vientiane pour une visite d'État au Cambodge.", target),
                context()).get(0);
        assertEquals(target.indexOf("Laos"), m.offset());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|La présidente du Front de la Patrie du Vietnam a reçu la délégation cambodgienne.|The President of the Vietnam Fatherland Front received the Laotian delegation.|Laotian|cambodgienne",
        "en-US|Le secrétaire général s'est rendu au Cambodge après le Laos.|The General Secretary traveled to Thailand after Laos.|Thailand|Cambodge",
        "vi-VN|Le Cambodge souhaite que les deux pays continuent d'ouvrir leurs marchés.|Việt Nam mong muốn hai nước tiếp tục mở cửa thị trường.|Việt Nam|Cambodge",
        "vi-VN|Le ministre a reçu l'ambassadeur de Mongolie à Hanoï.|Bộ trưởng đã tiếp Đại sứ Trung Quốc tại Hà Nội.|Trung Quốc|Mongolie",
    })
    void aCountryReplacedByAnotherIsReported(String lang, String source, String target, String added, String dropped) {
        assertEquals(List.of("'" + added + "' names a country the source does not, which names '" + dropped
                + "' instead: check which country is meant"), run(lang, source, target));
        CheckMatch m = check.check(unit(lang, source, target), context()).get(0);
        assertEquals(added, target.substring(m.offset(), m.offset() + m.length()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the same countries, by name, adjective or capital
        "en-US|La délégation cambodgienne est arrivée à Hanoï.|The Cambodian delegation arrived in Vietnam's capital, Hanoi.",
        "vi-VN|La délégation cambodgienne est arrivée à Hanoï.|Đoàn Campuchia đã đến Hà Nội.",
        // a country implied by the source, without one dropped: an acronym spelt out, an explicitation
        "en-US|Le secrétaire général du PCV a quitté Vientiane.|The General Secretary of the Communist Party of Vietnam left Vientiane.",
        "en-US|Le ministre a reçu la délégation russe.|The Vietnamese minister received the Russian delegation.",
        // a country left implicit, without one added
        "vi-VN|Le ministre vietnamien a reçu la délégation russe.|Bộ trưởng đã tiếp đoàn Nga.",
        // "tư pháp" is justice, not France; a Vietnamese name is no country
        "vi-VN|Le vice-ministre vietnamien de la Justice s'exprime à Cuba.|Thứ trưởng Bộ Tư pháp phát biểu tại Cuba.",
        "vi-VN|Le général Nguyen Minh Duc a reçu la délégation laotienne.|Thượng tướng Nguyễn Minh Đức đã tiếp đoàn Lào.",
        // a country named once more to situate a capital, none left out
        "en-US|La délégation a quitté Vientiane pour Phnom Penh.|The delegation left Vientiane, Laos, for Phnom Penh.",
    })
    void sameImpliedOrImplicitCountriesPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
