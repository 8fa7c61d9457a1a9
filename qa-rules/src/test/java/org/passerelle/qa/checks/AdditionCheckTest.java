package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Profile;

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
}
