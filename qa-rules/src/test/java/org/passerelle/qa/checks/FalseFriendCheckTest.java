package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;

class FalseFriendCheckTest {
    private final FalseFriendCheck check = new FalseFriendCheck();

    private List<CheckMatch> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Actuellement, la coopération entre les deux armées se développe dans de nombreux domaines.|Actually, cooperation between the two armies is developing in many fields.|Actually",
        "Les deux parties examineront éventuellement la création d'un groupe de travail conjoint.|The two sides will eventually consider setting up a joint working group.|eventually",
        "Le général a assisté à la cérémonie d'ouverture du forum.|The general assisted the opening ceremony of the forum.|assisted",
        "Cette visite revêt une importance particulière dans le contexte actuel.|This visit takes on a particular importance in the actual context.|actual",
        "La formation des officiers reste une priorité.|The formation of officers remains a priority.|formation",
        "Les travaux seront achevés avant la fin de l'année.|The works will be achieved before the end of the year.|achieved",
        "Le dossier est sensible pour les deux pays.|The file is sensible for both countries.|sensible",
        "Les deux parties ont réalisé de nombreux projets communs.|The two sides have realised many joint projects.|realised",
    })
    void aFalseFriendIsReported(String source, String target, String word) {
        List<CheckMatch> m = run("en-US", source, target);
        assertEquals(1, m.size(), m.toString());
        assertEquals(word, target.substring(m.get(0).offset(), m.get(0).offset() + m.get(0).length()));
    }

    @Test
    void theMessageSaysWhatTheSourceMeans() {
        assertEquals("'Actually' is a false friend of 'Actuellement', which means current, currently, at present: check the meaning",
                run("en-GB", "Actuellement, les deux pays coopèrent.", "Actually, the two countries cooperate.").get(0).message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the right translations
        "Actuellement, la coopération entre les deux armées se développe.|Currently, cooperation between the two armies is developing.",
        "Le général a assisté à la cérémonie d'ouverture du forum.|The general attended the opening ceremony of the forum.",
        "La formation des officiers reste une priorité.|The training of officers remains a priority.",
        // the target word justified by another source word
        "En fait, la situation actuelle est stable.|Actually, the current situation is stable.",
        "Le Vietnam a aidé le Laos et assisté à la réunion.|Vietnam assisted Laos and attended the meeting.",
        "Les deux pays ont obtenu des résultats et achevé la première phase.|The two countries achieved results and completed the first phase.",
        "La formation du nouveau gouvernement a été annoncée.|The formation of the new government was announced.",
        "Le ministre a participé à la réunion.|The minister attended the meeting.",
        // the English word without its French look-alike
        "Le projet a finalement été approuvé.|The project was eventually approved.",
    })
    void rightTranslationsAndJustifiedWordsPass(String source, String target) {
        assertEquals(List.of(), run("en-US", source, target));
    }

    @Test
    void vietnameseHasNoFalseFriendsOfFrench() {
        assertEquals(List.of(), run("vi-VN", "Actuellement, les deux pays coopèrent.", "Hiện nay, hai nước hợp tác."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Machine translation through English carries "assists" into Vietnamese.
        "Le SG To Lam assiste à la signature d'accords de coopération au Cambodge.|Tổng Bí thư Tô Lâm hỗ trợ lễ ký các văn kiện hợp tác tại Campuchia.|hỗ trợ",
        "Le SG To Lam assiste à la signature d'accords de coopération au Cambodge.|Tổng Bí thư Tô Lâm dự lễ ký các văn kiện hợp tác tại Campuchia.|",
        "Le Japon assiste le Vietnam grâce à son aide au développement.|Nhật Bản hỗ trợ Việt Nam thông qua viện trợ phát triển.|",
    })
    void vietnameseHasTheFalseFriendsOfEnglish(String source, String target, String word) {
        List<String> found = run("vi-VN", source, target).stream().map(m -> target.substring(m.offset(), m.offset() + m.length())).toList();
        assertEquals(word == null ? List.of() : List.of(word), found);
    }
}
