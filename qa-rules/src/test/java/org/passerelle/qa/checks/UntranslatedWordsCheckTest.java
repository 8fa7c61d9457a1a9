package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Profile;
import org.passerelle.qa.SampleTermbase;

/** With LanguageTool's French and English dictionaries, and the Vietnamese syllable rules. */
class UntranslatedWordsCheckTest {
    private final UntranslatedWordsCheck check = new UntranslatedWordsCheck(Profile.defaults().settings("target.untranslated"));

    private List<String> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), SampleTermbase.context()).stream().map(CheckMatch::message).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Elles ont également discuté des mesures visant à renforcer la coopération dans le temps à venir."
                + "|They also discussed measures to strengthen la coopération dans le temps à venir."
                + "|'la coopération dans le temps à venir' is French, not English: translate it",
        "en-US|les deux dirigeants ont signé un mémorandum d’accord sur la coopération|the two leaders signed a memorandum of understanding on coopération"
                + "|'coopération' is French, not English: translate it",
        "en-US|En ce qui concerne la collaboration dans l'industrie de la défense|En ce qui concerne defense industry collaboration"
                + "|'En ce qui concerne' is French, not English: translate it",
        "en-US|le renforcement de l'amitié entre les deux pays|strengthening l'amitié between the two countries"
                + "|'l'amitié' is French, not English: translate it",
        "vi-VN|et à maintenir des visites mutuelles à tous les niveaux.|và duy trì các visites mutuelles ở tất cả các cấp."
                + "|'visites mutuelles' is French, not Vietnamese: translate it",
        "vi-VN|pour des formations en cryptographie, industrie de la défense|sang đào tạo về cryptographie, công nghiệp quốc phòng"
                + "|'cryptographie' is French, not Vietnamese: translate it",
    })
    void frenchLeftInTheTranslationIsReported(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Loanwords English shares with French, and names.
        "en-US|Le communiqué salue la détente entre les deux pays.|The communiqué welcomes the détente between the two countries.",
        "en-US|Samdech Techo Hun Sen a affirmé que le Cambodge attachait une grande importance aux relations.|Samdech Techo Hun Sen affirmed that Cambodia attached great importance to relations.",
        "en-US|Le journal Vientiane Mai.|The newspaper Vientiane Mai.",
        // Termbase terms of the target language, and compounds whose parts are English.
        "en-US|les relations socioéconomiques et militaro-politiques|socio-economic and military-political relations",
        "en-US|Les véhicules tout-terrain ont été livrés en état de marche.|The all-terrain vehicles were delivered in working order.",
        "en-US|Un programme de coopération à long terme.|A long-term cooperation program.",
        // Vietnamese loanwords and syllables that are also French words.
        "vi-VN|Les images de la cérémonie sont diffusées en ligne.|Các video về buổi lễ được phát trực tuyến trên internet.",
        "vi-VN|Le site utilise des témoins de connexion.|Trang web sử dụng cookie.",
        "vi-VN|La délégation a visité la province.|Đoàn đã thăm tỉnh và la cà khắp nơi.",
        // An English possessive is no French elision ("s'" + "Vietnam"), even starting the sentence.
        "en-US|Le ministère vietnamien de la Sécurité publique et le ministère cambodgien de l'Intérieur.|Vietnam's Ministry of Public Security and Cambodia's Ministry of Interior.",
        // A segment copied whole is target.same-as-source's (seed article 003's dateline).
        "vi-VN|date 2024-08|date 2024-08",
    })
    void wordsOfTheTargetLanguagePass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // The same word in the source does not make it a name.
        "en-US|Le ministre a visité la ville de Hue.|The minister visited the ville of Hue.|'ville' is French, not English: translate it",
        "en-US|Le ministre a signé un accord de coopération.|The minister signed un accord of cooperation.|'un accord' is French, not English: translate it",
        "vi-VN|Le ministre a signé un accord de coopération.|Bộ trưởng đã ký un accord hợp tác.|'un accord' is French, not Vietnamese: translate it",
        // a French compound whose parts look English ("tout", "terrain")
        "en-US|L'armée a reçu des véhicules tout-terrain.|The army received tout-terrain vehicles.|'tout-terrain' is French, not English: translate it",
        "en-US|Les deux ministres se sont rencontrés dans l'après-midi.|The two ministers met in the après-midi.|'après-midi' is French, not English: translate it",
    })
    void frenchTheSourceAlsoHasIsStillReported(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Le ministre a reçu le chargé d'affaires de l'ambassade.|The minister received the embassy's chargé d'affaires.",
        "vi-VN|La vidéo a été publiée sur internet.|Video đã được đăng tải trên internet.",
        "vi-VN|Les e-mails et les cookies du site.|Email và cookie của website.",
    })
    void loanwordsPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Held-out unit enm012: "la" and "justice" are English dictionary words, together they are French.
        "en-US|Le Vietnam assiste au Congrès international de la justice à Cuba|Vietnam attends International Congress of la justice in Cuba"
                + "|'la justice' is French, not English: translate it",
        "en-US|Les deux parties ont signé un accord sur la coopération et la formation.|The two sides signed an agreement on cooperation et la formation."
                + "|'et la formation' is French, not English: translate it",
        // Held-out unit vim096: "et" left by post-editing between two names is no particle of a name.
        "vi-VN|dans le cadre des activités de l'Année croisée Vietnam-Russie et Russie-Vietnam 2019-2020."
                + "|trong khuôn khổ các hoạt động của Năm chéo Việt Nam - Nga et Nga - Việt Nam 2019-2020."
                + "|'et' is French, not Vietnamese: translate it",
        "vi-VN|la coopération entre le Vietnam et le Laos avec la Russie|hợp tác giữa Việt Nam và Lào avec Nga"
                + "|'avec' is French, not Vietnamese: translate it",
        // a conjunction between two names belongs to neither
        "en-US|les relations entre le Vietnam et la Russie|relations between Vietnam et la Russia"
                + "|'et la' is French, not English: translate it",
    })
    void frenchFunctionWordsLeftWithTheirWordAreReported(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Names and the loanword phrases English keeps: a capital ends the phrase, loanwords are blanked.
        "en-US|Le président bolivien a quitté La Paz pour Paris, selon Le Monde.|The Bolivian president left La Paz for Paris, according to Le Monde.",
        "en-US|Le général de Gaulle et la Sierra de la Ventana|General de Gaulle and the Sierra de la Ventana",
        "en-US|Un menu à la carte et une annexion de facto.|An à la carte menu and a de facto annexation.",
        "en-US|Selon Nguyen et al., la coopération progresse.|According to Nguyen et al., cooperation is progressing.",
        "en-US|Le Congrès international de la justice à Cuba|International Congress of Justice in Cuba",
        // Vietnamese: a particle that is a possible syllable, and names that are no Vietnamese syllables.
        "vi-VN|Le général Charles de Gaulle et Sergueï Choïgou|Tướng Charles de Gaulle và Sergei Shoigu",
        "vi-VN|le ministre Alvaro Lopez Miera et Phan Van Giang|Bộ trưởng Alvaro Lopez Miera và Phan Văn Giang",
    })
    void namesAndLoanwordPhrasesWithFunctionWordsPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
