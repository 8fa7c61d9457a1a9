package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Profile;
import org.passerelle.xliff.TranslationUnit;

class AdditionCheckTest {
    private final AdditionCheck check = new AdditionCheck(Profile.defaults().settings("addition"));

    private List<CheckMatch> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vi-VN|Il s'est accordé pour promouvoir la signature de documents de coopération entre les deux parties."
                + "|Ông nhất trí thúc đẩy việc ký kết các văn kiện hợp tác. Ông nhất trí thúc đẩy việc ký kết các văn kiện hợp tác."
                + "|Ông nhất trí thúc đẩy việc ký kết các văn kiện hợp tác.",
        "vi-VN|Il a affirmé d’être prêt à examiner les propositions de coopération du ministère de la Défense du Vietnam."
                + "|Ông khẳng định sẵn sàng xem xét các đề xuất hợp tác của Bộ Quốc phòng Việt Nam, đặc biệt là hợp tác đào tạo. Ông khẳng định sẵn sàng xem xét các đề xuất."
                + "|Ông khẳng định sẵn sàng xem xét các đề xuất.",
        // a sentence ending in a word of two letters ends there: "Bộ." is no abbreviation
        "vi-VN|La réunion s'est tenue au siège du ministère. Elle a rassemblé les représentants des deux pays."
                + "|Cuộc họp diễn ra tại trụ sở Bộ. Cuộc họp có sự tham dự của đại diện hai nước. Cuộc họp có sự tham dự của đại diện hai nước."
                + "|Cuộc họp có sự tham dự của đại diện hai nước.",
        // a run of words said again inside the sentence
        "en-US|Le Vietnam continuera à envoyer des officiers suivre des formations en Russie."
                + "|Vietnam will continue to send officers, Vietnam will continue to send officers for training in Russia."
                + "|Vietnam will continue to send officers",
        "vi-VN|Les deux parties ont convenu de renforcer la coopération dans la formation."
                + "|Hai bên nhất trí tăng cường hợp tác hai bên nhất trí tăng cường hợp tác trong đào tạo."
                + "|hai bên nhất trí tăng cường hợp tác",
    })
    void aSentenceSaidTwiceIsReported(String lang, String source, String target, String repeated) {
        List<CheckMatch> m = run(lang, source, target);
        assertEquals(1, m.size(), m::toString);
        assertEquals(repeated, target.substring(m.get(0).offset(), m.get(0).offset() + m.get(0).length()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Les deux parties ont eu un entretien. Les deux parties ont signé un accord.|The two sides held talks. The two sides signed an agreement.",
        "en-US|Le Vietnam salue la Russie. Le Vietnam salue la Russie.|Vietnam welcomes Russia. Vietnam welcomes Russia.",
        // short repeats are style, and a repeat the source has is the source's
        "en-US|Les deux pays coopèrent, coopèrent et coopèrent encore.|The two countries cooperate, cooperate and cooperate again.",
        "vi-VN|Hai bên đã trao đổi về tình hình, tình hình khu vực.|Hai bên đã trao đổi về tình hình, tình hình khu vực.",
        // "Dr." does not end a sentence, so the two mentions of the doctor are one sentence each
        "en-US|Le Dr Nguyen a examiné les blessés. Le Dr Nguyen a ensuite rencontré la presse.|Dr. Nguyen examined the wounded. Dr. Nguyen then met the press.",
    })
    void sentencesThatOnlyStartAlikeOrRepeatTheSourcePass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }

    @Test
    void sentencesAddedThatMakeTheTranslationMuchLongerAreReported() {
        String source = "Le général Phan Van Giang a rencontré des anciens combattants russes.";
        List<CheckMatch> added = run("en-US", source, "General Phan Van Giang met Russian veterans. He praised their"
                + " contribution to the friendship between the two countries. The veterans thanked Vietnam for its hospitality.");
        assertEquals(1, added.size(), added::toString);
        assertEquals(List.of(), run("en-US", "Le général Phan Van Giang a rencontré des anciens combattants russes et leur a"
                + " offert des cadeaux.", "General Phan Van Giang met Russian veterans. He gave them gifts."));
    }

    /** The run-wide findings of a run of these units, with a check of its own. */
    private static List<String> finish(List<TranslationUnit> units) {
        AdditionCheck run = new AdditionCheck(Profile.defaults().settings("addition"));
        units.forEach(u -> run.check(u, context()));
        return run.finish(context()).stream().map(m -> m.unit().id() + ": " + m.unit().segments().get(0).target()
                .substring(m.match().offset(), m.match().offset() + m.match().length())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Les deux ministres ont passé en revue la coopération bilatérale dans le domaine de la défense."
                + "|The two ministers reviewed bilateral cooperation in the field of defense. This marks a new milestone in relations."
                + "|This marks a new milestone in relations.",
        "vi-VN|Le Vietnam soutient les efforts de la Russie pour renforcer la coopération avec l'ASEAN."
                + "|Việt Nam ủng hộ nỗ lực của Nga nhằm tăng cường hợp tác với ASEAN. Hai bên cũng nhất trí tăng cường trao đổi đoàn."
                + "|Hai bên cũng nhất trí tăng cường trao đổi đoàn.",
    })
    void aSentenceAddedAfterTheWholeSourceIsReportedOnceTheRunIsOver(String lang, String source, String target, String added) {
        assertEquals(List.of(), run(lang, source, target), "only a third longer: not for the segment alone");
        assertEquals(List.of("added: " + added), finish(List.of(unit("added", lang, source, target))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // one sentence split in two: the first alone is far from the whole
        "en-US|Le ministre a salué les résultats obtenus, qui témoignent de la confiance entre les deux armées."
                + "|The minister welcomed the results achieved. They testify to the trust between the two armies.",
        // a wordy rendering in two sentences, no longer than usual
        "en-US|Les deux parties ont convenu de renforcer la coopération dans la formation des officiers."
                + "|The two sides agreed to step up cooperation. It will cover officer training.",
        "vi-VN|Le ministre a salué les résultats obtenus, qui témoignent de la confiance entre les deux armées."
                + "|Bộ trưởng hoan nghênh những kết quả đạt được. Đó là minh chứng cho sự tin cậy giữa quân đội hai nước.",
    })
    void aSplitOrWordyTranslationPasses(String lang, String source, String target) {
        assertEquals(List.of(), finish(List.of(unit("split", lang, source, target))));
    }

    /** "Usual" is the run's: in a run whose translations are long, a unit as long as they are is not one with an addition. */
    @Test
    void theRunsUsualRatioDecides() {
        String source = "Les deux ministres ont passé en revue la coopération bilatérale dans le domaine de la défense.";
        String target = "The two ministers reviewed bilateral cooperation in the field of defense. This marks a new milestone in relations.";
        List<TranslationUnit> wordy = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            wordy.add(unit("u" + i, "en-US", "Les dirigeants des deux pays ont maintenu des contacts de haut niveau " + i + ".",
                    "The leaders of the two countries have kept up their many contacts at the highest level, as they did before " + i + "."));
        }
        wordy.add(unit("added", "en-US", source, target));
        assertEquals(List.of(), finish(wordy));
    }
}
