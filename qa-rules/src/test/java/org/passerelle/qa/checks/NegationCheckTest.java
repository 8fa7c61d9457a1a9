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
        // a word that says a negation does not stand in for a "ne … pas", nor is "United" one
        "en-US|Le ministre n'a pas approuvé le projet de réseau sans fil.|The minister approved the wireless network project.",
        "en-US|La résolution a été adoptée sans vote aux Nations unies.|The resolution was adopted by a vote at the United Nations.",
        "en-US|Le Vietnam a signé l'accord sans réticence.|Vietnam signed the agreement under pressure.",
        "en-US|Le Vietnam n'oubliera jamais le soutien de l'Union soviétique.|Vietnam will forget the support of the Soviet Union.",
        "vi-VN|Le Vietnam n'oubliera jamais le soutien de l'Union soviétique.|Việt Nam sẽ quên sự ủng hộ của Liên Xô.",
        "vi-VN|Le Vietnam n'a jamais cessé de soutenir le peuple cubain.|Việt Nam đã luôn ngừng ủng hộ nhân dân Cuba.",
        "en-US|Le Vietnam n'a jamais cessé de soutenir le peuple cubain.|Vietnam has always stopped supporting the Cuban people.",
    })
    void aDroppedNegationIsReported(String lang, String source, String target) {
        assertEquals(List.of("The source is negated but the translation is not: check that the negation was not dropped"),
                run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Le ministre a assisté à la cérémonie de clôture.|The Minister did not attend the closing ceremony.",
        "vi-VN|Les deux pays ont signé un accord sur l'exemption de visa.|Hai nước chưa ký hiệp định miễn thị thực.",
        // "chưa đến" before a place is "not yet come to", a negation; before a number it is "fewer than"
        "vi-VN|La délégation est arrivée à Hanoï.|Đoàn chưa đến Hà Nội.",
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
        "vi-VN|Moins de 300 étudiants vietnamiens étudient en Russie.|Hiện có chưa đến 300 học viên Việt Nam đang học tại Nga.",
        "vi-VN|La visite a duré moins d'une semaine.|Chuyến thăm kéo dài chưa đầy một tuần.",
        // "sans" said with the Sino-Vietnamese "vô" (without), which "vô cùng" (extremely) is not
        "vi-VN|Le ministre a remercié la Russie pour son soutien sans conditions.|Bộ trưởng cảm ơn Nga đã ủng hộ vô điều kiện.",
        // "vô" makes a word, and negates no clause: "sans réserve" (unreservedly) as "vô điều kiện"
        "vi-VN|Le Vietnam soutient sans réserve les initiatives de paix de la région.|Việt Nam ủng hộ vô điều kiện các sáng kiến hòa bình trong khu vực.",
        // idioms with sans that say no negation
        "en-US|Une croissance sans précédent des échanges.|An unprecedented growth in trade.",
        "en-US|Les deux armées renforcent sans cesse leur coopération.|The two armies constantly strengthen their cooperation.",
        // "sans" said in a word
        "en-US|La Russie a apporté une aide sans condition aux sinistrés.|Russia provided unconditional aid to the flood victims.",
        "en-US|Les soldats sans armes ont escorté le convoi.|The unarmed soldiers escorted the convoy.",
        "en-US|Le réseau sans fil couvre toute la base.|The wireless network covers the whole base.",
        "en-US|Les soins sont offerts sans frais aux anciens combattants.|Care is offered free of charge to veterans.",
        // a negated "forget" or "stop" said as "always"
        "en-US|Le Vietnam n'oubliera jamais le soutien de l'Union soviétique.|Vietnam will always remember the support of the Soviet Union.",
        "vi-VN|Le Vietnam n'oubliera jamais le soutien de l'Union soviétique.|Việt Nam sẽ luôn ghi nhớ sự ủng hộ quý báu của Liên Xô.",
        "en-US|La Russie n'a jamais cessé de soutenir le Vietnam.|Russia has always supported Vietnam.",
        "en-US|Le Vietnam n'a jamais cessé de soutenir les initiatives de la Russie.|Vietnam has consistently supported Russia's initiatives.",
        "vi-VN|Le Vietnam n'oubliera jamais le soutien de l'Union soviétique.|Việt Nam sẽ không bao giờ quên sự ủng hộ của Liên Xô.",
        "en-US|Il a été remis au plus tard le 10 août.|It was delivered no later than August 10.",
        "en-US|Le Vietnam et la Russie ont une longue histoire d'amitié.|Vietnam and Russia have a long history of friendship.",
    })
    void matchingNegationsAndLookalikesPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }

    // set m enm070, set l enl071: one of two negated clauses dropped, the other kept
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Le Vietnam ne participe à aucune alliance militaire et ne s'allie pas avec un pays pour combattre un autre.|Vietnam participates in military alliances and does not side with one country against another.",
        "en-US|Le Vietnam ne participe à aucune alliance militaire et ne s'allie à aucun pays contre un autre.|Vietnam participates in military alliances and does not side with one country against another.",
        "en-US|Le Vietnam ne participe à aucune alliance militaire et ne s'allie pas avec un pays pour combattre un autre.|Vietnam does not participate in any military alliance and sides with one country against another.",
        "vi-VN|Le Vietnam ne participe à aucune alliance militaire et ne s'allie pas avec un pays pour combattre un autre.|Việt Nam không tham gia liên minh quân sự nào và liên kết với nước này để chống nước kia.",
        "en-US|Aucun accord n'a été signé et la Russie ne livrera pas de nouveaux équipements avant 2026.|No agreement was signed and Russia will deliver new equipment before 2026.",
    })
    void aDroppedOneOfTwoNegationsIsReported(String lang, String source, String target) {
        assertEquals(List.of("The source has 2 negations, the translation 1: check that none was dropped"),
                run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // set m vim070, set l vil071: both kept
        "vi-VN|Le Vietnam ne participe à aucune alliance militaire et ne s'allie pas avec un pays pour combattre un autre.|Việt Nam không tham gia liên minh quân sự nào và không liên kết với nước này để chống nước kia.",
        "vi-VN|Le Vietnam ne participe à aucune alliance militaire et ne s'allie à aucun pays contre un autre.|Việt Nam không tham gia liên minh quân sự, không liên kết với nước này để chống nước kia.",
        // two negated clauses merged: "neither … nor", "not … or", "không … cũng không"
        "en-US|Le Vietnam ne participe à aucune alliance militaire et ne s'allie pas avec un pays pour combattre un autre.|Vietnam neither joins military alliances nor sides with one country against another.",
        "en-US|Le Vietnam ne participe à aucune alliance militaire et ne s'allie pas avec un pays pour combattre un autre.|Vietnam does not join military alliances or side with one country against another.",
        "vi-VN|Le Vietnam ne participe à aucune alliance militaire et ne s'allie pas avec un pays pour combattre un autre.|Việt Nam không tham gia liên minh quân sự, cũng không liên kết với nước này để chống nước kia.",
        // "ni … ni … ne", "ne … ni … ni", "aucun … n'a jamais": one negated clause each
        "vi-VN|Ni Hanoï ni Moscou n'ont signé la déclaration.|Cả Hà Nội lẫn Moskva đều không ký tuyên bố.",
        "en-US|Ni Hanoï ni Moscou n'ont signé la déclaration.|Neither Hanoi nor Moscow signed the declaration.",
        "vi-VN|Le Vietnam ne participe ni aux alliances militaires ni aux blocs.|Việt Nam không tham gia các liên minh hay khối quân sự.",
        "en-US|Aucun pays n'a jamais contesté cet accord.|No country has ever contested this agreement.",
        // "ne … que" is a restriction; "sans" may be said in a word; "non-aligné" is no negation
        "en-US|Le Vietnam ne déploie des forces à l'étranger que dans le cadre des missions de l'ONU et ne participe à aucune alliance.|Vietnam deploys forces abroad only within UN missions and does not join any alliance.",
        "en-US|La Russie n'a jamais cessé de soutenir le Vietnam sans conditions.|Russia has never stopped supporting Vietnam unconditionally.",
        "en-US|Le Vietnam, pays non aligné, ne participe à aucune alliance militaire.|Vietnam, a non-aligned country, does not join any military alliance.",
    })
    void negatedClausesKeptOrMergedPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
