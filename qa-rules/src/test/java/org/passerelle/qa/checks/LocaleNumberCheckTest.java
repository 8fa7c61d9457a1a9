package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;
import org.passerelle.xliff.TranslationState;
import org.passerelle.xliff.TranslationUnit;

class LocaleNumberCheckTest {
    private final LocaleNumberCheck check = new LocaleNumberCheck();

    private List<String> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context()).stream().map(CheckMatch::message).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Le commerce bilatéral a atteint 1,5 milliard de dollars.|Bilateral trade reached 1,5 billion dollars.|'1,5' is not written the English way; write '1.5'",
        "en-US|Plus de 2 500 délégués ont participé au forum.|More than 2 500 delegates took part in the forum.|'2 500' is not written the English way; write '2,500'",
        "vi-VN|Le budget du projet s'élève à 12 000 milliards de dongs.|Ngân sách dự án lên tới 12 000 tỷ đồng.|'12 000' is not written the Vietnamese way; write '12.000'",
        "vi-VN|Le commerce bilatéral a atteint 1,5 milliard de dollars.|Thương mại song phương đạt 1.5 tỷ USD.|'1.5' is not written the Vietnamese way; write '1,5'",
        "en-US|La séance s'ouvre à 14h30.|The session opens at 14h30.|'14h30' is not written the English way; write '14:30'",
        // English thousands in Vietnamese, which reads one point two
        "vi-VN|Le projet prévoit la formation de 1 200 techniciens d'ici 2025.|Dự án dự kiến đào tạo 1,200 kỹ thuật viên đến năm 2025."
                + "|'1,200' is not written the Vietnamese way; write '1.200'",
    })
    void aFrenchFormatIsReported(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Les échanges ont atteint 1,5 milliard de dollars en 2020.|Trade reached $1.5 billion in 2020.",
        "vi-VN|Les échanges ont atteint 1,5 milliard de dollars en 2020.|Kim ngạch đạt 1,5 tỷ USD năm 2020.",
        "vi-VN|Plus de 2 500 délégués.|Hơn 2.500 đại biểu.",
        "en-US|Plus de 2 500 délégués.|More than 2,500 delegates.",
        "en-US|Le Vietnam et la Russie coopèrent dans l'Industrie 4.0.|Vietnam and Russia cooperate in Industry 4.0.",
        "en-US|du 21 au 24 octobre 2019|from October 21 to 24, 2019",
        "vi-VN|La séance s'ouvre à 14h30.|Phiên họp khai mạc lúc 14h30.",
        "en-US|La séance s'ouvre à 14h30.|The session opens at 2:30 p.m.",
        // a decimal comma is Vietnamese, and the source's own number
        "vi-VN|Le taux de croissance a atteint 1,200 %.|Tốc độ tăng trưởng đạt 1,200%.",
        "vi-VN|Le projet prévoit la formation de 1 200 techniciens.|Dự án dự kiến đào tạo 1.200 kỹ thuật viên.",
    })
    void theTargetFormatPasses(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }

    @Test
    void aNumberCopiedVerbatimInAnotherFormatIsNotAFormatError() {
        TranslationUnit german = TranslationUnit.builder().file("test.xlf")
                .id("u1").languages("de-DE", "en-US").state(TranslationState.TRANSLATED)
                .segment("1", "Der Vertrag ist $2,500.00 wert, Ausgabe 1.5.", "The contract is worth $2,500.00, edition 1.5.")
                .build();
        assertEquals(List.of(), check.check(german, context()));
    }

    @Test
    void aChangedVersionIsNoFormatError() {
        assertEquals(List.of(), run("en-US", "La version 3.1 du logiciel.", "Version 3.2 of the software."));
    }
}
