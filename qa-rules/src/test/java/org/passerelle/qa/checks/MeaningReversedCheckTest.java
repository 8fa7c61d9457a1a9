package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
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
        // set m enm074 and vim062: a caption's side and a time of day turned round
        "en-US|Les chefs d'Etat-major généraux de l'Armée populaire du Vietnam, Phan Van Giang (gauche), et du ministère cubain des Forces armées révolutionnaires, Alvaro Lopez Miera."
                + "|Chiefs of the General Staff of the Vietnam People's Army, Phan Van Giang (right), and of the Cuban Ministry of the Revolutionary Armed Forces, Alvaro Lopez Miera."
                + "|'(right)' says the opposite of 'gauche', which means left (gauche): check the meaning",
        "vi-VN|Le ministre Phan Van Giang (droite) et l'ambassadeur de Russie.|Bộ trưởng Phan Văn Giang (trái) và Đại sứ Nga."
                + "|'(trái)' says the opposite of 'droite', which means right (phải): check the meaning",
        "vi-VN|Dans l'après-midi, le Premier ministre Nguyen Xuan Phuc a remis l'Ordre de l'amitié du Vietnam au général Sergei Shoigu."
                + "|Buổi sáng, Thủ tướng Nguyễn Xuân Phúc đã trao Huân chương Hữu nghị của Việt Nam cho Đại tướng Sergei Shoigu."
                + "|'Buổi sáng' says the opposite of 'après-midi', which means afternoon (chiều): check the meaning",
        "en-US|Dans l'après-midi, le Premier ministre Nguyen Xuan Phuc a remis l'Ordre de l'amitié du Vietnam au général Sergei Shoigu."
                + "|In the morning, Prime Minister Nguyen Xuan Phuc presented Vietnam's Order of Friendship to General Sergei Shoigu."
                + "|'morning' says the opposite of 'après-midi', which means afternoon (après-midi): check the meaning",
        "en-US|Le général Luong Cuong a présidé mardi matin à Hanoi la cérémonie d'accueil officielle.|General Luong Cuong presided over the official welcome ceremony in Hanoi on Tuesday evening."
                + "|'evening' says the opposite of 'matin', which means morning (matin): check the meaning",
        "vi-VN|Le général Luong Cuong a présidé mardi matin à Hanoi la cérémonie d'accueil officielle.|Chiều thứ Ba tại Hà Nội, Đại tướng Lương Cường đã chủ trì lễ đón chính thức."
                + "|'Chiều thứ' says the opposite of 'matin', which means morning (sáng): check the meaning",
        "en-US|La délégation a quitté Phnom Penh vendredi et est rentrée à Hanoi le soir même.|The delegation left Phnom Penh on Friday and returned to Hanoi that morning."
                + "|'morning' says the opposite of 'soir', which means evening (soir): check the meaning",
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
        // sides: both in the source, a side the translation adds, political "la gauche", "l'aile droite"
        "en-US|Le secrétaire général du Parti communiste du Vietnam (PCV), To Lam, rencontre Samdech Techo Hun Sen (droite).|Communist Party of Vietnam (CPV) General Secretary To Lam (left) meets Samdech Techo Hun Sen (right).",
        "vi-VN|Le secrétaire général du Parti communiste du Vietnam (PCV), To Lam, rencontre Samdech Techo Hun Sen (droite).|Tổng Bí thư Đảng Cộng sản Việt Nam (ĐCSVN) Tô Lâm (trái) hội kiến Samdech Techo Hun Sen (phải).",
        "en-US|Les dirigeants des deux armées (de gauche à droite) lors de la cérémonie.|The leaders of the two armies (from left to right) at the ceremony.",
        "vi-VN|Les dirigeants des deux armées (de gauche à droite) lors de la cérémonie.|Lãnh đạo quân đội hai nước (từ trái sang phải) tại buổi lễ.",
        "en-US|La gauche a remporté les élections législatives.|The left won the legislative elections.",
        "en-US|L'aile droite du parti a soutenu l'accord.|The right wing of the party supported the agreement.",
        "en-US|Nguyen Minh Vu (gauche) a affirmé que le Vietnam respecte le droit international.|Nguyen Minh Vu (left) affirmed that Vietnam respects international law and the right to navigation.",
        "vi-VN|Le vice-ministre Nguyen Minh Vu (gauche) a affirmé que les deux pays doivent renforcer leur coopération.|Thứ trưởng Nguyễn Minh Vũ (trái) khẳng định hai nước phải tăng cường hợp tác.",
        // times of day kept, or in the source too
        "en-US|Le ministre a reçu la délégation ce matin.|The minister received the delegation this morning.",
        "vi-VN|Dans la matinée, le ministre a reçu la délégation.|Sáng cùng ngày, Bộ trưởng đã tiếp đoàn.",
        "en-US|Dans l'après-midi, le Premier ministre Nguyen Xuan Phuc a remis l'Ordre de l'amitié du Vietnam au général Sergei Shoigu.|In the afternoon, Prime Minister Nguyen Xuan Phuc presented Vietnam's Order of Friendship to General Sergei Shoigu.",
        "vi-VN|Dans l'après-midi, le Premier ministre Nguyen Xuan Phuc a remis l'Ordre de l'amitié du Vietnam au général Sergei Shoigu.|Chiều cùng ngày, Thủ tướng Nguyễn Xuân Phúc đã trao Huân chương Hữu nghị của Việt Nam cho Đại tướng Sergei Shoigu.",
        "en-US|Les entretiens ont duré du matin jusqu'au soir.|The talks lasted from morning until evening.",
        "vi-VN|Dans l'après-midi, les deux parties ont approfondi leur coopération en vue d'en tirer le rendement maximal.|Chiều cùng ngày, hai bên đi vào chiều sâu hợp tác nhằm đạt hiệu quả tối đa.",
        "en-US|Un incendie s'est déclaré dans la nuit de dimanche à lundi.|A fire broke out in the early hours of Monday morning.",
        "en-US|Une soirée culturelle a été organisée en l'honneur de la délégation.|A cultural gala was held in honour of the delegation.",
    })
    void renderingsAndJustifiedOppositesPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
