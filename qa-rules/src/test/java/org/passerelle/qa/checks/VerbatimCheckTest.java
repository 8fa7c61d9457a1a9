package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;

class VerbatimCheckTest {
    private final VerbatimCheck check = new VerbatimCheck();

    private List<String> run(String lang, String source, String target) {
        return check.check(unit(lang, source, target), context()).stream().map(CheckMatch::message).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|Le programme est publié sur https://www.qdnd.vn/forum-armee-2024.|The program is published at https://www.qdnd.vn/forum-army-2024."
                + "|'https://www.qdnd.vn/forum-army-2024' is not the web address of the source, 'https://www.qdnd.vn/forum-armee-2024': copy it exactly",
        "vi-VN|s'accréditer à l'adresse presse@mofa.gov.vn avant le 10 août|đăng ký qua địa chỉ baochi@mofa.gov.vn trước ngày 10/8"
                + "|'baochi@mofa.gov.vn' is not the e-mail address of the source, 'presse@mofa.gov.vn': copy it exactly",
        "en-US|avec le mot-dièse #VietnamCuba60.|with the hashtag #VietNamCuba60."
                + "|'#VietNamCuba60' is not the hashtag of the source, '#VietnamCuba60': copy it exactly",
        "en-US|diffusées sur le compte @VNAnews.|broadcast on the @VNA_news account."
                + "|'@VNA_news' is not the handle of the source, '@VNAnews': copy it exactly",
        "en-US|dans le document Accord_VN-KH_2026.pdf joint|in the document Agreement_VN-KH_2026.pdf attached"
                + "|'Agreement_VN-KH_2026.pdf' is not the file name of the source, 'Accord_VN-KH_2026.pdf': copy it exactly",
        "vi-VN|selon le décret 15/2020/NĐ-CP du gouvernement|theo Nghị định của Chính phủ"
                + "|The reference '15/2020/NĐ-CP' of the source is missing: copy it as it is",
        // transliterated in English, but a digit changed
        "en-US|selon le décret 15/2020/NĐ-CP du gouvernement|under the government's Decree 15/2021/ND-CP"
                + "|'15/2021/ND-CP' is not the reference of the source, '15/2020/NĐ-CP': copy it exactly",
        // Vietnamese writes Đ: dropping it is a change
        "vi-VN|selon le décret 15/2020/NĐ-CP du gouvernement|theo Nghị định 15/2020/ND-CP của Chính phủ"
                + "|'15/2020/ND-CP' is not the reference of the source, '15/2020/NĐ-CP': copy it exactly",
    })
    void whatIsNotCopiedExactlyIsReported(String lang, String source, String target, String message) {
        assertEquals(List.of(message), run(lang, source, target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US|sur le site https://www.vietnamplus.vn/fr et par courriel à redaction@vnanet.vn.|on the website https://www.vietnamplus.vn/fr and by email at redaction@vnanet.vn.",
        "vi-VN|Suivez le forum sur Twitter @VNAnews avec le mot-dièse #Armee2024.|Theo dõi diễn đàn trên Twitter @VNAnews với hashtag #Armee2024.",
        "en-US|conformément à l'article L. 4121-2 du Code de la défense|under Article L. 4121-2 of the Defense Code",
        "en-US|Le général a déclaré : « Le Vietnam est prêt. »|The general said: “Vietnam is ready.”",
        "en-US|La coopération s'appuie sur le décret 15/2020/NĐ-CP du gouvernement vietnamien.|The cooperation is based on the Vietnamese government's Decree 15/2020/ND-CP.",
        "en-GB|la circulaire 05/2019/TT-BQP du ministère|Circular 05/2019/TT-BQP of the ministry",
    })
    void copiedItemsPass(String lang, String source, String target) {
        assertEquals(List.of(), run(lang, source, target));
    }
}
