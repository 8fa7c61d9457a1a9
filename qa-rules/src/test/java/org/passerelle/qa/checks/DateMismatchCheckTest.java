package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;

class DateMismatchCheckTest {
    private final DateMismatchCheck check = new DateMismatchCheck();

    private List<String> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context()).stream().map(CheckMatch::message).toList();
    }

    @Test
    void aWrongWeekdayAndAWrongMonthAreTwoFindings() {
        assertEquals(List.of("The month 'August' does not match 'septembre' in the source",
                        "The weekday 'Friday' does not match 'jeudi' in the source"),
                run("en-US", "L'entretien s'est tenu le jeudi 16 septembre à Hanoi.", "The talks were held on Friday, August 16, in Hanoi."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vi-VN|lors d’un entretien tenu à Hanoi le 16 septembre.|tại cuộc hội đàm diễn ra ở Hà Nội ngày 16/8.|The month '16/8' does not match 'septembre' in the source",
        "vi-VN|La délégation a quitté Phnom Penh le 7 février.|Đoàn rời Phnom Penh ngày 7 tháng 3.|The month 'tháng 3' does not match 'février' in the source",
        "vi-VN|Samedi, la délégation cubaine a rendu une visite de courtoisie.|Thứ Sáu, đoàn Cuba đã chào xã giao.|The weekday 'Thứ Sáu' does not match 'Samedi' in the source",
        "en-US|le général Luong Cuong a présidé mardi matin la cérémonie|General Luong Cuong on Wednesday morning presided over the ceremony|The weekday 'Wednesday' does not match 'mardi' in the source",
    })
    void aChangedDateIsReported(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vi-VN|L'entretien s'est tenu le jeudi 16 septembre à Hanoi.|Cuộc hội đàm diễn ra tại Hà Nội vào thứ Năm, ngày 16/9.",
        "en-US|du 29 novembre au 2 décembre, a eu le 1er décembre un entretien|from November 29 to December 2, held talks on December 1",
        "vi-VN|du 29 novembre au 2 décembre, a eu le 1er décembre un entretien|từ ngày 29/11 đến 2/12, ngày 1/12 đã có cuộc hội đàm",
        // "Mai" in a newspaper's name is no month; "lần thứ hai" is the second time, not Monday.
        "en-US|Le journal Vientiane Mai a publié la photo en juin.|The newspaper Vientiane Mai published the photo in June.",
        "vi-VN|Le 5e Congrès s'ouvre mardi.|Đại hội lần thứ hai khai mạc vào thứ Ba.",
        // A weekday left out is no wrong date.
        "en-US|La cérémonie a eu lieu mardi matin à Hanoi.|The ceremony took place in Hanoi in the morning.",
        // English "may" is a verb.
        "en-US|Le Vietnam pourrait accueillir le forum en octobre.|Vietnam may host the forum in October.",
    })
    void theSameDateWrittenAnotherWayPasses(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
