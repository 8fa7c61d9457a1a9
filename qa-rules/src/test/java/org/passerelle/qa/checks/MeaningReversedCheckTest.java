package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;

/** Sentences of the seed articles' kind, with lang-en's and lang-vi's tables of opposites. */
class MeaningReversedCheckTest {
    private final MeaningReversedCheck check = new MeaningReversedCheck();

    private List<String> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context()).stream().map(CheckMatch::message).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|A l'issue de l'entretien, les deux parties ont signé des documents de coopération."
                + "|At the outset of the talks, the two sides signed cooperation documents."
                + "|'At the outset of' says the opposite of 'A l'issue de', which means at the end of, after: check the meaning",
        "en-US|Le Premier ministre effectuera une visite officielle en Russie l'année prochaine."
                + "|The Prime Minister will pay an official visit to Russia last year."
                + "|'last year' says the opposite of 'l'année prochaine', which means next year: check the meaning",
        "en-US|La visite du ministre au Cambodge a été reportée.|The minister's visit to Cambodia was cancelled."
                + "|'cancelled' says the opposite of 'reportée', which means postponed: check the meaning",
        "vi-VN|Le Premier ministre effectuera une visite officielle en Russie la semaine prochaine."
                + "|Thủ tướng sẽ thăm chính thức Nga vào tuần trước."
                + "|'tuần trước' says the opposite of 'la semaine prochaine', which means next week: check the meaning",
        "vi-VN|Le ministre a décliné l'invitation.|Bộ trưởng đã nhận lời mời."
                + "|'nhận lời' says the opposite of 'a décliné', which means declined: check the meaning",
        "vi-VN|La visite du ministre au Cambodge a été reportée.|Chuyến thăm Campuchia của Bộ trưởng đã bị hủy."
                + "|'hủy' says the opposite of 'reportée', which means postponed: check the meaning",
        "vi-VN|Les deux pays marqueront le 60e anniversaire de leurs relations l'année prochaine."
                + "|Hai nước sẽ kỷ niệm 60 năm quan hệ ngoại giao vào năm ngoái."
                + "|'năm ngoái' says the opposite of 'l'année prochaine', which means next year: check the meaning",
        "en-US|Le général a assisté à la cérémonie d'ouverture du forum.|The general attended the closing ceremony of the forum."
                + "|'closing' says the opposite of 'cérémonie d'ouverture', which means opening: check the meaning",
        "vi-VN|Les échanges commerciaux sont en hausse de 12 % par rapport à l'an dernier.|Kim ngạch thương mại giảm 12% so với năm ngoái."
                + "|'giảm' says the opposite of 'en hausse', which means increase (tăng): check the meaning",
    })
    void aWordTranslatedByItsOppositeIsReported(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|A l'issue de l'entretien, les deux parties ont signé des documents.|After the talks, the two sides signed documents.",
        "en-US|A l'issue de l'entretien, les deux parties ont signé des documents.|Following their talks, the two sides signed documents.",
        // The source itself has the opposite: "avant" asks for "before".
        "en-US|A l'issue de la réunion, tenue avant le sommet, un accord a été signé.|At the end of the meeting, held before the summit, an agreement was signed.",
        "en-US|Le Premier ministre se rendra en Russie l'année prochaine.|The Prime Minister will visit Russia in 2020.",
        "en-US|Les échanges, en hausse depuis l'année dernière, se poursuivront l'année prochaine.|Exchanges, up since last year, will continue next year.",
        "en-US|La visite a été reportée à l'année prochaine.|The visit was postponed until next year.",
        "vi-VN|La visite du ministre au Cambodge a été reportée.|Chuyến thăm Campuchia của Bộ trưởng đã được hoãn lại.",
        "vi-VN|Le ministre a décliné l'invitation.|Bộ trưởng đã từ chối lời mời.",
        "vi-VN|Le ministre a décliné l'invitation, mais a accepté de recevoir la délégation.|Bộ trưởng từ chối lời mời nhưng đồng ý tiếp đoàn.",
        "vi-VN|Les deux pays marqueront l'année prochaine le 60e anniversaire de leurs relations.|Năm tới, hai nước kỷ niệm 60 năm quan hệ ngoại giao.",
        "vi-VN|Le commerce a progressé l'an dernier.|Thương mại đã tăng trưởng trong năm qua.",
        "en-US|Le général a assisté à la cérémonie d'ouverture du forum.|The general attended the forum's inaugural session.",
        "vi-VN|Le ministre a assisté aux cérémonies d'ouverture et de clôture.|Bộ trưởng dự lễ khai mạc và bế mạc.",
        "en-US|Les deux pays veulent augmenter les échanges et réduire les droits de douane.|The two countries want to boost trade and lower tariffs.",
        "vi-VN|Les échanges sont en hausse malgré la baisse des prix.|Kim ngạch tăng dù giá giảm.",
    })
    void renderingsAndJustifiedOppositesPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
