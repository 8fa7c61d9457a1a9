package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.context;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Profile;
import org.passerelle.qa.SampleTermbase;
import org.passerelle.qa.UnitMatch;
import org.passerelle.qa.Units;
import org.passerelle.xliff.TranslationUnit;

class LengthCheckTest {

    private static List<UnitMatch> run(List<TranslationUnit> units) {
        LengthCheck check = new LengthCheck(Profile.defaults().settings("length"));
        units.forEach(u -> check.check(u, context()));
        return check.finish(context());
    }

    @Test
    void ordinaryTranslationsPass() {
        assertEquals(List.of(), run(List.of(
                Units.unit("u1", "en-GB", "Les dirigeants des deux pays ont maintenu des contacts de haut niveau.",
                        "The leaders of the two countries have maintained high-level contacts."),
                Units.unit("u2", "en-GB", "Après la cérémonie d'accueil, les deux parties ont eu un entretien.",
                        "After the welcome ceremony, the two sides held talks."))));
    }

    @Test
    void pastedTwiceAndTruncatedAreReportedAgainstTheRunsMedian() {
        List<TranslationUnit> units = new ArrayList<>();
        String fr = "Les dirigeants des deux pays ont maintenu des contacts de haut niveau.";
        String en = "The leaders of the two countries have maintained high-level contacts.";
        for (int i = 0; i < 30; i++) {
            units.add(Units.unit("u" + i, "en-GB", fr, en));
        }
        units.add(Units.unit("long", "en-GB", fr, en + " " + en + " " + en));
        units.add(Units.unit("short", "en-GB", fr, "The leaders."));
        List<UnitMatch> m = run(units);
        assertEquals(List.of("long", "short"), m.stream().map(x -> x.unit().id()).sorted().toList());
        assertTrue(m.stream().anyMatch(x -> x.match().message().contains("longer than usual")));
    }

    @Test
    void aHeadlineWhoseAcronymsAreSpelledOutIsNoLongerThanUsual() {
        List<TranslationUnit> units = new ArrayList<>();
        String fr = "Les dirigeants des deux pays ont maintenu des contacts de haut niveau.";
        String en = "The leaders of the two countries have maintained high-level contacts.";
        for (int i = 0; i < 30; i++) {
            units.add(Units.unit("u" + i, "en-US", fr, en));
        }
        // Headlines of seed article 001, joined: SG and PCV written out in full.
        units.add(Units.unit("title", "en-US", "Visite d'État du SG du PCV au Laos et au Cambodge",
                "State visit of the General Secretary of the Communist Party of Vietnam to Laos and Cambodia"));
        LengthCheck check = new LengthCheck(Profile.defaults().settings("length"));
        units.forEach(u -> check.check(u, SampleTermbase.context()));
        assertEquals(List.of(), check.finish(SampleTermbase.context()));
    }

    @Test
    void anAllCapsHeadlineWhoseAcronymsAreSpelledOutInCapitalsIsNoLongerThanUsual() {
        List<TranslationUnit> units = new ArrayList<>();
        String fr = "Les dirigeants des deux pays ont maintenu des contacts de haut niveau.";
        String en = "The leaders of the two countries have maintained high-level contacts.";
        for (int i = 0; i < 30; i++) {
            units.add(Units.unit("u" + i, "en-US", fr, en));
        }
        units.add(Units.unit("title", "en-US", "LE SG DU PCV EN VISITE D'ÉTAT AU LAOS",
                "COMMUNIST PARTY OF VIETNAM GENERAL SECRETARY ON STATE VISIT TO LAOS"));
        // an all-caps headline pasted twice is still too long
        units.add(Units.unit("twice", "en-US", "LES DEUX PAYS RENFORCENT LEUR COOPÉRATION DANS LA DÉFENSE",
                "THE TWO COUNTRIES STRENGTHEN THEIR DEFENCE COOPERATION. THE TWO COUNTRIES STRENGTHEN THEIR DEFENCE"
                        + " COOPERATION. THE TWO COUNTRIES STRENGTHEN THEIR DEFENCE COOPERATION."));
        LengthCheck check = new LengthCheck(Profile.defaults().settings("length"));
        units.forEach(u -> check.check(u, SampleTermbase.context()));
        assertEquals(List.of("twice"), check.finish(SampleTermbase.context()).stream().map(x -> x.unit().id()).toList());
    }

    @Test
    void anAllCapsHeadlineWhoseNameTheTranslationCopiesWithItsDiacriticsIsNotExpanded() {
        List<TranslationUnit> units = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            units.add(Units.unit("u" + i, "vi-VN", "Les dirigeants des deux pays ont maintenu des contacts de haut niveau.",
                    "Lãnh đạo hai nước đã duy trì các cuộc tiếp xúc cấp cao."));
        }
        units.add(Units.unit("title", "vi-VN", "LE SECRÉTAIRE GÉNÉRAL TO LAM EN VISITE D'ÉTAT AU LAOS",
                "TỔNG BÍ THƯ TÔ LÂM THĂM CẤP NHÀ NƯỚC LÀO"));
        // the same headline with its second half dropped is still too short
        units.add(Units.unit("cut", "vi-VN", "LE SECRÉTAIRE GÉNÉRAL TO LAM EN VISITE D'ÉTAT AU CAMBODGE",
                "TỔNG BÍ THƯ TÔ LÂM"));
        LengthCheck check = new LengthCheck(Profile.defaults().settings("length"));
        units.forEach(u -> check.check(u, SampleTermbase.context()));
        assertEquals(List.of("cut"), check.finish(SampleTermbase.context()).stream().map(x -> x.unit().id()).toList());
    }

    /** A short sentence said concisely is no omission; a long one that lost a clause is. */
    @Test
    void aShortSentenceSaidConciselyIsNotTooShort() {
        List<TranslationUnit> units = new ArrayList<>();
        String fr = "Les dirigeants des deux pays ont maintenu des contacts de haut niveau.";
        String en = "The leaders of the two countries have maintained high-level contacts.";
        for (int i = 0; i < 30; i++) {
            units.add(Units.unit("u" + i, "en-US", fr, en));
        }
        units.add(Units.unit("concise", "en-US", "Les échanges commerciaux ont progressé de 15 % l'an dernier.", "Trade grew 15% last year."));
        units.add(Units.unit("cut", "en-US", "Les deux ministres ont passé en revue la coopération de défense et ont convenu de"
                + " la renforcer dans la formation, la recherche et le sauvetage.", "The two ministers reviewed defense cooperation."));
        assertEquals(List.of("cut"), run(units).stream().map(x -> x.unit().id()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Les deux parties ont discuté du règlement pacifique des différends sur la base du droit international.|The two sides discussed the peaceful settlement of disputes on the basis of|of",
        "vi-VN|Les deux pays coopèrent dans la défense, l'économie et la culture.|Hai nước hợp tác trong quốc phòng, kinh tế và|và",
        "en-US|Les deux pays coopèrent dans la défense.|The two countries cooperate in the|the",
        "en-US|Ils coopèrent au sein des forums multilatéraux, notamment l'ADMM+.|They cooperate at multilateral forums, including|including",
        "en-US|Ils coopèrent dans plusieurs domaines, comme la défense.|They cooperate in several fields, such as|as",
        "vi-VN|Ils ont discuté de la situation mondiale ainsi que des questions d'intérêt commun.|Hai bên đã thảo luận về tình hình thế giới cũng như|như",
        "vi-VN|La délégation comprend des officiers de trois armes.|Đoàn bao gồm|gồm",
        "vi-VN|Les deux pays coopèrent sur la base de l'amitié.|Hai nước hợp tác trên cơ sở|trên cơ sở",
        "vi-VN|Les deux pays coopèrent sur la base de l'amitié.|Hai nước hợp tác dựa trên|dựa trên",
        "vi-VN|Le Vietnam coopère dans les domaines où il maîtrise les technologies.|Việt Nam hợp tác trong các lĩnh vực mà|mà",
    })
    void aTranslationCutShortAfterAWordThatNeedsAnotherIsReported(String lang, String source, String target, String word) {
        LengthCheck check = new LengthCheck(Profile.defaults().settings("length"));
        List<CheckMatch> found = check.check(Units.unit(lang, source, target), context());
        assertEquals(1, found.size(), found::toString);
        assertEquals(word, target.substring(found.get(0).offset(), found.get(0).offset() + found.get(0).length()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // ended as the source is, or a title without its stop, or a source that does not end a sentence
        "en-US|Les deux pays coopèrent dans la défense.|The two countries cooperate in defense.",
        "en-US|Les deux pays coopèrent dans la défense.|The two countries cooperate in defense",
        "en-US|Photo : VNA|Photo: courtesy of",
        "vi-VN|Les deux pays coopèrent dans la défense.|Hai nước hợp tác trong lĩnh vực quốc phòng.",
        "en-US|Les deux pays coopèrent dans plusieurs domaines, dont la défense.|The two countries cooperate in fields including defense.",
        "vi-VN|Les deux pays coopèrent, comme toujours.|Hai nước hợp tác, như thường lệ.",
        "vi-VN|Les deux pays construisent des installations.|Hai nước xây dựng cơ sở",
    })
    void aTranslationEndedOrEndingOnAWordOfItsOwnPasses(String lang, String source, String target) {
        LengthCheck check = new LengthCheck(Profile.defaults().settings("length"));
        assertEquals(List.of(), check.check(Units.unit(lang, source, target), context()));
    }
}
