package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.passerelle.xliff.TranslationState;
import org.passerelle.xliff.TranslationUnit;
import org.passerelle.qa.CheckMatch;

class NumberMismatchCheckTest {
    private final NumberMismatchCheck check = new NumberMismatchCheck();

    private List<CheckMatch> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-GB|Un budget de 1 000,5 millions d'euros.|A budget of 1,000.5 million euros.",
        "vi-VN|Un budget de 1 000,5 millions d'euros.|Ngân sách 1.000,5 triệu euro.",
        "en-GB|Les 2 500 soldats sont arrivés.|The 2,500 soldiers arrived.",
        "en-GB|L'Année croisée Vietnam-Russie 2019-2020.|The Vietnam-Russia Cross Year 2019-2020.",
        "en-GB|L'Année croisée 2019-2020.|The 2019-20 Cross Year.",
        "en-GB|en visite officielle au Vietnam du 21 au 24 octobre.|on an official visit to Vietnam from 21 to 24 October.",
        "en-US|en visite du 21 au 24 octobre.|visiting from October 21 to 24.",
        "en-GB|le 1er janvier 2020|on 1st January 2020",
        "en-GB|le 60e anniversaire|the 60th anniversary",
        "en-GB|au XXIe siècle|in the 21st century",
        "en-GB|près de 70 activités, dont 12 activités|nearly 70 activities, including 12",
        "en-GB|trois navires et 5 avions|3 ships and five aircraft",
        "en-GB|le 21/10/2019|on 21 October 2019",
        "vi-VN|le 21 octobre 2019|ngày 21/10/2019",
        "vi-VN|en 2019, 12 activités|năm 2019, 12 hoạt động",
        "en-GB|une croissance de 7,02 %|growth of 7.02%",
        "en-GB|Le chef du Département.|The head of the Department.",
        "en-GB|La séance s'ouvre à 14h30.|The session opens at 2.30pm.",
        "en-US|La séance s'ouvre à 14 h 30.|The session opens at 2:30 p.m.",
        "en-GB|La séance s'ouvre à 14h30.|The session opens at 14:30.",
        "en-US|La séance s'ouvre à 14h30.|The session opens at 2:30.",
        "en-GB|Le vol part à 9h, heure locale.|The flight leaves at 9 am local time.",
        "en-GB|Le dîner a lieu à 20 heures.|The dinner is at 8 pm.",
        "vi-VN|La séance s'ouvre à 14h30.|Phiên họp khai mạc lúc 14 giờ 30 phút.",
        "vi-VN|Le dîner a lieu à 20h.|Bữa tối diễn ra lúc 8 giờ tối.",
        "vi-VN|La séance s'ouvre à 14h30 le 21 octobre.|Phiên họp khai mạc lúc 14h30 ngày 21/10.",
        "en-US|Le Vietnam et la Russie coopèrent dans l'Industrie 4.0.|Vietnam and Russia cooperate in Industry 4.0.",
        "vi-VN|La version 2.0 du logiciel, puis la 3.1.|Phiên bản 2.0 của phần mềm, rồi bản 3.1.",
        "en-US|Les deux pays célèbrent soixante-dix ans de relations.|The two countries are celebrating 70 years of relations.",
        "en-US|Près de quatre-vingt-dix délégués.|Nearly 90 delegates.",
        "vi-VN|Les deux parties ont signé quarante-cinq documents.|Hai bên đã ký bốn mươi lăm văn kiện.",
        "vi-VN|Le XIIIe Congrès national du Parti.|Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
        "en-US|Le XIIIe Congrès national du Parti.|The 13th National Congress of the Party.",
        "en-US|l'échange de onze autres documents|the exchange of 11 other documents",
        "en-US|les deux parties ont signé|both sides signed",
        "en-US|le 2 décembre, les deux parties|on December 2, both sides",
        "vi-VN|En 2019, deux ans après|Năm 2019, hai năm sau",
        "en-US|Les échanges ont atteint 1,5 milliard de dollars.|Trade reached $1.5 billion.",
        // A range whose month French says once, and each date of it says in Vietnamese.
        "vi-VN|Le forum se tiendra du lundi 12 au jeudi 15 août à Moscou.|Diễn đàn sẽ diễn ra từ thứ Hai, ngày 12/8 đến thứ Năm, ngày 15/8 tại Moskva.",
        "vi-VN|Les exercices ont lieu les 3 et 4 mars.|Cuộc diễn tập diễn ra ngày 3/3 và 4/3.",
        "vi-VN|La foire se tient du 12 au 15 août.|Hội chợ diễn ra từ 12-15/8.",
        "en-US|Le forum se tiendra du 12/8 au 15/8.|The forum will be held from August 12 to 15.",
        // Precision traps: articles, "both", "Prime", approximate numbers, "dizaines" as "dozens".
        "en-US|Une délégation de haut rang a signé douze documents.|A high-ranking delegation signed twelve documents.",
        "en-US|Le Premier ministre a reçu les deux parties et une vingtaine de délégués.|The Prime Minister received both sides and about twenty delegates.",
        "en-US|Une vingtaine de navires et des dizaines d'avions.|Some twenty ships and dozens of aircraft.",
        "vi-VN|Les deux parties ont signé une dizaine de documents.|Hai bên đã ký khoảng mười văn kiện.",
        "en-US|Les trois pays ont signé un accord.|The three countries signed an agreement.",
        // Number words in names, and "neuf" as "new".
        "vi-VN|La cérémonie se tiendra dans huit jours place Ba Dinh.|Một tuần nữa, buổi lễ sẽ diễn ra tại Quảng trường Ba Đình.",
        "en-US|Les délégués logent à l'hôtel des Mille Collines, un bâtiment neuf de onze étages.|The delegates stay at the Hotel des Mille Collines, a new eleven-storey building.",
        "vi-VN|Le ministre a rencontré son homologue polonais il y a huit jours.|Bộ trưởng đã gặp người đồng cấp Ba Lan cách đây một tuần.",
        "vi-VN|Les échanges ont atteint 1,5 milliard de dollars.|Kim ngạch đạt 1,5 tỷ USD.",
        // "premier semestre": the first six months.
        "vi-VN|Le commerce a progressé de 3,2 % au premier semestre.|Thương mại tăng 3,2% trong sáu tháng đầu năm.",
        "en-US|Le commerce a atteint 1,5 milliard de dollars.|Trade reached 1,5 billion dollars.",
    })
    void correctTranslationsPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Der Preis beträgt 1.234,56 €.|The price is €1,234.56.",
        "Die Inflation lag bei 12,5 %.|Inflation was 12.5%.",
        "Rund 1,5 Millionen Besucher kamen.|Around 1.5 million visitors came.",
        "Zwölf Minister reisten an.|12 ministers arrived.",
    })
    void germanSourcesOfOtherToolsAreReadTheGermanWay(String source, String target) {
        assertEquals(List.of(), check.check(german(source, target), context()));
        assertFalse(check.check(german(source, target.replaceAll("\\d", "9")), context()).isEmpty(),
                "a changed number is still caught");
    }

    private static TranslationUnit german(String source, String target) {
        return TranslationUnit.builder().file("test.xlf").id("u1").languages("de-DE", "en-US")
                .state(TranslationState.TRANSLATED).segment("1", source, target).build();
    }

    /**
     * The source's digits grouped in thousands with another language's separator, which the target
     * language reads as another value ("1.000" is one in English, "1,200" one point two in
     * Vietnamese): a format to fix, locale.number's, with the number to write.
     */
    @Test
    void thousandsGroupedTheOtherWayAreAFormatNotAWrongNumber() {
        assertEquals(List.of(), run("en-GB", "Les 1 000 soldats.", "The 1.000 soldiers."));
        List<CheckMatch> m = new LocaleNumberCheck().check(unit("en-GB", "Les 1 000 soldats.", "The 1.000 soldiers."), context());
        assertEquals(1, m.size());
        assertEquals(4, m.get(0).offset());
        assertEquals(5, m.get(0).length());
        assertEquals(List.of("1,000"), m.get(0).suggestions());
        assertEquals(List.of(), run("vi-VN", "la formation de 1 200 techniciens", "đào tạo 1,200 kỹ thuật viên"));
        // not the source's digits: a wrong number
        assertEquals(1, run("vi-VN", "la formation de 1 200 techniciens", "đào tạo 1,300 kỹ thuật viên").size());
    }

    @Test
    void vietnameseWritingEnglishGroupingIsAFormatNotAWrongNumber() {
        // The right number in English form: locale.number's finding, with the Vietnamese form to write.
        assertEquals(List.of(), run("vi-VN", "1 000,5 tonnes", "1,000.5 tấn"));
        List<CheckMatch> format = new LocaleNumberCheck().check(unit("vi-VN", "1 000,5 tonnes", "1,000.5 tấn"), context());
        assertEquals(List.of("1.000,5"), format.get(0).suggestions());
    }

    @Test
    void changedYearIsCaught() {
        List<CheckMatch> m = run("en-GB", "En 2019, les ministères ont collaboré.", "In 2018, the ministries cooperated.");
        assertEquals(1, m.size());
        assertEquals("'2018' does not match '2019' in the source; write '2019'", m.get(0).message());
        assertEquals(3, m.get(0).offset());
    }

    @Test
    void changedRangeEndIsCaught() {
        List<CheckMatch> m = run("en-GB", "du 21 au 24 octobre", "from 21 to 23 October");
        assertEquals(1, m.size());
        assertEquals(List.of("24"), m.get(0).suggestions());
    }

    @Test
    void droppedNumberIsCaught() {
        List<CheckMatch> m = run("en-GB", "près de 70 activités, dont 12 activités de coopération",
                "nearly 70 cooperation activities");
        assertEquals(1, m.size());
        assertTrue(m.get(0).message().contains("'12' is missing"), m.get(0).message());
    }

    @Test
    void extraNumberIsCaught() {
        List<CheckMatch> m = run("en-GB", "les deux parties", "the 2 sides, 3 times");
        assertEquals(1, m.size());
        assertEquals("'3' is not in the source; check the number", m.get(0).message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Les deux parties ont signé quarante documents.|The two sides signed fourteen documents.|'fourteen' does not match 'quarante' in the source; write '40'",
        "en-US|Près de quatre-vingts soldats.|Nearly 90 soldiers.|'90' does not match 'quatre-vingts' in the source; write '80'",
        "vi-VN|Près de quatre-vingts soldats.|Gần 70 binh sĩ.|'70' does not match 'quatre-vingts' in the source; write '80'",
        "en-US|au cours du XXe siècle|during the 19th century|'19' does not match 'XXe' in the source; write '20'",
        "vi-VN|au cours du XXe siècle|trong thế kỷ XIX|'XIX' does not match 'XXe' in the source; write '20'",
        "vi-VN|signé quarante documents|ký bốn mươi lăm văn kiện|'bốn mươi lăm' does not match 'quarante' in the source; write '40'",
        // An article or "both" beside the changed number does not hide it.
        "en-US|Près de quarante officiers suivent une formation au Vietnam.|Nearly fourteen officers are training in Vietnam.|'fourteen' does not match 'quarante' in the source; write '40'",
        "en-US|la signature d'un accord ainsi que l'échange de onze autres documents|the signing of an agreement and the exchange of seven other documents|'seven' does not match 'onze' in the source; write '11'",
        "vi-VN|Soixante-dix ans de coopération seront célébrés en 2025.|Năm 2025, hai nước sẽ kỷ niệm bảy mươi lăm năm hợp tác.|'bảy mươi lăm' does not match 'Soixante-dix' in the source; write '70'",
        "en-US|Les deux parties ont signé douze documents.|Both sides signed twenty documents.|'twenty' does not match 'douze' in the source; write '12'",
        // A small number changed into a larger one, though "deux" alone may be "both".
        "vi-VN|La délégation ne restera que deux jours à Hanoi.|Đoàn chỉ lưu lại Hà Nội ba ngày.|'ba' does not match 'deux' in the source; write '2'",
        "en-US|La délégation ne restera que deux jours à Hanoi.|The delegation will stay in Hanoi for only three days.|'three' does not match 'deux' in the source; write '2'",
    })
    void numbersInWordsAndRomanNumeralsAreCompared(String lang, String source, String target, String message) {
        List<CheckMatch> m = run(lang, source, target);
        assertEquals(List.of(message), m.stream().map(CheckMatch::message).toList());
    }

    @Test
    void aWrongDayInARangeOfDatesInFiguresIsStillCaught() {
        assertEquals(List.of("'16' does not match '15' in the source; write '15'"),
                run("vi-VN", "Le forum se tiendra du lundi 12 au jeudi 15 août.",
                        "Diễn đàn sẽ diễn ra từ thứ Hai, ngày 12/8 đến thứ Năm, ngày 16/8.").stream()
                        .map(CheckMatch::message).toList());
    }

    @Test
    void suggestionUsesTargetConventions() {
        assertEquals(List.of("12.500,75"), run("vi-VN", "12 500,75 dollars", "12.500,57 đô la").get(0).suggestions());
        assertEquals(List.of("12,500.75"), run("en-US", "12 500,75 dollars", "12,500.57 dollars").get(0).suggestions());
    }

    @Test
    void aTimeWrittenWrongIsOneFindingWithTheTimeToWrite() {
        List<CheckMatch> matches = run("en-GB", "La séance s'ouvre à 14h30.", "The session opens at 3:30 pm.");
        assertEquals(1, matches.size(), matches::toString);
        assertEquals("the time '3:30 pm' does not match '14h30' in the source; write '14:30'", matches.get(0).message());
        assertEquals("3:30 pm", "The session opens at 3:30 pm.".substring(matches.get(0).offset(),
                matches.get(0).offset() + matches.get(0).length()));
        List<CheckMatch> vi = run("vi-VN", "Le dîner a lieu à 20h.", "Bữa tối diễn ra lúc 8 giờ sáng.");
        assertEquals("the time '8 giờ sáng' does not match '20h' in the source; write '20h'", vi.get(0).message());
    }

    @Test
    void aTimeMissingFromTheTranslationIsStillAMissingNumber() {
        List<CheckMatch> matches = run("en-GB", "La séance s'ouvre à 14h30.", "The session opens in the afternoon.");
        assertTrue(matches.stream().anyMatch(m -> m.message().contains("'14'")), matches::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Die Ausgabe 1.5 der Software erscheint im Mai.|Edition 1.5 of the software comes out in May.",
        "Der Vertrag ist $2,500.00 wert.|The contract is worth $2,500.00.",
        "Die Version 2.0.1 bringt Industrie 4.0 in die Werkstatt.|Version 2.0.1 brings Industry 4.0 to the workshop.",
    })
    void aNumberCopiedVerbatimIsNeverAMismatch(String source, String target) {
        assertEquals(List.of(), check.check(german(source, target), context()));
    }

    @Test
    void aNumberTheSourceReadsWholeCopiedInItsFormatIsAFormatSlip() {
        // German "1.234" is a thousand and more; copied into English it says 1.234: written the German way.
        assertEquals(List.of(), check.check(german("Es kamen 1.234 Besucher.", "1.234 visitors came."), context()));
        List<CheckMatch> m = new LocaleNumberCheck().check(german("Es kamen 1.234 Besucher.", "1.234 visitors came."), context());
        assertEquals(List.of("'1.234' is not written the English way; write '1,234'"),
                m.stream().map(CheckMatch::message).toList());
        assertEquals(1, check.check(german("Es kamen 1.234 Besucher.", "1.243 visitors came."), context()).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|La version 3.1 du logiciel est sortie.|Version 3.2 of the software is out.|'3.2' does not match '3.1' in the source; write '3.1'",
        "vi-VN|La version 3.1 du logiciel est sortie.|Phiên bản 3.2 của phần mềm đã ra mắt.|'3.2' does not match '3.1' in the source; write '3.1'",
    })
    void aChangedVersionIsOneFindingNamingBoth(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target).stream().map(CheckMatch::message).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // "năm" after a number is "years" as often as five.
        "vi-VN|Les deux pays célèbrent soixante-dix ans de relations diplomatiques.|Hai nước kỷ niệm bảy mươi năm quan hệ ngoại giao.",
        "vi-VN|Quatre-vingts ans après la fondation du Parti.|Tám mươi năm sau ngày thành lập Đảng.",
        "vi-VN|Vingt-cinq navires ont participé.|Hai mươi lăm tàu đã tham gia.",
        "en-US|Près de trois cent mille personnes ont été évacuées.|Nearly 300,000 people were evacuated.",
        "en-US|Près de trois cent mille personnes ont été évacuées.|Nearly three hundred thousand people were evacuated.",
        "en-US|Le 2e Sommet Mékong-Japon.|The 2nd Mekong-Japan Summit.",
        "en-US|Le IIe Congrès du Parti.|The 2nd Party Congress.",
        "vi-VN|Le IIe Congrès du Parti.|Đại hội lần thứ hai của Đảng.",
        "vi-VN|Le IIe Congrès du Parti.|Đại hội II của Đảng.",
        "vi-VN|Le XIIIe Congrès du Parti.|Đại hội lần thứ 13 của Đảng.",
        "vi-VN|Le 60e anniversaire des relations.|Kỷ niệm lần thứ 60 quan hệ.",
        // a one-letter Roman numeral after "thứ" or "khóa" is a number in Vietnamese
        "vi-VN|Le vice-ministre s'exprime lors du 5e Congrès international de la justice.|Thứ trưởng phát biểu tại Đại hội Tư pháp quốc tế lần thứ V.",
        "vi-VN|La 5e session de l'Assemblée nationale.|Kỳ họp thứ V của Quốc hội.",
        "vi-VN|La cérémonie a eu lieu le jeudi 16 septembre.|Buổi lễ diễn ra vào thứ Năm, 16/9.",
        "en-US|Environ trois cents personnes, dont une vingtaine de diplomates.|About 300 people, including some 20 diplomats.",
        "vi-VN|Environ trois cents personnes, dont une vingtaine de diplomates.|Khoảng ba trăm người, trong đó có khoảng hai mươi nhà ngoại giao.",
    })
    void issueFourteenExamplesPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vi-VN|Vingt-cinq navires ont participé.|Hai mươi tàu đã tham gia.|'Hai mươi' does not match 'Vingt-cinq' in the source; write '25'",
        "en-US|Près de trois cent mille personnes ont été évacuées.|Nearly 30,000 people were evacuated.|'30,000' does not match 'trois cent mille' in the source; write '300,000'",
        "en-US|Les deux pays célèbrent soixante-dix ans de relations.|The two countries celebrate sixty years of relations.|'sixty' does not match 'soixante-dix' in the source; write '70'",
        "en-US|Le 2e Sommet Mékong-Japon.|The 3rd Mekong-Japan Summit.|'3' does not match '2' in the source; write '2'",
        "vi-VN|Le XIIIe Congrès du Parti.|Đại hội XII của Đảng.|'XII' does not match 'XIIIe' in the source; write '13'",
        "vi-VN|Le 5e Congrès international de la justice.|Đại hội Tư pháp quốc tế lần thứ IV.|'IV' does not match '5' in the source; write '5'",
    })
    void issueFourteenExamplesAreReported(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target).stream().map(CheckMatch::message).toList());
    }
}
