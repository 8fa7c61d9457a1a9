package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;

/** Sentences of the seed articles' kind, with lang-en's and lang-vi's tables of opposites. */
class MeaningReversedCheckTest {
    private final MeaningReversedCheck check = new MeaningReversedCheck();

    private List<String> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context()).stream().map(CheckMatch::message).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|A l'issue de l'entretien, les deux parties ont signé des documents de coopération."
                + "|At the outset of the talks, the two sides signed cooperation documents."
                + "|'At the outset of' says the opposite of 'A l'issue de', which means at the end of, after: check the meaning",
        "en-US|Le Premier ministre effectuera une visite officielle en Russie l'année prochaine."
                + "|The Prime Minister will pay an official visit to Russia last year."
                + "|'last year' says the opposite of 'l'année prochaine', which means next year: check the meaning",
        "en-US|La visite du ministre au Cambodge a été reportée.|The minister's visit to Cambodia was cancelled."
                + "|'cancelled' says the opposite of 'reportée', which means postponed: check the meaning",
        "vi-VN|Le Premier ministre effectuera une visite officielle en Russie la semaine prochaine."
                + "|Thủ tướng sẽ thăm chính thức Nga vào tuần trước."
                + "|'tuần trước' says the opposite of 'la semaine prochaine', which means next week: check the meaning",
        "vi-VN|Le ministre a décliné l'invitation.|Bộ trưởng đã nhận lời mời."
                + "|'nhận lời' says the opposite of 'a décliné', which means declined: check the meaning",
        "vi-VN|La visite du ministre au Cambodge a été reportée.|Chuyến thăm Campuchia của Bộ trưởng đã bị hủy."
                + "|'hủy' says the opposite of 'reportée', which means postponed: check the meaning",
        "vi-VN|Les deux pays marqueront le 60e anniversaire de leurs relations l'année prochaine."
                + "|Hai nước sẽ kỷ niệm 60 năm quan hệ ngoại giao vào năm ngoái."
                + "|'năm ngoái' says the opposite of 'l'année prochaine', which means next year: check the meaning",
        "en-US|Le général a assisté à la cérémonie d'ouverture du forum.|The general attended the closing ceremony of the forum."
                + "|'closing' says the opposite of 'cérémonie d'ouverture', which means opening: check the meaning",
        "vi-VN|Les échanges commerciaux sont en hausse de 12 % par rapport à l'an dernier.|Kim ngạch thương mại giảm 12% so với năm ngoái."
                + "|'giảm' says the opposite of 'en hausse', which means increase (tăng): check the meaning",
        "en-GB|La conférence des donateurs, prévue en juin, a été reportée à l'automne.|The donors' conference, planned for June, has been brought forward to the autumn."
                + "|'brought forward' says the opposite of 'reportée', which means postponed: check the meaning",
        "en-US|Le Vietnam poursuit l'ouverture de son économie aux investisseurs étrangers.|Vietnam is pursuing the closure of its economy to foreign investors."
                + "|'closure' says the opposite of 'ouverture', which means opening: check the meaning",
        "en-US|Ces derniers temps, les échanges entre les deux armées se sont intensifiés.|In the coming time, exchanges between the two armies have intensified."
                + "|'the coming time' says the opposite of 'Ces derniers temps', which means recently, in the past period: check the meaning",
        "vi-VN|Les deux pays renforceront leur coopération dans le temps à venir.|Hai nước sẽ tăng cường hợp tác trong thời gian qua."
                + "|'thời gian qua' says the opposite of 'le temps à venir', which means in the time to come (thời gian tới): check the meaning",
        "en-US|Le Laos accorde une grande importance à sa coopération avec le Vietnam.|Laos attaches little importance to its cooperation with Vietnam."
                + "|'little importance' says the opposite of 'une grande importance', which means great importance, important: check the meaning",
        "en-US|Les exportations de riz vers les Philippines ont atteint 2 millions de tonnes.|Rice imports to the Philippines reached 2 million tonnes."
                + "|'imports' says the opposite of 'exportations', which means export: check the meaning",
        "en-US|Les échanges commerciaux ont diminué de 5 % au premier trimestre.|Trade rose by 5% in the first quarter."
                + "|'rose' says the opposite of 'diminué', which means decrease, fallen: check the meaning",
        "en-US|Les deux parties ont convenu de renforcer la confiance mutuelle.|The two sides agreed to weaken mutual trust."
                + "|'weaken' says the opposite of 'renforcer', which means strengthen: check the meaning",
        "vi-VN|La réunion, initialement prévue en mars, a été reportée à une date ultérieure.|Cuộc họp, dự kiến vào tháng Ba, đã được đẩy sớm lên."
                + "|'đẩy sớm' says the opposite of 'reportée', which means postponed: check the meaning",
        "vi-VN|Le Cambodge attache une grande importance aux relations avec le Vietnam.|Campuchia coi nhẹ quan hệ với Việt Nam."
                + "|'coi nhẹ' says the opposite of 'une grande importance', which means great importance (coi trọng, quan trọng): check the meaning",
        "vi-VN|Le ministre a souligné que ce projet était important pour la région.|Bộ trưởng nhấn mạnh dự án này ít quan trọng đối với khu vực."
                + "|'ít quan trọng' says the opposite of 'important', which means great importance (coi trọng, quan trọng): check the meaning",
        "vi-VN|Les deux pays poursuivront l'ouverture de leurs marchés.|Hai nước sẽ tiếp tục đóng cửa thị trường."
                + "|'đóng cửa' says the opposite of 'ouverture', which means opening (mở): check the meaning",
        "en-US|Le général Phan Van Giang (gauche) et le général Alvaro Lopez Miera.|General Phan Van Giang (right) and General Alvaro Lopez Miera."
                + "|'(right)' says the opposite of '(gauche)', which means left (in a caption): check the meaning",
        "vi-VN|Le général Phan Van Giang (gauche) et le général Alvaro Lopez Miera.|Đại tướng Phan Văn Giang (phải) và Đại tướng Alvaro Lopez Miera."
                + "|'(phải)' says the opposite of '(gauche)', which means left (trái): check the meaning",
        "en-US|Dans l'après-midi, le Premier ministre a reçu la délégation.|In the morning, the Prime Minister received the delegation."
                + "|'morning' says the opposite of 'Dans l'après-midi', which means in the afternoon: check the meaning",
        // set m vim062: a time of day replaced by another in Vietnamese
        "vi-VN|Dans l'après-midi, le Premier ministre Nguyen Xuan Phuc a remis l'Ordre de l'amitié du Vietnam au général Sergei Shoigu."
                + "|Buổi sáng, Thủ tướng Nguyễn Xuân Phúc đã trao Huân chương Hữu nghị của Việt Nam cho Đại tướng Sergei Shoigu."
                + "|'Buổi sáng' says the opposite of 'Dans l'après-midi', which means in the afternoon (chiều): check the meaning",
        "vi-VN|Dans la matinée, le ministre a reçu la délégation russe.|Chiều cùng ngày, Bộ trưởng đã tiếp đoàn Nga."
                + "|'Chiều cùng ngày' says the opposite of 'Dans la matinée', which means in the morning (sáng): check the meaning",
        "en-US|Les deux ministères ont organisé près de 70 activités extérieures.|The two ministries organized more than 70 external activities."
                + "|'more than' says the opposite of 'près de', which means nearly (a number): check the meaning",
        "en-US|Plus de 300 étudiants militaires vietnamiens étudient en Russie.|Nearly 300 Vietnamese military students study in Russia."
                + "|'Nearly' says the opposite of 'Plus de', which means more than (a number): check the meaning",
        "en-US|Moins de dix pays ont ratifié l'accord.|Over ten countries have ratified the agreement."
                + "|'Over' says the opposite of 'Moins de', which means fewer than (a number): check the meaning",
        "vi-VN|Actuellement, plus de 300 étudiants militaires vietnamiens étudient en Russie.|Hiện có gần 300 học viên quân sự Việt Nam đang học tập tại Nga."
                + "|'gần' says the opposite of 'plus de', which means more than (a number): hơn, trên: check the meaning",
        "vi-VN|Les deux ministères ont organisé près de 70 activités extérieures.|Hai bộ đã tổ chức hơn 70 hoạt động đối ngoại."
                + "|'hơn' says the opposite of 'près de', which means nearly (a number): gần, khoảng: check the meaning",
        "vi-VN|Moins de la moitié des exportations vont vers l'Europe.|Hơn một nửa kim ngạch xuất khẩu là sang châu Âu."
                + "|'Hơn' says the opposite of 'Moins de', which means fewer than (a number): dưới, chưa đến: check the meaning",
        "en-US|Le ministre Phan Van Giang (droite) et son homologue russe (gauche) à Moscou.|Minister Phan Van Giang (left) and his Russian counterpart (right) in Moscow."
                + "|'(left)' says the opposite of '(droite)', which means right (in a caption): check the meaning",
        "en-US|La délégation a quitté Hanoï pour Moscou mardi.|The delegation arrived in Hanoi from Moscow on Tuesday."
                + "|'arrived in' says the opposite of 'a quitté', which means left (a place): check the meaning",
        "en-US|La cérémonie aura lieu mardi matin au Palais présidentiel.|The ceremony will take place on Tuesday afternoon at the Presidential Palace."
                + "|'afternoon' says the opposite of 'mardi matin', which means in the morning: check the meaning",
        "en-US|Le commerce bilatéral a baissé de 3 % en 2023.|Bilateral trade rose by 3% in 2023."
                + "|'rose' says the opposite of 'baissé', which means decrease, fallen: check the meaning",
        "vi-VN|Le commerce bilatéral a baissé de 3 % en 2023.|Thương mại song phương tăng 3% trong năm 2023."
                + "|'tăng' says the opposite of 'baissé', which means decrease (giảm): check the meaning",
        "en-US|Le ministre a reçu l'ambassadeur avant la cérémonie.|The minister received the ambassador after the ceremony."
                + "|'after' says the opposite of 'avant', which means before: check the meaning",
        "en-US|La délégation a visité la province de Nghe An (Centre).|The delegation visited Nghe An province (north)."
                + "|'(north)' says the opposite of '(Centre)', which means centre (in parentheses): check the meaning",
        "vi-VN|La délégation a visité la province de Lang Son (Nord).|Đoàn đã thăm tỉnh Lạng Sơn (miền Nam)."
                + "|'(miền Nam)' says the opposite of '(Nord)', which means north (Bắc, in parentheses): check the meaning",
        "en-US|La délégation visitera des vestiges historiques dans la province de Quang Ninh (Nord).|The delegation will visit"
                + " historical sites in Quang Ninh province in the south.|'in the south' says the opposite of '(Nord)', which"
                + " means north (in parentheses): check the meaning",
        "vi-VN|Le Vietnam soutient sans réserve les initiatives de paix.|Việt Nam ủng hộ có bảo lưu các sáng kiến hòa bình."
                + "|'có bảo lưu' says the opposite of 'sans réserve', which means unreservedly: check the meaning",
        "vi-VN|Le Vietnam soutient sans réserve ces initiatives.|Việt Nam ủng hộ các sáng kiến này với một số bảo lưu."
                + "|'với một số bảo lưu' says the opposite of 'sans réserve', which means unreservedly: check the meaning",
        "vi-VN|Le ministre est assis à la gauche du président sur la photo.|Bộ trưởng ngồi bên phải Chủ tịch trong ảnh."
                + "|'phải' says the opposite of 'à la gauche', which means to the left (trái): check the meaning",
        "en-US|Le ministre se tenait à gauche de l'ambassadeur pendant la cérémonie.|The minister stood to the right of the ambassador during the ceremony."
                + "|'right' says the opposite of 'à gauche', which means to the left: check the meaning",
        "en-US|Les troupes se sont déplacées vers le sud du pays pour l'exercice.|The troops moved to the north of the country for the exercise."
                + "|'north' says the opposite of 'sud', which means south: check the meaning",
        "vi-VN|Les deux ministres se sont entretenus avant la cérémonie.|Hai bộ trưởng đã hội đàm sau buổi lễ."
                + "|'sau' says the opposite of 'avant', which means before (trước): check the meaning",
        "vi-VN|La délégation a quitté Vientiane pour une visite d'État au Cambodge.|Đoàn đã đến Vientiane để thăm cấp Nhà nước Campuchia."
                + "|'đã đến' says the opposite of 'a quitté', which means left (rời): check the meaning",
        // a visit still to come told as done
        "en-US|La délégation de haut niveau visitera un certain nombre d'agences du ministère.|The high-level delegation visited a number of agencies of the ministry."
                + "|'visited' says the opposite of 'visitera', which means a visit or meeting still to come (future tense): check the meaning",
        "vi-VN|Le ministre se rendra au Laos pour une visite officielle.|Bộ trưởng đã sang Lào thăm chính thức."
                + "|'đã' says the opposite of 'se rendra', which means a visit or meeting still to come (future tense): check the meaning",
        "en-US|La délégation russe va rendre un hommage posthume au Président Ho Chi Minh.|The Russian delegation paid tribute to President Ho Chi Minh."
                + "|'paid' says the opposite of 'va rendre', which means a visit or meeting still to come (future tense): check the meaning",
        // done told as still to come; a bound reversed; all levels narrowed to one
        "vi-VN|À l'issue de l'entretien, les deux parties ont signé plusieurs documents.|Kết thúc hội đàm, hai bên sẽ ký một số văn kiện."
                + "|'sẽ ký' says the opposite of 'ont signé', which means done already (past tense): check the meaning",
        "en-US|Les deux parties ont signé plusieurs documents.|The two sides will sign several documents."
                + "|'will sign' says the opposite of 'ont signé', which means done already (past tense): check the meaning",
        "en-US|Au moins 300 militaires vietnamiens ont participé à des missions de maintien de la paix.|At most 300 Vietnamese military personnel have taken part in peacekeeping missions."
                + "|'At most' says the opposite of 'Au moins', which means at least: check the meaning",
        "vi-VN|Les deux parties ont convenu de maintenir des visites mutuelles à tous les niveaux.|Hai bên nhất trí duy trì các chuyến thăm lẫn nhau ở cấp cao."
                + "|'cấp cao' says the opposite of 'à tous les niveaux', which means at all levels (các cấp): check the meaning",
        "en-US|Le Vietnam continuera à envoyer du personnel suivre des cours de formation à Cuba.|Vietnam continued to send personnel to attend training courses in Cuba."
                + "|'continued' says the opposite of 'continuera', which means will continue (future tense): check the meaning",
        "vi-VN|Les deux parties examineront éventuellement de nouveaux domaines de coopération.|Hai bên chắc chắn sẽ xem xét các lĩnh vực hợp tác mới."
                + "|'chắc chắn' says the opposite of 'éventuellement', which means possibly, if need be (có thể): check the meaning",
        "vi-VN|Près de 70 activités ont été organisées, dont au moins 12 dans le cadre de l'Année croisée.|Gần 70 hoạt động đã được tổ chức, trong đó tối đa 12 hoạt động thuộc Năm chéo."
                + "|'tối đa' says the opposite of 'au moins', which means at least (ít nhất): check the meaning",
    })
    void aWordTranslatedByItsOppositeIsReported(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|A l'issue de l'entretien, les deux parties ont signé des documents.|After the talks, the two sides signed documents.",
        "en-US|A l'issue de l'entretien, les deux parties ont signé des documents.|Following their talks, the two sides signed documents.",
        // The source itself has the opposite: "avant" asks for "before".
        "en-US|A l'issue de la réunion, tenue avant le sommet, un accord a été signé.|At the end of the meeting, held before the summit, an agreement was signed.",
        "en-US|Le Premier ministre se rendra en Russie l'année prochaine.|The Prime Minister will visit Russia in 2020.",
        "en-US|Les échanges, en hausse depuis l'année dernière, se poursuivront l'année prochaine.|Exchanges, up since last year, will continue next year.",
        "en-US|La visite a été reportée à l'année prochaine.|The visit was postponed until next year.",
        "vi-VN|La visite du ministre au Cambodge a été reportée.|Chuyến thăm Campuchia của Bộ trưởng đã được hoãn lại.",
        "vi-VN|Le ministre a décliné l'invitation.|Bộ trưởng đã từ chối lời mời.",
        "vi-VN|Le ministre a décliné l'invitation, mais a accepté de recevoir la délégation.|Bộ trưởng từ chối lời mời nhưng đồng ý tiếp đoàn.",
        "vi-VN|Les deux pays marqueront l'année prochaine le 60e anniversaire de leurs relations.|Năm tới, hai nước kỷ niệm 60 năm quan hệ ngoại giao.",
        "vi-VN|Le commerce a progressé l'an dernier.|Thương mại đã tăng trưởng trong năm qua.",
        "en-US|Le général a assisté à la cérémonie d'ouverture du forum.|The general attended the forum's inaugural session.",
        "vi-VN|Le ministre a assisté aux cérémonies d'ouverture et de clôture.|Bộ trưởng dự lễ khai mạc và bế mạc.",
        "en-US|Les deux pays veulent augmenter les échanges et réduire les droits de douane.|The two countries want to boost trade and lower tariffs.",
        "vi-VN|Les échanges sont en hausse malgré la baisse des prix.|Kim ngạch tăng dù giá giảm.",
        "en-US|La réunion a été reportée à une date ultérieure.|The meeting has been postponed to a later date.",
        "en-US|Le sommet a été avancé, mais le forum a été reporté à juillet.|The summit was brought forward, but the forum was put off until July.",
        "en-US|L'ouverture des frontières a permis une coopération étroite.|The opening of borders has allowed close cooperation.",
        // "fermé" asks for "closed".
        "en-US|L'usine ouverte en 2015 a fermé en 2020.|The factory set up in 2015 closed in 2020.",
        "en-US|Le Vietnam accorde une grande importance à l'amitié avec le Laos.|Vietnam attaches great importance to its friendship with Laos.",
        "en-US|Les petites et moyennes entreprises jouent un rôle important.|Small and medium-sized enterprises play a key role.",
        "en-US|Les exportations et les importations ont augmenté.|Exports and imports rose.",
        "en-US|Les échanges ont diminué de 5 %.|Trade fell by 5%.",
        "en-US|Les deux pays renforceront leur coopération face à l'érosion côtière.|The two countries will step up cooperation against coastal erosion.",
        "vi-VN|La réunion a été reportée à une date ultérieure.|Cuộc họp đã được hoãn đến một ngày khác.",
        "vi-VN|Le Cambodge attache une grande importance aux relations avec le Vietnam.|Campuchia coi trọng quan hệ với Việt Nam.",
        "vi-VN|Le ministre a dit que ce projet était important.|Bộ trưởng nói dự án này rất quan trọng.",
        "vi-VN|Les deux pays poursuivront l'ouverture de leurs marchés.|Hai nước sẽ tiếp tục mở cửa thị trường.",
        "vi-VN|Les échanges ont diminué mais la coopération a été renforcée.|Kim ngạch giảm nhưng hợp tác được tăng cường.",
        "en-US|Ces derniers temps, les échanges entre les deux armées se sont intensifiés.|Recently, exchanges between the two armies have intensified.",
        "en-US|Les deux pays renforceront leur coopération dans le temps à venir.|The two countries will step up their cooperation in the coming period.",
        // a sentence of both times: the source's "ces dernières années" asks for the past it says
        "en-US|Après les résultats de ces dernières années, les deux pays coopéreront dans les années à venir.|After the results of recent years, the two countries will cooperate in the years ahead.",
        "vi-VN|Ces derniers temps, les échanges entre les deux armées se sont intensifiés.|Thời gian qua, giao lưu giữa quân đội hai nước được đẩy mạnh.",
        "vi-VN|Les deux pays renforceront leur coopération dans le temps à venir.|Hai nước sẽ tăng cường hợp tác trong thời gian tới.",
        "en-US|Le général Phan Van Giang (gauche) et le général Alvaro Lopez Miera (droite).|General Phan Van Giang (left) and General Alvaro Lopez Miera (right).",
        "en-US|Les délégués (de gauche à droite) posent pour une photo.|The delegates (from left to right) pose for a photo.",
        "en-US|Dans l'après-midi, le Premier ministre a reçu la délégation.|In the afternoon, the Prime Minister received the delegation.",
        "en-US|Le matin, les deux ministres ont visité Hanoi; l'après-midi, ils ont signé un accord.|In the morning the two ministers visited Hanoi; in the afternoon they signed a deal.",
        // Vietnamese times of day kept; "sáng" bright, "chiều" a dimension, "tối" most are no times of day
        "vi-VN|Dans l'après-midi, le Premier ministre Nguyen Xuan Phuc a remis l'Ordre de l'amitié du Vietnam au général Sergei Shoigu.|Chiều cùng ngày, Thủ tướng Nguyễn Xuân Phúc đã trao Huân chương Hữu nghị của Việt Nam cho Đại tướng Sergei Shoigu.",
        "vi-VN|Dans la matinée, le ministre a reçu la délégation russe.|Sáng cùng ngày, Bộ trưởng đã tiếp đoàn Nga.",
        "vi-VN|Dans l'après-midi, les deux parties ont évoqué un avenir radieux.|Hai bên hướng tới một tương lai tươi sáng ngày càng gần.",
        "vi-VN|Dans l'après-midi, les deux ministres ont souligné l'importance d'une efficacité maximale.|Hai bộ trưởng nhấn mạnh tầm quan trọng của hiệu quả tối đa.",
        "vi-VN|Le matin, les deux ministres ont visité Hanoi ; l'après-midi, ils ont signé un accord.|Buổi sáng, hai bộ trưởng thăm Hà Nội; buổi chiều, họ ký một thỏa thuận.",
        // Bounds kept, or said another way; "près de" a place, "plus de" no number
        "en-US|Plus de 300 étudiants militaires vietnamiens étudient en Russie.|Over 300 Vietnamese military students study in Russia.",
        "en-US|Les deux ministères ont organisé près de 70 activités extérieures.|The two ministries organized some 70 external activities.",
        "en-US|Le camp se trouve près de Hanoï, à moins de deux heures de route.|The camp lies near Hanoi, less than two hours' drive away.",
        "en-US|Les deux pays veulent plus de coopération dans moins de domaines.|The two countries want closer cooperation in under ten fields.",
        "en-US|Plus de 300 étudiants, contre près de 200 l'an dernier, étudient en Russie.|More than 300 students, up from nearly 200 last year, study in Russia.",
        "vi-VN|Actuellement, plus de 300 étudiants militaires vietnamiens étudient en Russie.|Hiện có hơn 300 học viên quân sự Việt Nam đang học tập tại Nga.",
        "vi-VN|Les deux ministères ont organisé près de 70 activités extérieures.|Hai bộ đã tổ chức khoảng 70 hoạt động đối ngoại.",
        "vi-VN|Moins de dix pays ont ratifié l'accord.|Chưa đến mười nước đã phê chuẩn hiệp định.",
        "en-US|Moins de la moitié des exportations vont vers l'Europe.|Less than half of exports go to Europe.",
        // both sides kept, or the caption's people reordered with them
        "en-US|Le ministre Phan Van Giang (droite) et son homologue russe (gauche) à Moscou.|Minister Phan Van Giang (right) and his Russian counterpart (left) in Moscow.",
        "en-US|Le ministre Phan Van Giang (droite) et son homologue russe (gauche) à Moscou.|The Russian minister (left) and Minister Phan Van Giang (right) in Moscow.",
        "vi-VN|Le ministre Phan Van Giang (droite) et son homologue russe (gauche) à Moscou.|Bộ trưởng Phan Văn Giang (phải) và người đồng cấp Nga (trái) tại Moskva.",
        // leaving, then arriving
        "en-US|La délégation a quitté Hanoï pour Moscou, où elle est arrivée mardi.|The delegation flew from Hanoi and arrived in Moscow on Tuesday.",
        "en-US|La délégation a quitté Hanoï pour Moscou mardi.|The delegation left Hanoi for Moscow on Tuesday, arriving in the evening.",
        "en-US|Avant tout, les deux pays veulent renforcer la confiance.|Above all, the two countries want to build trust, after years of talks.",
        "en-US|La cérémonie aura lieu mardi matin au Palais présidentiel.|The ceremony will take place on Tuesday morning at the Presidential Palace.",
        "en-US|Le ministre se tenait à gauche de l'ambassadeur pendant la cérémonie.|The minister stood to the left of the ambassador during the ceremony.",
        "vi-VN|Le ministre se tenait à gauche de l'ambassadeur pendant la cérémonie.|Bộ trưởng đứng bên trái Đại sứ trong buổi lễ.",
        "vi-VN|La cérémonie aura lieu mardi matin au Palais présidentiel.|Buổi lễ sẽ diễn ra vào sáng thứ Ba tại Phủ Chủ tịch.",
        "en-US|Le ministre a reçu l'ambassadeur avant la cérémonie.|The minister received the ambassador ahead of the ceremony, after a short delay.",
        "en-US|Les deux pays vont de l'avant après la crise.|The two countries are moving forward after the crisis.",
        "en-US|La délégation a visité la province de Nghe An (Centre).|The delegation visited the central province of Nghe An.",
        "vi-VN|La délégation a visité la province de Lang Son (Nord).|Đoàn đã thăm tỉnh Lạng Sơn (miền Bắc).",
        "en-US|La délégation visitera la province de Quang Ninh (Nord).|The delegation will visit Quang Ninh province in northern Vietnam.",
        "vi-VN|Le Vietnam soutient sans réserve les initiatives de paix.|Việt Nam ủng hộ hết lòng các sáng kiến hòa bình.",
        "vi-VN|Le Vietnam soutient sans réserve les initiatives de paix.|Việt Nam ủng hộ không dè dặt các sáng kiến hòa bình.",
        "en-US|La Corée du Sud et le Vietnam ont signé un accord.|South Korea and Vietnam signed an agreement, the first since the North's test.",
        "en-US|Les pays d'Asie du Sud-Est renforcent leur coopération au nord.|Southeast Asian countries strengthen their cooperation in the north.",
        "vi-VN|Les deux ministres se sont entretenus avant la cérémonie, puis ont signé l'accord.|Hai bộ trưởng hội đàm trước buổi lễ, sau đó ký thỏa thuận.",
        "vi-VN|La délégation a quitté Vientiane pour une visite d'État au Cambodge.|Đoàn đã rời Viêng Chăn, lên đường đến Campuchia thăm cấp Nhà nước.",
        "vi-VN|Le ministre a quitté ses fonctions en raison de questions liées à la santé.|Bộ trưởng thôi giữ chức vì các vấn đề liên quan đến sức khỏe.",
        // the future said with "will", "is to", a plan, the present progressive, "would" in reported speech, or left unsaid
        "en-US|La délégation visitera un certain nombre d'agences.|The delegation is to visit a number of agencies.",
        "en-US|La délégation visitera un certain nombre d'agences.|The delegation is visiting a number of agencies this week.",
        "en-US|Le ministre a annoncé que la délégation visitera Hanoï.|The minister announced that the delegation would visit Hanoi.",
        "vi-VN|La délégation visitera un certain nombre d'agences.|Đoàn sẽ đến thăm một số cơ quan.",
        "vi-VN|La délégation visitera un certain nombre d'agences.|Đoàn thăm một số cơ quan.",
        // a past with a future after it; a bound kept; all levels kept with the high one named
        "en-US|Les deux parties ont signé un accord qui stimulera le commerce.|The two sides signed an agreement that will boost trade.",
        "vi-VN|Les deux parties ont signé un accord qui stimulera le commerce.|Hai bên ký thỏa thuận sẽ thúc đẩy thương mại.",
        "en-US|Au moins 300 militaires ont participé aux missions.|At least 300 troops have taken part in the missions.",
        "en-US|Les deux parties maintiendront des visites à tous les niveaux.|The two sides will keep up visits at all levels, the high level first.",
        "en-US|Les deux parties examineront éventuellement de nouveaux domaines de coopération.|The two sides may consider new areas of cooperation.",
        "vi-VN|Le Vietnam continuera à envoyer du personnel à Cuba.|Việt Nam sẽ tiếp tục cử cán bộ sang Cuba.",
        // a past in the source too justifies one in the translation
        "en-US|La délégation, qui a rencontré le ministre hier, visitera Hanoï.|The delegation met the minister yesterday and will visit Hanoi.",
    })
    void renderingsAndJustifiedOppositesPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }

    /** Where a caption has both sides, each name keeps its own: both swaps are reported, where each is. */
    @Test
    void sidesSwappedBetweenTheNamesOfACaptionAreReportedForEachName() {
        String target = "Bùi Thị Minh Hoài (phải) và Men Sam An (trái) tại Phnom Penh.";
        List<String> found = check.check(unit("vi-VN", "Bui Thi Minh Hoai (gauche) et Men Sam An (droite) à Phnom Penh.", target),
                context()).stream().map(m -> target.substring(m.offset(), m.offset() + m.length())).toList();
        assertEquals(List.of("(phải)", "(trái)"), found);
    }
}
