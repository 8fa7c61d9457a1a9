package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.SampleTermbase;

/** With the sample termbase. */
class TermCaseCheckTest {
    private final TermCaseCheck check = new TermCaseCheck();

    private List<String> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), SampleTermbase.context()).stream().map(CheckMatch::message).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Les deux ministres ont discuté de la situation en Mer Orientale.|The two ministers discussed the situation in the east sea.|'east sea' is a name: write it 'East Sea'",
        "vi-VN|Les deux ministres ont discuté de la situation en Mer Orientale.|Hai Bộ trưởng đã thảo luận về tình hình biển đông.|'biển đông' is a name: write it 'Biển Đông'",
        "vi-VN|La délégation cubaine est arrivée à Hanoi le 15 septembre.|Đoàn Cuba đã đến hà nội ngày 15/9.|'hà nội' is a name: write it 'Hà Nội'",
        "en-US|le général Ngo Xuan Lich, membre du Politburo|General Ngo Xuan Lich, member of the politburo|'politburo' is a name: write it 'Politburo'",
    })
    void aProperNounInTheWrongCaseIsReported(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Les deux ministres ont discuté de la situation en Mer Orientale.|THE TWO MINISTERS DISCUSSED THE SITUATION IN THE EAST SEA",
        "en-US|Dans l'après-midi, le Premier ministre Nguyen Xuan Phuc a remis l'Ordre de l'amitié.|In the afternoon, the prime minister presented the Order of Friendship.",
        "en-US|La délégation du ministère de la Défense de Russie|The delegation of the Russian ministry of defence",
        "vi-VN|la contribution de la Russie à l'Asie-Pacifique|đóng góp của Nga cho khu vực châu Á - Thái Bình Dương",
    })
    void otherTermsAndCapitalsPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
