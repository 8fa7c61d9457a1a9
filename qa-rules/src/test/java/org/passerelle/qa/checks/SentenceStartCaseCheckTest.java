package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;

class SentenceStartCaseCheckTest {
    private final SentenceStartCaseCheck check = new SentenceStartCaseCheck();

    private List<String> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context()).stream().map(CheckMatch::message).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|En outre, le Vietnam continuera à envoyer du personnel.|in addition, Vietnam will continue to send personnel.|in|In",
        "vi-VN|Elles ont noté que les pays avaient efficacement mis en œuvre des activités.|hai bên ghi nhận hai nước đã triển khai hiệu quả các hoạt động.|hai|Hai",
        "vi-VN|« Le Vietnam est prêt », a-t-il dit.|“việt Nam sẵn sàng”, ông nói.|việt|Việt",
        "en-US|Les deux parties ont eu un entretien. Elles ont signé un accord.|The two sides held talks. they signed an agreement.|they|They",
    })
    void aLowerCaseStartIsReported(String lang, String source, String target, String word, String capital) {
        List<String> m = run(lang, source, target);
        assertEquals(1, m.size(), m::toString);
        assertTrue(m.get(0).endsWith("'" + word + "': write '" + capital + "'"), m.get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|date 2024-08|date 2024-08",
        "en-US|Le 2 décembre, le général a rencontré les anciens combattants.|On December 2, the general met the veterans.",
        "en-US|L'iPhone est populaire au Vietnam.|iPhones are popular in Vietnam.",
        "vi-VN|-VNA|-TTXVN",
        "en-US|2019 a été une année importante.|2019 was an important year.",
        "en-US|La séance s'ouvre à 9h.|The session opens at 9 a.m. on Tuesday, after talks on training, etc. and research.",
    })
    void aTranslationThatFollowsTheSourcePasses(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
