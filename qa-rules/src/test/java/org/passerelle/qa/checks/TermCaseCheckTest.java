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
        // French capitalises only the first word of a name, English all of them.
        "en-US|Le Partenariat stratégique intégral Vietnam-Russie continue de se développer.|The Vietnam-Russia comprehensive strategic partnership continues to develop."
                + "|'comprehensive strategic partnership' is a name: write it 'Comprehensive Strategic Partnership'",
        "en-GB|Les deux vice-ministres ont coprésidé le cinquième Dialogue stratégique de défense.|The two deputy ministers co-chaired the fifth defence strategic dialogue."
                + "|'strategic dialogue' is a name: write it 'Strategic Dialogue'",
        "en-US|Le Vietnam et la Russie ont fondé l'Ordre de l'amitié en 1994.|Vietnam and Russia founded the order of friendship in 1994."
                + "|'order of friendship' is a name: write it 'Order of Friendship'",
        // Vietnamese writes a name with the capitals its rules give it, no more.
        "vi-VN|Le Front de la Patrie du Vietnam a organisé la rencontre.|Mặt trận Tổ Quốc Việt Nam đã tổ chức cuộc gặp."
                + "|'Mặt trận Tổ Quốc Việt Nam' is a name: write it 'Mặt trận Tổ quốc Việt Nam'",
        "vi-VN|La délégation a visité le Comité central du Parti.|Đoàn đã thăm Ban Chấp Hành Trung ương Đảng."
                + "|'Ban Chấp Hành Trung ương Đảng' is a name: write it 'Ban Chấp hành Trung ương Đảng'",
        // a Vietnamese name keeps its capitals where the French writes it in lower case
        "vi-VN|Le représentant du ministère de la Défense a reçu les véhicules.|Đại diện bộ quốc phòng đã tiếp nhận các xe."
                + "|'bộ quốc phòng' is a name: write it 'Bộ Quốc phòng'",
        // a name Vietnamese capitalises by its first word, as English capitalises it word by word, where the French writes its capital
        "vi-VN|Le Partenariat stratégique intégral Vietnam-Russie continue de se développer.|Quan hệ đối tác chiến lược toàn diện Việt Nam - Nga tiếp tục phát triển."
                + "|'đối tác chiến lược toàn diện' is a name: write it 'Đối tác chiến lược toàn diện'",
        // a title is part of the name it stands before
        "en-US|Dans l'après-midi, le Premier ministre Nguyen Xuan Phuc a remis l'Ordre de l'amitié.|In the afternoon, prime minister Nguyen Xuan Phuc presented the Order of Friendship."
                + "|'prime minister' is a title before a name: write it 'Prime Minister'",
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
        "en-US|Le Partenariat stratégique intégral Vietnam-Russie continue de se développer.|The Vietnam-Russia Comprehensive Strategic Partnership continues to develop.",
        "en-US|VIETNAM ET RUSSIE RENFORCENT LE PARTENARIAT STRATÉGIQUE INTÉGRAL|VIETNAM, RUSSIA DEEPEN COMPREHENSIVE STRATEGIC PARTNERSHIP",
        // the source writes it as a common noun: a dialogue, not the Dialogue
        "en-US|Les deux pays ont tenu un dialogue stratégique sur la sécurité maritime.|The two countries held a strategic dialogue on maritime security.",
        // a title is no name: "the prime minister"
        "en-US|Le Premier ministre a reçu l'ambassadeur du Laos.|The prime minister received the Lao ambassador.",
        // a segment starting in lower case is case.start's finding
        "vi-VN|Le secrétaire général To Lam a reçu la délégation.|tổng Bí thư Tô Lâm đã tiếp đoàn.",
        // after a comma the name is an apposition, and a title may stay generic
        "en-US|Le Premier ministre, Nguyen Xuan Phuc, a remis l'Ordre de l'amitié.|The prime minister, Nguyen Xuan Phuc, presented the Order of Friendship.",
        "en-US|Dans l'après-midi, le Premier ministre Nguyen Xuan Phuc a remis l'Ordre de l'amitié.|In the afternoon, Prime Minister Nguyen Xuan Phuc presented the Order of Friendship.",
        // English may capitalise more than the termbase
        "en-GB|La délégation a visité la province de Quang Ninh.|The delegation visited Quang Ninh Province.",
        "vi-VN|Le Front de la Patrie du Vietnam a organisé la rencontre.|Mặt trận Tổ quốc Việt Nam đã tổ chức cuộc gặp.",
        "vi-VN|LE FRONT DE LA PATRIE DU VIETNAM FÊTE SES 95 ANS|MẶT TRẬN TỔ QUỐC VIỆT NAM KỶ NIỆM 95 NĂM",
        "vi-VN|La province de Quang Ninh a accueilli la délégation.|Tỉnh Quảng Ninh đã đón đoàn.",
        // the same words as a common noun, which the source writes in lower case
        "vi-VN|Les deux pays envisagent un partenariat stratégique intégral.|Hai nước đang cân nhắc một quan hệ đối tác chiến lược toàn diện.",
        "vi-VN|Le Partenariat stratégique intégral Vietnam-Russie continue de se développer.|Quan hệ Đối tác chiến lược toàn diện Việt Nam - Nga tiếp tục phát triển.",
    })
    void otherTermsAndCapitalsPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
