package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;

class NegationCheckTest {
    private final NegationCheck check = new NegationCheck();

    private List<String> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context()).stream().map(CheckMatch::message).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Le ministre n'a pas assisté à la cérémonie de clôture.|The Minister attended the closing ceremony.",
        "vi-VN|La Russie ne livrera pas de nouveaux équipements avant 2026.|Nga sẽ bàn giao trang thiết bị mới trước năm 2026.",
        "en-GB|Aucun accord n'a été signé lors de la visite.|An agreement was signed during the visit.",
        "en-US|Les deux parties ont signé l'accord sans attendre.|The two sides signed the agreement, waiting for the report.",
        "vi-VN|Le soutien de la Russie a été accordé sans conditions.|Sự ủng hộ của Nga vô cùng quan trọng.",
    })
    void aDroppedNegationIsReported(String lang, String source, String target) {
        assertEquals(List.of("The source is negated but the translation is not: check that the negation was not dropped"),
                run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Le ministre a assisté à la cérémonie de clôture.|The Minister did not attend the closing ceremony.",
        "vi-VN|Les deux pays ont signé un accord sur l'exemption de visa.|Hai nước chưa ký hiệp định miễn thị thực.",
    })
    void anAddedNegationIsReported(String lang, String source, String target) {
        assertEquals(List.of("The translation is negated but the source is not: check that no negation was added"),
                run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Le ministre n'a pas assisté à la cérémonie.|The Minister did not attend the ceremony.",
        "en-US|Le ministre n'a jamais visité Cuba.|The Minister has never visited Cuba.",
        "vi-VN|Le ministre n'a jamais visité Cuba.|Bộ trưởng chưa bao giờ thăm Cuba.",
        "vi-VN|La Russie ne livrera pas de nouveaux équipements avant 2026.|Nga sẽ không bàn giao trang thiết bị mới trước năm 2026.",
        // a restriction, not a negation
        "en-US|La délégation n'a visité que deux provinces.|The delegation visited only two provinces.",
        "vi-VN|La délégation n'a visité que deux provinces.|Đoàn chỉ thăm hai tỉnh.",
        // not only, and the air force
        "en-US|La coopération concerne non seulement la défense, mais aussi l'économie.|Cooperation covers not only defence but also the economy.",
        "vi-VN|La coopération concerne non seulement la défense, mais aussi l'économie.|Hợp tác không chỉ trong quốc phòng mà cả kinh tế.",
        "vi-VN|Le commandant de l'armée de l'air a reçu la délégation.|Tư lệnh Không quân đã tiếp đoàn.",
        "vi-VN|La sécurité aérienne et la défense antiaérienne.|An toàn hàng không và phòng không.",
        // "sans" said with the Sino-Vietnamese "vô" (without), which "vô cùng" (extremely) is not
        "vi-VN|Le ministre a remercié la Russie pour son soutien sans conditions.|Bộ trưởng cảm ơn Nga đã ủng hộ vô điều kiện.",
        // idioms with sans that say no negation
        "en-US|Une croissance sans précédent des échanges.|An unprecedented growth in trade.",
        "en-US|Les deux armées renforcent sans cesse leur coopération.|The two armies constantly strengthen their cooperation.",
        "en-US|Il a été remis au plus tard le 10 août.|It was delivered no later than August 10.",
        "en-US|Le Vietnam et la Russie ont une longue histoire d'amitié.|Vietnam and Russia have a long history of friendship.",
    })
    void matchingNegationsAndLookalikesPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
