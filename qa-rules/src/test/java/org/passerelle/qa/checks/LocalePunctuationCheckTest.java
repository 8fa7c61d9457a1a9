package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;

class LocalePunctuationCheckTest {
    private final LocalePunctuationCheck check = new LocalePunctuationCheck();

    private List<String> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context()).stream().map(CheckMatch::message).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|l'organisation du forum \"Armée-2024\"|the organization of the « Army-2024 » forum|'«' is not a quotation mark in English: use '“';'»' is not a quotation mark in English: use '”'",
        "vi-VN|Le général a déclaré : « Le Vietnam est prêt. »|Đại tướng khẳng định: « Việt Nam sẵn sàng. »|'«' is not a quotation mark in Vietnamese: use '“';'»' is not a quotation mark in Vietnamese: use '”'",
        "en-US|Le général Phan Van Giang a déclaré : c'est prêt.|General Phan Van Giang said : it is ready.|English puts no space before ':'",
        "vi-VN|Quelle sera la prochaine étape ?|Bước tiếp theo sẽ là gì ?|Vietnamese puts no space before '?'",
        "en-US|Les télécommunications représentent 30 % des investissements.|Telecommunications account for 30 % of investment.|English puts no space before '%'",
    })
    void frenchTypographyIsReported(String lang, String source, String target, String messages) {
        assertEquals(List.of(messages.split(";")), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Le général a déclaré : « Le Vietnam est prêt à coopérer. »|The general said: “Vietnam is ready to cooperate.”",
        "vi-VN|Environ 25 % des stagiaires.|Khoảng 25% học viên.",
        "en-US|La séance s'ouvre à 14h30 ; voir https://www.vnanet.vn|The session opens at 14:30; see https://www.vnanet.vn",
    })
    void targetTypographyPasses(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
