package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Profile;
import org.passerelle.qa.SampleTermbase;

class AcronymMismatchCheckTest {
    private final AcronymMismatchCheck check = new AcronymMismatchCheck(Profile.defaults().settings("acronym.mismatch"));

    private List<String> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), SampleTermbase.context()).stream().map(CheckMatch::message).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Le Vietnam a accueilli la Semaine des dirigeants économiques de l'APEC en 2017.|Vietnam hosted the APAC Economic Leaders' Week in 2017.|APAC|APEC",
        "en-US|promouvoir une coopération mutuellement bénéfique avec l'ASEAN|promote mutually beneficial cooperation with ASEM|ASEM|ASEAN",
        "en-US|Le secrétaire général du PCV part pour une visite d’État au Cambodge|CPC General Secretary leaves for state visit to Cambodia|CPC|PCV",
        "vi-VN|des véhicules tout-terrain UAZ offerts par l'Association|các xe địa hình UAV do Hội tặng|UAV|UAZ",
        "en-US|la réunion élargie des ministres de la Défense de l'ASEAN (ADMM+)|the ASEAN Defence Ministers' Meeting-Plus (ADMM)|ADMM|ADMM+",
    })
    void aChangedAcronymIsReported(String lang, String source, String target, String got, String want) {
        assertEquals(List.of("'" + got + "' does not match the acronym '" + want + "' of the source; write it or its equivalent"),
                run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Equivalents from the termbase.
        "en-US|la Convention des Nations unies sur le droit de la mer de 1982 (CNUDM)|the 1982 United Nations Convention on the Law of the Sea (UNCLOS)",
        "en-US|Le secrétaire général du Parti communiste du Vietnam (PCV), To Lam|General Secretary of the Communist Party of Vietnam (CPV) To Lam",
        "vi-VN|Hanoi (VNA) –|Hà Nội (TTXVN) –",
        "en-US|le secrétaire général du PPRL et président lao|LPRP General Secretary and Lao President",
        // Expanded.
        "en-US|Le SG To Lam assiste à la signature|General Secretary To Lam attends the signing",
        // From the profile's list.
        "en-US|Le Vietnam soutient le rôle de l'ONU et de l'OMS.|Vietnam supports the role of the UN and the WHO.",
        // Letters reordered with the words, not in the termbase.
        "en-US|une délégation du Parti communiste chinois (PCC)|a delegation of the Communist Party of China (CPC)",
        // Kept as it is; Roman numerals are no acronyms.
        "vi-VN|Le XIIIe Congrès du Parti s'est tenu avec l'ASEAN.|Đại hội XIII của Đảng diễn ra cùng ASEAN.",
        // Another acronym beside one the translation spells out.
        "en-US|la Convention des Nations unies sur le droit de la mer (CNUDM)|the UN Convention on the Law of the Sea (UNCLOS)",
    })
    void equivalentsPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|L'OMS a salué la coopération sanitaire entre les deux pays.|The OMS praised health cooperation between the two countries.|'OMS' is the source language's acronym; English writes 'WHO'",
        "en-US|Le Vietnam soutient le rôle central de l'ONU.|Vietnam supports the central role of the ONU.|'ONU' is the source language's acronym; English writes 'UN'",
        "en-US|Le Vietnam et l'UE ont signé l'accord.|Vietnam and the UE signed the agreement.|'UE' is the source language's acronym; English writes 'EU'",
        "vi-VN|Le PCV et le PPRL entretiennent une solidarité spéciale.|ĐCSVN và PPRL có tình đoàn kết đặc biệt.|'PPRL' is the source language's acronym; Vietnamese writes 'NDCM'",
    })
    void aFrenchAcronymLeftWhereTheTargetLanguageHasItsOwnIsReported(String lang, String source, String target,
                                                                      String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // The same in both languages.
        "en-US|Le Vietnam a accueilli le sommet de l'APEC et de l'ASEAN.|Vietnam hosted the APEC and ASEAN summit.",
        "vi-VN|La FAO a salué les efforts du Vietnam.|FAO đánh giá cao nỗ lực của Việt Nam.",
        // Kept on purpose, with the target language's acronym beside it.
        "en-US|la Convention des Nations unies sur le droit de la mer (CNUDM)|the Convention on the Law of the Sea (CNUDM, or UNCLOS)",
        // Vietnamese writes the English acronym of an international body as well as its own.
        "vi-VN|Le Vietnam soutient le rôle central de l'ONU.|Việt Nam ủng hộ vai trò trung tâm của UN.",
    })
    void anAcronymTheTargetLanguageWritesTheSameWayPasses(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }

    @Test
    void anEquivalentMiswrittenBesideTheFullNameIsReported() {
        assertEquals(List.of("'CCP' does not match the acronym 'PPC' of the source; write it or its equivalent"),
                run("en-US", "Hun Sen, président du Parti du peuple cambodgien (PPC), a reçu la délégation.",
                        "Hun Sen, President of the Cambodian People's Party (CCP), received the delegation."));
        assertEquals(List.of(), run("en-US", "Hun Sen, président du Parti du peuple cambodgien (PPC), a reçu la délégation.",
                "Hun Sen, President of the Cambodian People's Party (CPP), received the delegation."));
    }

    @Test
    void aHeadlineInCapitalsHasNoAcronyms() {
        assertEquals(List.of(), run("en-US", "LE VIETNAM ASSISTE AU CONGRÈS INTERNATIONAL DE LA JUSTICE À CUBA",
                "VIETNAM ATTENDS INTERNATIONAL CONGRESS OF JUSTICE IN CUBA"));
    }

    @Test
    void anEquivalentOfOneTargetLanguageIsAMistakeInAnother() {
        // "TTXVN" is how Vietnamese writes VNA; in English it is the wrong acronym.
        assertEquals(List.of("'TTXVN' does not match the acronym 'VNA' of the source; write it or its equivalent"),
                run("en-US", "Hanoi (VNA) – Le ministre a reçu la délégation.", "Hanoi (TTXVN) – The minister received the delegation."));
        assertEquals(List.of(), run("vi-VN", "Hanoi (VNA) – Le ministre a reçu la délégation.", "Hà Nội (TTXVN) – Bộ trưởng đã tiếp đoàn."));
        assertEquals(List.of(), run("en-US", "Le Vietnam soutient le rôle de l'ONU.", "Vietnam supports the role of the UN."));
        assertEquals(List.of(), run("vi-VN", "Le Vietnam soutient le rôle de l'ONU.", "Việt Nam ủng hộ vai trò của LHQ."));
    }

    @Test
    void theProfileAddsPairsForEveryTargetLanguageOrForOne() throws Exception {
        Profile profile = Profile.defaults().with("acronym.mismatch.equivalents", "vi:CMA=UBDT, ONUDI=UNIDO");
        AcronymMismatchCheck custom = new AcronymMismatchCheck(profile.settings("acronym.mismatch"));
        BiFunction<String, String[], List<CheckMatch>> on = (lang, texts) ->
                custom.check(unit(lang, texts[0], texts[1]), SampleTermbase.context());
        assertEquals(List.of(), on.apply("vi-VN", new String[] {"le président du CMA", "Chủ nhiệm UBDT"}));
        assertEquals(List.of(), on.apply("en-US", new String[] {"le directeur de l'ONUDI", "the head of UNIDO"}));
        assertEquals(List.of(), on.apply("vi-VN", new String[] {"le directeur de l'ONUDI", "Tổng giám đốc UNIDO"}));
        assertEquals(List.of(), on.apply("en-US", new String[] {"le président du CMA", "the CMA chairman"}));
    }
}
