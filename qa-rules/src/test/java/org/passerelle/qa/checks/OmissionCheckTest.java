package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.core.BlockRole;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Profile;
import org.passerelle.xliff.TranslationUnit;

class OmissionCheckTest {
    private static final String TWO_SENTENCES = "Samdech Techo Hun Sen a affirmé que le Cambodge attachait une grande "
            + "importance aux relations bilatérales et souhaitait les renforcer davantage. Il a également salué les progrès "
            + "socioéconomiques du Vietnam, exprimant le souhait que les deux pays poursuivent l’ouverture de leurs marchés "
            + "afin d’approfondir leurs liens économiques.";
    private static final String LIST = "en se concentrant sur l'échange de délégations à tous les niveaux ; le maintien "
            + "efficace des mécanismes de coopération existants ; la formation des ressources humaines; la coopération militaire.";

    private final OmissionCheck check = new OmissionCheck(Profile.defaults().settings("omission"));

    private List<String> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context()).stream().map(CheckMatch::message).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vi-VN|" + TWO_SENTENCES + "|Samdech Techo Hun Sen khẳng định Campuchia rất coi trọng quan hệ song phương."
                + "|The source has 2 sentences, the translation 1 and is much shorter: translate the missing sentence",
        // the middle one of three, the translation only a quarter shorter than usual
        "en-US|Les deux ministres ont eu un entretien à Hanoï. Ils ont passé en revue la coopération de défense. Ils ont ensuite signé un plan d'action."
                + "|The two ministers held talks in Hanoi. They then signed an action plan."
                + "|The source has 3 sentences, the translation 2 and is much shorter: translate the missing sentence",
        "en-US|Les deux parties ont réaffirmé leur attachement à la Convention de 1982 (CNUDM).|The two sides reaffirmed their commitment to the 1982 Convention."
                + "|A parenthesis of the source is missing from the translation: keep (CNUDM) or what it says",
        "en-US|" + LIST + "|focusing on the exchange of delegations at all levels; the effective maintenance of existing mechanisms; human resource training."
                + "|The source lists 4 items separated by ';', the translation 3: translate the missing item",
        "en-US|Le Premier ministre a visité le Vietnam, le Laos, le Cambodge et la Thaïlande.|The Prime Minister visited Vietnam, Laos and Thailand."
                + "|The source lists 4 items, the translation 3: translate the missing item",
        "vi-VN|Le Premier ministre a visité le Vietnam, le Laos, le Cambodge et la Thaïlande.|Thủ tướng đã thăm Việt Nam, Lào và Thái Lan."
                + "|The source lists 4 items, the translation 3: translate the missing item",
        "en-US|Les deux parties coopèrent dans la défense, la sécurité, l'économie, l'éducation et la santé.|The two sides cooperate in defence, security, the economy and health."
                + "|The source lists 5 items, the translation 4: translate the missing item",
        "vi-VN|Les deux pays coopèrent dans la défense, la sécurité, l'économie, l'éducation et la santé.|Hai nước hợp tác về quốc phòng, an ninh, giáo dục và y tế."
                + "|The source lists 5 items, the translation 4: translate the missing item",
        "en-US|Une tempête a frappé jeudi la province de Quang Ninh (Nord).|A storm hit Quang Ninh province on Thursday."
                + "|A parenthesis of the source is missing from the translation: keep (Nord) or what it says",
        "en-US|Les délégués ont visité Hanoï et la province de Quang Ninh (Nord).|The delegates visited Hanoi and Quang Ninh province."
                + "|A parenthesis of the source is missing from the translation: keep (Nord) or what it says",
        "en-US|Des soldats vietnamiens à l'entraînement (photo d'illustration).|Vietnamese soldiers in training."
                + "|A parenthesis of the source is missing from the translation: keep (photo d'illustration) or what it says",
        // French items carry articles and prepositions: "le perfectionnement du cadre juridique" is one item of four.
        "en-US|La coopération a obtenu des résultats positifs dans la formation, le perfectionnement du cadre juridique, "
                + "l'échange d'expériences et la lutte contre l'épidémie.|Cooperation has achieved positive results in "
                + "training, improving the legal framework and fighting the epidemic."
                + "|The source lists 4 items, the translation 3: translate the missing item",
        // an item joined inside ("la recherche et le sauvetage", "search and rescue") counts as two on both sides
        "en-US|Les deux ministres ont convenu de renforcer la coopération dans la formation, la recherche et le sauvetage, l'aide humanitaire et le règlement des conséquences de la guerre."
                + "|The two ministers agreed to strengthen cooperation in training, search and rescue, and the settlement of war consequences."
                + "|The source lists 4 items, the translation fewer: translate the missing item",
        // a second verb of the subject left out, and no conjunction left to join it
        "en-US|Samdech Techo Hun Sen a affirmé que le Cambodge attachait une grande importance aux relations bilatérales et souhaitait les renforcer davantage."
                + "|Samdech Techo Hun Sen affirmed that Cambodia attached great importance to bilateral relations."
                + "|The source joins a second verb ('et souhaitait'), the translation has fewer conjunctions and is much shorter: translate the missing clause",
        "vi-VN|Le ministre a reçu la délégation cubaine et lui a présenté les résultats de la coopération bilatérale dans la formation."
                + "|Bộ trưởng đã tiếp đoàn Cuba."
                + "|The source joins a second verb ('et lui a présenté'), the translation has fewer conjunctions and is much shorter: translate the missing clause",
        // a list separated by semicolons, said with "and" in a much shorter translation, one item short
        "en-US|Les deux ministres ont convenu de se concentrer sur l'échange de délégations à tous les niveaux ; la formation des ressources humaines ; la coopération militaire."
                + "|The two ministers agreed to focus on exchanging delegations at all levels and on human resource training."
                + "|The source lists 3 items separated by ';', the translation 2: translate the missing item",
        // a participle sharing the auxiliary before it dropped, the other conjunction kept
        "en-US|Le ministre a reçu la délégation, puis les deux parties ont signé un accord et échangé des cadeaux.|The minister received the delegation, then the sides signed a deal."
                + "|The source joins a second verb ('et échangé'), the translation has fewer conjunctions and is much shorter: translate the missing clause",
        "en-US|Le général Phan Van Giang a rencontré et offert des cadeaux aux anciens combattants russes ayant combattu ou travaillé au Vietnam."
                + "|General Phan Van Giang met Russian veterans who had fought or worked in Vietnam."
                + "|The source joins a second verb ('et offert'), the translation has fewer conjunctions and is much shorter: translate the missing clause",
    })
    void aMissingPartIsReported(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A list opening the sentence, its items starting alike.
        "en-US|Le Vietnam, le Laos, le Cambodge et la Thaïlande ont signé la déclaration commune.|Vietnam, Laos and Thailand signed the joint declaration."
                + "|The source lists 4 items, the translation 3: translate the missing item",
        // A list of three, and the translation much shorter.
        "en-US|Le Vietnam a présenté son expérience en matière de maintien de la paix, de déminage et de traitement des conséquences de la guerre.|Vietnam presented its experience in peacekeeping and mine clearance."
                + "|The source lists 3 items, the translation fewer: translate the missing item",
        "en-US|Les deux armées ont organisé des échanges de jeunes officiers, des compétitions sportives et des programmes culturels.|The two armies organized exchanges of young officers and cultural programs."
                + "|The source lists 3 items, the translation fewer: translate the missing item",
        "vi-VN|la délégation va rendre un hommage posthume au Président Hô Chi Minh en son mausolée; aller fleurir le Mémorial des Morts pour la Patrie; visiter un certain nombre d'unités du ministère de la Défense.|đoàn sẽ vào Lăng viếng Chủ tịch Hồ Chí Minh; và thăm một số đơn vị của Bộ Quốc phòng."
                + "|The source lists 3 items separated by ';', the translation 2: translate the missing item",
    })
    void anItemMissingFromAShortListOrOneOpeningTheSentenceIsReported(String lang, String source, String target,
                                                                        String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @Test
    void aCaptionKeepsWhoIsWhere() {
        TranslationUnit caption = unit("en-US", "Le vice-ministre permanent des Affaires étrangères, Nguyen Minh Vu (gauche), offre"
                + " un bouquet de fleurs.", "Permanent Deputy Minister of Foreign Affairs Nguyen Minh Vu presents a bouquet of flowers.")
                .toBuilder().role(BlockRole.CAPTION).build();
        assertEquals(1, check.check(caption, context()).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Two sentences made one, at full length.
        "en-US|Les deux ministres ont eu un entretien à Hanoï. Ils ont passé en revue la coopération de défense. Ils ont ensuite signé un plan d'action."
                + "|The two ministers held talks in Hanoi, reviewing defense cooperation. They then signed an action plan.",
        "en-US|" + TWO_SENTENCES + "|Samdech Techo Hun Sen said Cambodia attached great importance to bilateral relations and wished "
                + "to strengthen them further, and praised Vietnam's socio-economic progress, hoping the two countries would keep "
                + "opening their markets to deepen their economic ties.",
        // "(Nord)" said in the sentence; the acronym kept in another form.
        "vi-VN|à Hanoï et dans la province de Quang Ninh (Nord).|tại Hà Nội và tỉnh Quảng Ninh ở phía Bắc.",
        "en-US|Une tempête a frappé jeudi la province de Quang Ninh (Nord).|A storm hit the northern province of Quang Ninh on Thursday.",
        // A gloss for French readers on a Vietnamese name, which the Vietnamese writes in its own spelling.
        "vi-VN|à Hanoï et dans la province de Quang Ninh (Nord).|tại Hà Nội và tỉnh Quảng Ninh.",
        "en-US|Des soldats vietnamiens à l'entraînement (photo d'illustration).|Vietnamese soldiers in training (illustrative photo).",
        // Lists: an Oxford comma, items paired, other conjunctions, an apposition, numbers with commas.
        "en-US|Le Premier ministre a visité le Vietnam, le Laos, le Cambodge et la Thaïlande.|The Prime Minister visited Vietnam, Laos, Cambodia, and Thailand.",
        "en-US|Les deux parties coopèrent dans la défense, la sécurité, l'économie, l'éducation et la santé.|The two sides cooperate in defence and security, the economy, education and health.",
        "en-US|Les deux parties coopèrent dans la défense, la sécurité, l'économie et la santé.|The two sides cooperate in defence, security and the economy as well as health.",
        "vi-VN|Le Premier ministre a visité le Vietnam, le Laos, le Cambodge et la Thaïlande.|Thủ tướng đã thăm Việt Nam, Lào, Campuchia cùng Thái Lan.",
        "vi-VN|Les deux pays coopèrent dans la défense, la sécurité, l'économie et l'éducation.|Hai nước hợp tác về quốc phòng, an ninh, kinh tế và giáo dục.",
        "en-US|Le ministre de la Défense, le général Phan Van Giang, a reçu la délégation.|Defence Minister General Phan Van Giang received the delegation.",
        "en-US|Les échanges ont atteint 1,5 milliard de dollars, 2,3 milliards en 2020 et 3,1 milliards en 2021.|Trade reached $1.5 billion, $2.3 billion in 2020 and $3.1 billion in 2021.",
        "en-US|À Hanoi, le 16 septembre, le ministre a reçu l'ambassadeur et le consul.|In Hanoi on 16 September, the minister received the ambassador and the consul.",
        // Words opening the sentence before a list; a date and a place before a subject.
        "en-US|Selon lui, le Vietnam, la Russie, l'Inde et la Chine partagent cet avis.|He said Vietnam, Russia, India and China shared this view.",
        "en-US|Le 16 septembre, à Hanoi, le ministre et son homologue ont signé l'accord.|On 16 September in Hanoi, the minister and his counterpart signed the agreement.",
        "vi-VN|Le 16 septembre, à Hanoi, le ministre et son homologue ont signé l'accord.|Ngày 16/9, tại Hà Nội, Bộ trưởng và người đồng cấp đã ký thỏa thuận.",
        // Items paired inside the list, with an Oxford comma after them; a list closed by "etc.".
        "en-US|Ils ont discuté de l'économie, du commerce, de l'investissement et du tourisme.|They discussed economic ties, trade and investment, and tourism.",
        "en-US|des résultats positifs dans la formation, le perfectionnement du cadre juridique, l'échange d'expériences, la lutte contre l'épidémie, etc.|positive results in training, improving the legal framework, exchanging experience, fighting the epidemic and more.",
        "en-US|Le secrétaire général du Parti communiste du Vietnam (PCV), To Lam, rencontre Samdech Techo Hun Sen (droite).|General Secretary of the Communist Party of Vietnam (CPV) To Lam meets Samdech Techo Hun Sen (right).",
        // Lists of three kept, reordered or merged; an apposition closed by ", et"; two clauses, not a list.
        "en-US|Le Vietnam, le Laos et le Cambodge ont signé la déclaration.|Vietnam, Laos and Cambodia signed the declaration.",
        "vi-VN|Le Vietnam, le Laos et le Cambodge ont signé la déclaration.|Campuchia, Lào và Việt Nam đã ký tuyên bố.",
        "en-US|Le Vietnam, le Laos et le Cambodge ont signé la déclaration.|The three Indochinese countries signed the declaration.",
        "en-US|Les deux armées ont organisé des échanges de jeunes officiers, des compétitions sportives et des programmes culturels.|The two armies organized exchanges of young officers as well as sports competitions and cultural programs.",
        "en-US|Entretien entre le ministre de la Défense, Phan Van Giang, et son homologue russe, le général Sergei Shoigu.|Talks between Defence Minister Phan Van Giang and his Russian counterpart General Sergei Shoigu.",
        "vi-VN|Entretien entre le ministre de la Défense, Phan Van Giang, et son homologue russe, le général Sergei Shoigu.|Hội đàm giữa Bộ trưởng Quốc phòng Phan Văn Giang và người đồng cấp Nga.",
        "en-US|Selon lui, le Vietnam et la Chine partagent cet avis.|He said Vietnam and China agree.",
        "en-US|Le Vietnam, le Laos et le Cambodge renforcent leur coopération dans la défense|Vietnam, Laos, Cambodia boost defence ties",
        // A list whose items the translation separates with commas.
        "en-US|" + LIST + "|focusing on the exchange of delegations at all levels, the maintenance of mechanisms, training and military cooperation.",
        // Four items of articles and prepositions, all translated; an opening of six words is no "Selon lui".
        "en-US|La coopération a obtenu des résultats positifs dans la formation, le perfectionnement du cadre juridique, "
                + "l'échange d'expériences et la lutte contre l'épidémie.|Cooperation has achieved positive results in "
                + "training, the improvement of the legal framework, the exchange of experience and the fight against the epidemic.",
        "en-US|Le Vietnam a envoyé des médecins, des ingénieurs et des interprètes à Cuba.|Vietnam sent doctors, engineers and interpreters to Cuba.",
        // "la recherche et le sauvetage" kept as one item: "search and rescue"; Vietnamese "tìm kiếm cứu nạn"
        "en-US|Les deux ministres ont convenu de renforcer la coopération dans la formation, la recherche et le sauvetage, l'aide humanitaire et le règlement des conséquences de la guerre."
                + "|The two ministers agreed to strengthen cooperation in training, search and rescue, humanitarian aid and the settlement of war consequences.",
        "vi-VN|Les deux ministres ont convenu de renforcer la coopération dans la formation, la recherche et le sauvetage, l'aide humanitaire et le règlement des conséquences de la guerre."
                + "|Hai Bộ trưởng nhất trí tăng cường hợp tác trong đào tạo, tìm kiếm cứu nạn, hỗ trợ nhân đạo và khắc phục hậu quả chiến tranh.",
        // the second verb kept, joined or in a sentence of its own; "et" before a noun joins no verb
        "en-US|Samdech Techo Hun Sen a affirmé que le Cambodge attachait une grande importance aux relations bilatérales et souhaitait les renforcer davantage."
                + "|Samdech Techo Hun Sen affirmed that Cambodia valued bilateral relations and wished to strengthen them.",
        "vi-VN|Samdech Techo Hun Sen a affirmé que le Cambodge attachait une grande importance aux relations bilatérales et souhaitait les renforcer davantage."
                + "|Samdech Techo Hun Sen khẳng định Campuchia coi trọng quan hệ song phương, mong muốn tăng cường hơn nữa.",
        "en-US|Le général a rencontré des vétérans russes et leur a offert des cadeaux.|The general met Russian veterans. He gave them gifts.",
        "en-US|Le ministre a salué les résultats et le portrait du général.|The minister praised the results.",
        "en-US|Le général Phan Van Giang a rencontré et offert des cadeaux aux anciens combattants russes ayant combattu ou travaillé au Vietnam."
                + "|General Phan Van Giang met and presented gifts to Russian veterans who had fought or worked in Vietnam.",
        "en-US|Le ministre a salué les résultats et l'armée du Vietnam.|The minister praised the results.",
    })
    void aTranslationThatKeepsEverythingPasses(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
