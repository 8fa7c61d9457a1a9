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
        "vi-VN|Les deux pays célébreront cet anniversaire en juin 2027.|Hai nước sẽ kỷ niệm vào tháng 7/2027.|The month 'tháng 7' does not match 'juin' in the source",
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vi-VN|La cérémonie a eu lieu dimanche 3 mars à Hanoi.|Buổi lễ diễn ra vào thứ Bảy, ngày 3/3 tại Hà Nội.|The weekday 'thứ Bảy' does not match 'dimanche' in the source",
        "en-GB|La cérémonie a eu lieu mardi 12 novembre.|The ceremony took place on Tuesday 12 December.|The month 'December' does not match 'novembre' in the source",
        "vi-VN|Le forum s'ouvrira le lundi 2 décembre.|Diễn đàn sẽ khai mạc vào thứ Hai, ngày 2/11.|The month '2/11' does not match 'décembre' in the source",
        "en-US|Le sommet s'est tenu le vendredi 1er octobre.|The summit was held on Friday, November 1.|The month 'November' does not match 'octobre' in the source",
        "vi-VN|Les deux parties se sont rencontrées jeudi.|Hai bên đã gặp nhau vào Chủ nhật.|The weekday 'Chủ nhật' does not match 'jeudi' in the source",
    })
    void variedChangedDatesAreReported(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vi-VN|La cérémonie a eu lieu dimanche 3 mars à Hanoi.|Buổi lễ diễn ra vào Chủ nhật, ngày 3/3 tại Hà Nội.",
        "vi-VN|Le forum s'ouvrira le mercredi 2 décembre.|Diễn đàn sẽ khai mạc vào thứ Tư, ngày 2/12.",
        "en-US|La délégation arrivera samedi 21 août.|The delegation will arrive on Saturday, August 21.",
        "en-GB|La délégation arrivera samedi 21 août.|The delegation will arrive on Saturday 21 August.",
        "vi-VN|Le sommet s'est tenu le vendredi 1er octobre.|Hội nghị thượng đỉnh diễn ra vào thứ Sáu, ngày 1 tháng 10.",
        "vi-VN|Les deux pays célébreront cet anniversaire en juin 2027.|Hai nước sẽ kỷ niệm vào tháng 6/2027.",
        // "lần thứ hai" is "the second time", not Monday.
        "vi-VN|C'est la deuxième fois, mardi, que les deux parties se rencontrent.|Đây là lần thứ hai hai bên gặp nhau, vào thứ Ba.",
    })
    void variedRightDatesPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|La réunion aura lieu le 9/11 à Vientiane.|The meeting will take place on 9/11 in Vientiane.|11/9",
        "vi-VN|Les inscriptions sont ouvertes jusqu'au 03/04/2025.|Đăng ký được mở đến hết ngày 4/3/2025.|3/4/2025",
        "en-US|L'accord entre en vigueur le 1/12.|The agreement takes effect on 1/12.|12/1",
        "en-US|La délégation arrive le 16/9 à Hanoï.|The delegation arrives in Hanoi on 16/9.|9/16",
        // the source in words, the translation in figures day first: there is no month 16
        "en-US|Les deux chefs d'état-major ont eu un entretien à Hanoï le 16 septembre.|The two chiefs of staff held talks in Hanoi on 16/9.|9/16",
        "en-US|L'accord a été signé le 25 décembre 2024.|The agreement was signed on 25/12/2024.|12/25/2024",
    })
    void aDateInFiguresReadInTheWrongOrderIsReportedWithTheOneToWrite(String lang, String source, String target,
                                                                        String write) {
        List<CheckMatch> found = check.check(unit(lang, source, target), context());
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of(write), found.get(0).suggestions());
    }

    @Test
    void aMonthNameWrittenInFiguresIsReadInTheTargetsOrder() {
        assertEquals(List.of("The month '9/11' does not match 'novembre' in the source"),
                run("en-US", "La réunion aura lieu le 9 novembre à Vientiane.", "The meeting will take place on 9/11 in Vientiane."));
        assertEquals(List.of(), run("en-US", "La réunion aura lieu le 9 novembre à Vientiane.", "The meeting will take place on 11/9 in Vientiane."));
        assertEquals(List.of(), run("en-GB", "La réunion aura lieu le 9 novembre à Vientiane.", "The meeting will take place on 9/11 in Vientiane."));
        assertEquals(List.of(), run("vi-VN", "La réunion aura lieu le 9 novembre à Vientiane.", "Cuộc họp sẽ diễn ra ngày 9/11 tại Viêng Chăn."));
    }

    @Test
    void theMessageSaysHowTheReaderReadsTheDate() {
        assertEquals(List.of("The date '9/11' reads as day 11, month 9 in en-US, but '9/11' in the source is day 9,"
                        + " month 11: write '11/9'"),
                run("en-US", "La réunion aura lieu le 9/11 à Vientiane.", "The meeting will take place on 9/11 in Vientiane."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Day first in Vietnamese and British English; American English writes the month first or names it.
        "vi-VN|La réunion aura lieu le 9/11 à Vientiane.|Cuộc họp sẽ diễn ra ngày 9/11 tại Viêng Chăn.",
        "en-GB|La réunion aura lieu le 9/11 à Vientiane.|The meeting will take place on 9/11 in Vientiane.",
        "en-US|La réunion aura lieu le 9/11 à Vientiane.|The meeting will take place on 11/9 in Vientiane.",
        "en-US|L'accord entre en vigueur le 1/12.|The agreement takes effect on 12/1.",
        "en-US|Les deux chefs d'état-major ont eu un entretien à Hanoï le 16 septembre.|The two chiefs of staff held talks in Hanoi on 9/16.",
        "en-GB|Les deux chefs d'état-major ont eu un entretien à Hanoï le 16 septembre.|The two chiefs of staff held talks in Hanoi on 16/9.",
        "en-US|Les deux tiers des 15 sièges, soit 10 sur 15, sont pourvus.|Two thirds of the 15 seats, 10 of 15, are filled.",
        "en-US|La réunion aura lieu le 9/11 à Vientiane.|The meeting will take place on November 9 in Vientiane.",
        "vi-VN|Les inscriptions sont ouvertes jusqu'au 03/04/2025.|Đăng ký được mở đến hết ngày 3/4/2025.",
        "vi-VN|Les inscriptions sont ouvertes jusqu'au 03/04/2025.|Đăng ký được mở đến hết ngày 03/04/2025.",
        // A fraction is no date, in the source or copied.
        "en-US|Le parti a obtenu les 2/3 des sièges.|The party won 2/3 of the seats.",
        "en-US|Le parti a obtenu les 2/3 des sièges le 3 mars.|The party won 2/3 of the seats on March 3.",
        // A range whose month French says once.
        "vi-VN|Le forum se tiendra du lundi 12 au jeudi 15 août à Moscou.|Diễn đàn sẽ diễn ra từ thứ Hai, ngày 12/8 đến thứ Năm, ngày 15/8 tại Moskva.",
        "en-US|Le forum se tiendra du 12/8 au 15/8.|The forum will be held from August 12 to 15.",
    })
    void theSameDateInFiguresPasses(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
