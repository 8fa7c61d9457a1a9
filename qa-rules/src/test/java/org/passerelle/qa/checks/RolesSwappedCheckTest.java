package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;

/** Sentences of the seed articles' kind, with lang-fr's, lang-en's and lang-vi's role verbs and countries. */
class RolesSwappedCheckTest {
    private final RolesSwappedCheck check = new RolesSwappedCheck();

    private List<CheckMatch> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Le général Phan Van Giang a reçu l'ambassadeur de Russie au Vietnam, Guennadi Bezdetko."
                + "|Russian Ambassador to Vietnam Gennady Bezdetko received General Phan Van Giang.|received",
        "vi-VN|Le vice-ministre Nguyen Minh Vu a offert un bouquet de fleurs à l'ambassadeur de Mongolie au Vietnam."
                + "|Đại sứ Mông Cổ tại Việt Nam đã tặng hoa Thứ trưởng Nguyễn Minh Vũ.|tặng",
        "vi-VN|Le ministre Phan Van Giang a accueilli la délégation cambodgienne à Hanoï.|Đoàn Campuchia đã đón Bộ trưởng Phan Văn Giang tại Hà Nội.|đón",
        "en-US|Le ministre Phan Van Giang a remercié la Russie pour son soutien.|Russia thanked Minister Phan Van Giang for its support.|thanked",
    })
    void whoDidWhatToWhomTurnedRoundIsReported(String lang, String source, String target, String verb) {
        List<CheckMatch> found = run(lang, source, target);
        assertEquals(1, found.size(), found.toString());
        CheckMatch m = found.get(0);
        assertEquals(verb, target.substring(m.offset(), m.offset() + m.length()));
    }

    @Test
    void theMessageNamesBothWhole() {
        List<CheckMatch> found = run("en-US", "Le général Phan Van Giang a reçu l'ambassadeur Guennadi Bezdetko.",
                "Ambassador Gennady Bezdetko received General Phan Van Giang.");
        assertEquals(List.of("'Phan Van Giang' comes before 'reçu' in the source and 'Guennadi Bezdetko' after it; the"
                + " translation has them the other way round: check who did what to whom"), found.stream().map(CheckMatch::message).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Le général Phan Van Giang a reçu l'ambassadeur de Russie au Vietnam, Guennadi Bezdetko."
                + "|General Phan Van Giang received Russian Ambassador to Vietnam Gennady Bezdetko.",
        // the passive turns the order legitimately
        "en-US|Le général Phan Van Giang a reçu l'ambassadeur de Russie au Vietnam, Guennadi Bezdetko."
                + "|Russian Ambassador Gennady Bezdetko was received by General Phan Van Giang.",
        "en-US|Le général Phan Van Giang a reçu l'ambassadeur de Russie au Vietnam, Guennadi Bezdetko."
                + "|Russian Ambassador Gennady Bezdetko, received by General Phan Van Giang, presented his credentials.",
        "vi-VN|Le vice-ministre Nguyen Minh Vu a offert un bouquet de fleurs à l'ambassadeur de Mongolie au Vietnam."
                + "|Đại sứ Mông Cổ tại Việt Nam được Thứ trưởng Nguyễn Minh Vũ tặng hoa.",
        "vi-VN|Le vice-ministre Nguyen Minh Vu a offert un bouquet de fleurs à l'ambassadeur de Mongolie au Vietnam."
                + "|Thứ trưởng Nguyễn Minh Vũ tặng hoa Đại sứ Mông Cổ tại Việt Nam.",
        // a place before the subject, kept before it or moved to the end
        "en-US|À Hanoï, le ministre Phan Van Giang a reçu la délégation russe.|In Hanoi, Minister Phan Van Giang received the Russian delegation.",
        "en-US|À Hanoï, le ministre Phan Van Giang a reçu la délégation russe.|Minister Phan Van Giang received the Russian delegation in Hanoi.",
        // a name the translation spells otherwise, a participle clause, no role verb in the translation
        "en-US|Le ministre Lavrov a reçu Guennadi Bezdetko.|Gennady Bezdetko met Minister Lavrov.",
        "en-US|Le général Phan Van Giang a reçu la délégation cubaine.|Receiving the Cuban delegation, General Phan Van Giang praised its work.",
        "vi-VN|Le général Phan Van Giang poursuit la coopération avec Cuba.|Đại tướng Phan Văn Giang tiếp tục hợp tác với Cuba.",
    })
    void rolesKeptOrTurnedByAPassivePass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
