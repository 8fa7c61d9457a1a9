package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.SampleTermbase;

/** Names of the seed articles, with LanguageTool's French and English dictionaries telling names from words. */
class NameMismatchCheckTest {
    private final NameMismatchCheck check = new NameMismatchCheck();

    private List<String> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), SampleTermbase.context()).stream().map(CheckMatch::message).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|le secrétaire général du PPRL et président lao Thongloun Sisoulith a présidé un banquet officiel."
                + "|LPRP General Secretary and Lao President Thongloun Sisoulit hosted an official banquet."
                + "|'Sisoulit' is not the name 'Sisoulith' of the source: copy it",
        "en-US|L'entretien entre le général Luong Cuong et le général de corps d’armée Andrey Valeryevich Kartapolov."
                + "|Talks between General Luong Cuong and Colonel General Andrey Valeryevich Kartapalov."
                + "|'Kartapalov' is not the name 'Kartapolov' of the source: copy it",
        "en-US|Elle a également rencontré le général Luong Cuong.|It also met General Luong Coung."
                + "|'Coung' is not the name 'Cuong' of the source: copy it",
        "en-US|Le vice-ministre Andrey Valeryevich Kartapolov est arrivé.|Deputy Minister Andrey Valeryevich Cartapolov arrived."
                + "|'Cartapolov' is not the name 'Kartapolov' of the source: copy it",
        "vi-VN|Elle a également rencontré le général Luong Cuong.|Đoàn cũng đã gặp Đại tướng Lương Cườn."
                + "|'Cườn' is not the name 'Cuong' of the source: copy it",
        // Two letters swapped: no rendering, even of a name the source's dictionary knows.
        "vi-VN|Le ministre russe Andreï Removitch Beloussov a souligné l'amitié.|Bộ trưởng Nga Andrie Removich Belousov nhấn mạnh tình hữu nghị."
                + "|'Andrie' is not the name 'Andreï' of the source: copy it",
        // Lao, Khmer and Thai names keep their French "ou" in English: "u" for it is a typo, not Russian's transcription.
        "en-GB|Le président lao Thongloun Sisoulith a présidé un banquet officiel.|Lao President Thonglun Sisoulith hosted an official banquet."
                + "|'Thonglun' is not the name 'Thongloun' of the source: copy it",
        "en-US|Le président lao Thongloun Sisoulith a reçu la délégation.|Lao President Thongloun Sisulith received the delegation."
                + "|'Sisulith' is not the name 'Sisoulith' of the source: copy it",
        "en-US|Le Premier ministre lao Sonexay Siphandone a accueilli Bounnhang Vorachit.|Lao Prime Minister Sonexay Siphandone welcomed Bunnhang Vorachit."
                + "|'Bunnhang' is not the name 'Bounnhang' of the source: copy it",
        // a longer name with a letter dropped that makes a word of the dictionary, beside the rest of the name copied
        "en-US|Le vice-ministre Nguyen Thanh Tinh s'exprime à La Havane.|Deputy Minister Nguyen Thanh Tin speaks in Havana."
                + "|'Tin' is not the name 'Tinh' of the source: copy it",
        // a transposition in a transcribed name
        "en-US|Le général Phan Van Giang a reçu le ministre Sergueï Choïgou.|General Phan Van Giang received Minister Sergei Shiogu."
                + "|'Shiogu' is not the name 'Choïgou' of the source: copy it",
        "vi-VN|Le général Phan Van Giang a reçu le ministre Sergueï Choïgou.|Đại tướng Phan Văn Giang đã tiếp Bộ trưởng Sergei Shiogu."
                + "|'Shiogu' is not the name 'Choïgou' of the source: copy it",
    })
    void aNameCopiedWithATypoIsReported(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // French and English transcribe Russian names their own ways.
        "en-US|Le ministre russe Andreï Removitch Beloussov a souligné l'amitié traditionnelle."
                + "|Russian Minister Andrei Removich Belousov stressed the traditional friendship.",
        "en-US|De son côté, le ministre russe Sergueï Choïgou a déclaré que les deux pays coopèrent."
                + "|For his part, Russian Minister Sergei Shoigu said the two countries cooperate.",
        "vi-VN|De son côté, le ministre russe Sergueï Choïgou a déclaré que les deux pays coopèrent."
                + "|Về phần mình, Bộ trưởng Nga Sergei Shoigu cho biết hai nước hợp tác.",
        "en-US|Le président Vladimir Poutine a reçu le prince héritier Mohammed ben Salmane.|President Vladimir Putin received Crown Prince Mohammed bin Salman.",
        "en-US|Un concert consacré à Tchaïkovski et Chostakovitch.|A concert devoted to Tchaikovsky and Shostakovich.",
        "en-US|Nikolaï Patrouchev et le président Loukachenko se sont entretenus.|Nikolai Patrushev and President Lukashenko held talks.",
        "en-US|Le ministre Anton Silouanov et la porte-parole Maria Zakharova sont arrivés.|Minister Anton Siluanov and spokeswoman Maria Zakharova arrived.",
        "en-US|Le roi Norodom Sihamoni a reçu le Premier ministre Hun Manet.|King Norodom Sihamoni received Prime Minister Hun Manet.",
        // Places English names with its "u": words of its dictionary, not typos.
        "en-US|L'APV a envoyé des médecins militaires à la mission de l'ONU au Soudan du Sud.|The Vietnam People's Army has sent military doctors to the UN mission in South Sudan.",
        "en-US|Le ministre s'est rendu en Ouganda et au Burundi.|The minister travelled to Uganda and Burundi.",
        // Vietnamese names with or without diacritics.
        "vi-VN|Le général Phan Van Giang a rencontré Nguyen Minh Vu.|Đại tướng Phan Văn Giang đã gặp Nguyễn Minh Vũ.",
        "en-US|Le vice-ministre vietnamien de la Justice, Nguyên Thanh Tinh, s’exprime.|Vietnamese Deputy Minister of Justice Nguyen Thanh Tinh speaks.",
        // Country names are words of the language: "Russie" is translated, not copied.
        "en-US|la coopération entre le Vietnam et la Russie|cooperation between Vietnam and Russia",
        // A name left out, or an honorific dropped, is no typo.
        "en-US|Samdech Techo Hun Sen a affirmé que le Cambodge attachait une grande importance aux relations.|Hun Sen said Cambodia attached great importance to relations.",
        // The source's own typo, corrected.
        "en-US|La présidente BUi Thi Minh Hoai (gauche)|President Bui Thi Minh Hoai (left)",
    })
    void transliterationsAndDiacriticsPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Le ministre espagnol des Affaires étrangères, José Manuel Lopez, a rencontré son homologue.|Spanish Foreign Minister José Manuel Lopes met his counterpart.|'Lopes' is not the name 'Lopez' of the source: copy it",
        "en-US|La délégation était conduite par le général Martin.|The delegation was led by General Marten.|'Marten' is not the name 'Martin' of the source: copy it",
        "en-US|Le président Macron est arrivé jeudi à Paris.|President Macron arrived in Pari on Thursday.|'Pari' is not the name 'Paris' of the source: copy it",
        "en-US|L'ancien Premier ministre Jean-Pierre Raffarin a rencontré le ministre.|Former Prime Minister Jean-Pierre Rafarin met the minister.|'Rafarin' is not the name 'Raffarin' of the source: copy it",
        "vi-VN|Le ministre Phan Van Giang a reçu la délégation.|Bộ trưởng Phan Văn Giamg đã tiếp đoàn.|'Giamg' is not the name 'Giang' of the source: copy it",
    })
    void aNameTheDictionaryKnowsIsCheckedInsideASentence(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|La délégation était conduite par le général Martin.|The delegation was led by General Martin.",
        "en-US|Le ministre s'est rendu en Chine, au Japon et au Chili.|The minister travelled to China, Japan and Chile.",
        "en-US|Le Premier ministre a visité le Cambodge, l'Australie et Singapour.|The Prime Minister visited Cambodia, Australia and Singapore.",
        "en-US|La délégation du Parti a assisté au Congrès.|The Party delegation attended the Congress.",
        "en-US|Le président a reçu l'ambassadeur du Laos.|The President received the Lao ambassador.",
        "vi-VN|Le président a reçu l'ambassadeur du Laos.|Chủ tịch nước đã tiếp Đại sứ Lào.",
        "vi-VN|Le ministre s'est rendu en Thaïlande et au Japon.|Bộ trưởng đã thăm Thái Lan và Nhật Bản.",
        "vi-VN|Le président Macron est arrivé jeudi à Paris.|Tổng thống Macron đã đến Paris hôm thứ Năm.",
        "vi-VN|Le XIIIe Congrès national du Parti.|Đại hội XIII của Đảng.",
        "vi-VN|Le Premier ministre s'est rendu à Singapour, en Malaisie, en Indonésie et au Chili.|Thủ tướng đã thăm Singapore, Malaysia, Indonesia và Chile.",
        "en-US|Le Premier ministre s'est rendu à Singapour, en Malaisie, en Indonésie et au Chili.|The Prime Minister visited Singapore, Malaysia, Indonesia and Chile.",
        "en-US|Le chef du Département général a présidé le Congrès de la Défense.|The head of the General Department chaired the Defence Congress.",
        "en-US|Sergueï Choïgou et Andreï Beloussov ont assisté à la cérémonie.|Sergei Shoigu and Andrei Belousov attended the ceremony.",
        "en-US|L'ancien Premier ministre Jean-Pierre Raffarin a rencontré le ministre.|Former Prime Minister Jean-Pierre Raffarin met the minister.",
        // Words of a place's name, translated in US spelling.
        "en-US|La cérémonie aura lieu au Centre international des congrès.|The ceremony will take place at the International Convention Center.",
        "en-US|Le spectacle a été donné au Théâtre de l'Opéra.|The show was given at the Opera Theater.",
    })
    void namesRenderedOrKeptPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|La presse lao souligne la portée historique de la visite du secrétaire général To Lam."
                + "|The Lao press highlights the historic significance of General Secretary To Lan's visit."
                + "|'Lan' is not the name 'Lam' of the source: copy it",
        "vi-VN|Samdech Techo Hun Sen a affirmé que le Cambodge attachait une grande importance aux relations."
                + "|Samdech Techo Hun Se khẳng định Campuchia coi trọng quan hệ."
                + "|'Se' is not the name 'Sen' of the source: copy it",
        "en-US|Le vice-ministre permanent des Affaires étrangères, Nguyen Minh Vu, a adressé ses félicitations."
                + "|Permanent Deputy Minister of Foreign Affairs Nguyen Minh Vo extended his congratulations."
                + "|'Vo' is not the name 'Vu' of the source: copy it",
        "en-US|La présidente Men Sam An a reçu la délégation.|President Men Sam Ann received the delegation."
                + "|'Ann' is not the name 'An' of the source: copy it",
        // the first letter of a two-letter name, its neighbour copied
        "en-US|La présidente du Conseil national, Men Sam An, lors de leur rencontre.|President of the National Council"
                + " Men Sam On during their meeting.|'On' is not the name 'An' of the source: copy it",
    })
    void aShortWordOfANameCopiedWithATypoIsReported(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|La visite du secrétaire général To Lam au Laos.|General Secretary To Lam's visit to Laos.",
        "vi-VN|La visite du secrétaire général To Lam au Laos.|Chuyến thăm Lào của Tổng Bí thư Tô Lâm.",
        "vi-VN|Le vice-ministre Nguyen Minh Vu a adressé ses félicitations.|Thứ trưởng Nguyễn Minh Vũ gửi lời chúc mừng.",
        "en-US|Samdech Techo Hun Sen a reçu la délégation.|Hun Sen received the delegation.",
        // Short words of a name rendered in the target's own way are no typo: nothing copied places them.
        "en-US|Le ministre s'est rendu au Timor Est et en Mer Orientale.|The minister travelled to East Timor and the East Sea.",
        "en-US|Le Président Ho Chi Minh a forgé cette amitié.|President Ho Chi Minh forged this friendship.",
        "en-US|Selon Le Courrier du Vietnam, la visite a été un succès.|According to Le Courrier du Vietnam, the visit was a success.",
        // a short name rendered in English beside a copied one: another word, not one letter changed
        "en-US|Le général Phan Van Giang a reçu le général Sergueï Choïgou.|General Phan Van Giang received General Sergei Shoigu.",
        "en-US|La visite du Premier ministre Hun Sen à Ha Long.|Prime Minister Hun Sen's visit to Ha Long.",
    })
    void shortWordsOfNamesKeptOrRenderedPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vi-VN|Elle a également rencontré le général Luong Cuong, secrétaire du Comité central du Parti."
                + "|Đoàn cũng đã gặp Đại tướng Lương Cương, Bí thư Trung ương Đảng."
                + "|'Lương Cương' is not how the name 'Lương Cường' is written: check its diacritics",
        "vi-VN|Le SG To Lam assiste à la signature d'accords de coopération au Cambodge."
                + "|Tổng Bí thư Tô Lam dự lễ ký các văn kiện hợp tác tại Campuchia."
                + "|'Tô Lam' is not how the name 'Tô Lâm' is written: check its diacritics",
        "vi-VN|Le colonel Trần Văn Sơn a présidé la cérémonie.|Đại tá Trần Văn Són chủ trì buổi lễ."
                + "|'Són' drops or changes a diacritic of the name 'Sơn' of the source",
    })
    void aVietnameseNameWithOtherDiacriticsIsReported(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // House style: a name the French source writes without diacritics gets them in Vietnamese.
        "vi-VN|Elle a également rencontré le général Luong Cuong.|Đoàn cũng đã gặp Đại tướng Lương Cường.",
        "vi-VN|Le vice-ministre de la Justice, Nguyên Thanh Tinh, s’exprime.|Thứ trưởng Bộ Tư pháp Nguyễn Thanh Tịnh phát biểu.",
        // The tone-mark style of the name is vi.tone-placement's business.
        "vi-VN|La délégation de la province de Khanh Hoa est arrivée.|Đoàn đại biểu tỉnh Khánh Hoà đã đến.",
        // French diacritics of a foreign name are French's own.
        "vi-VN|Le ministre russe Andreï Removitch Beloussov est arrivé.|Bộ trưởng Nga Andrei Removich Belousov đã đến.",
        // English writes Vietnamese names without diacritics.
        "en-US|Le colonel Trần Văn Sơn a présidé la cérémonie.|Colonel Tran Van Son chaired the ceremony.",
        "en-US|Elle a également rencontré le général Luong Cuong.|It also met General Luong Cuong.",
    })
    void vietnameseNamesWithTheirDiacriticsPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
