package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.coded;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;

class ViSyllableCheckTest {
    private final ViSyllableCheck check = new ViSyllableCheck();

    private List<CheckMatch> run(String source, String target) {
        return check.check(unit("vi-VN", source, target), context());
    }

    @Test
    void correctNewsSentencePasses() {
        assertEquals(List.of(), run("Le général Luong Cuong a reçu Andrey Valeryevich Kartapolov.",
                "Đại tướng Lương Cường đã tiếp Thượng tướng Andrey Valeryevich Kartapolov tại Hà Nội."));
    }

    @Test
    void stopFinalWithLevelToneIsCaughtWithBothPossibleTones() {
        String target = "Hai bên đã ký thỏa thuận hơp tác.";
        List<CheckMatch> m = run("Les deux parties ont signé un accord de coopération.", target);
        assertEquals(1, m.size());
        assertEquals("hơp", target.substring(m.get(0).offset(), m.get(0).offset() + m.get(0).length()));
        assertEquals(List.of("hợp", "hớp"), m.get(0).suggestions());
    }

    @Test
    void misplacedToneIsCorrected() {
        List<CheckMatch> m = run("les soldats", "Người lính của nứơc ta.");
        assertEquals(1, m.size());
        assertEquals(List.of("nước"), m.get(0).suggestions());
    }

    @Test
    void namesAndForeignWordsFromTheSourceAreExempt() {
        assertEquals(List.of(), run("Le forum Armée-2024 à Moscou avec Shoigu et la VNA.",
                "Diễn đàn Armée-2024 tại Mát-xcơ-va với Shoigu và TTXVN, Moskva."));
        assertEquals(1, run("Le forum.", "Diễn đàn online.").size(), "lower-case foreign word not in the source");
    }

    /** A foreign name written with its own marks is still the source's name; a Vietnamese one with a misplaced tone is not. */
    @Test
    void aForeignNameWithItsOwnMarksIsExemptAVietnameseNameIsNot() {
        assertEquals(List.of(), run("Le général Alvaro Lopez Miera est membre du Politburo.",
                "Đại tướng Álvaro López Miera là Ủy viên Bộ Chính trị."));
        assertEquals(1, run("Le général Phan Van Giang a reçu la délégation.", "Đại tướng Phan Văn Gìang đã tiếp đoàn.").size());
        assertEquals(1, run("Le général Alvaro Lopez Miera est membre du Politburo.",
                "Đại tướng Álvaro Lóppez Miera là Ủy viên Bộ Chính trị.").size(), "a name not in the source");
    }

    @Test
    void cyrillicLookAlikeIsCaught() {
        List<CheckMatch> m = run("Le Vietnam", "Việt Nаm");
        assertEquals(1, m.size());
        assertTrue(m.get(0).message().contains("Cyrillic"), m.get(0).message());
        assertEquals(List.of("Nam"), m.get(0).suggestions());
    }

    @ParameterizedTest
    @CsvSource({"hoà", "hòa", "thuỷ", "thủy", "khoẻ", "khỏe", "quý", "giữa", "gì", "gìn", "giết", "khuya", "khuỷu", "nguyễn",
        "người", "được", "thuở", "kỳ", "ý", "yêu", "oái", "ngoẻo", "khuấy", "hoạch", "quỳnh", "huỳnh", "boong", "xoong"})
    void validSyllablesPass(String word) {
        assertEquals(List.of(), run("x", word), word);
    }

    @Test
    void standardAbbreviationsAreNoSyllables() {
        assertEquals(List.of(), run("la formation, l'échange d'expériences, la logistique, etc.",
                "đào tạo, trao đổi kinh nghiệm, hậu cần, v.v."));
        assertEquals(List.of(), run("Le docteur Nguyen Van An, de Hô Chi Minh-Ville, et le camarade Tran Binh.",
                "TS. Nguyễn Văn An ở TP.HCM, Th.S Lê Hoa và đ/c Trần Bình."));
        // a slip next to an abbreviation is still a slip
        assertEquals(1, run("la formation, etc.", "đào tạo hơp tác, v.v.").size());
    }

    @Test
    void aLineBreakBetweenCreditAndCaptionDoesNotFuseTheWords() {
        // Held-out unit vim044: the credit and the caption are one unit, split by <ph subType="xlf:lb"/>;
        // read without the code, "CVN" and "Đại" made "CVNĐại".
        assertEquals(List.of(), check.check(coded("vi-VN",
                "Photo : VNA/CVN{lb}Le général Phan Van Giang lors de l'entrevue.",
                "Ảnh: TTXVN/CVN{lb}Đại tướng Phan Văn Giang tại cuộc gặp."), context()));
        assertEquals(List.of(), check.check(coded("vi-VN",
                "Le général Luong Cuong{ph}a reçu Andrey Kartapolov.",
                "Đại tướng Lương Cường{ph}đã tiếp Thượng tướng Andrey Kartapolov."), context()));
    }

    @Test
    void aSlipNextToALineBreakIsReportedAtItsPlaceInThePlainText() {
        TranslationUnitText t = new TranslationUnitText("Ảnh: TTXVN/CVN{lb}Hai bên đã ký thỏa thuận hơp tác.");
        List<CheckMatch> m = check.check(coded("vi-VN", "Photo : VNA/CVN{lb}Les deux parties ont signé un accord de coopération.",
                t.marked), context());
        assertEquals(1, m.size(), m.toString());
        assertEquals("hơp", t.plain.substring(m.get(0).offset(), m.get(0).offset() + m.get(0).length()));
    }

    @Test
    void aTelexLeftoverIsCaughtEvenCapitalised() {
        // Held-out unit vim085: "Quoocs" typed for "Quốc" and not composed; a capitalised plain-ASCII
        // word was taken for a foreign name.
        String target = "Ông khẳng định sẵn sàng xem xét các đề xuất hợp tác của Bộ Quoocs phòng Việt Nam, đặc biệt là"
                + " hợp tác đào tạo.";
        List<CheckMatch> m = run("Il a affirmé d’être prêt à examiner les propositions de coopération du ministère de la"
                + " Défense du Vietnam, en particulier la coopération en matière de formation.", target);
        assertEquals(1, m.size(), m.toString());
        assertEquals("Quoocs", target.substring(m.get(0).offset(), m.get(0).offset() + m.get(0).length()));
        assertEquals(List.of("Quốc"), m.get(0).suggestions());
        // lower case, with a tone key: the suggestion is the composed syllable
        assertEquals(List.of("phòng"), run("le ministère de la Défense", "Bộ Quốc phongf").get(0).suggestions());
    }

    @Test
    void foreignNamesAndAcronymsAreNoTelex() {
        // Seed article 002: the Cuban general, "Choïgou" written the English way, acronyms.
        assertEquals(List.of(), run("Le général Alvaro Lopez Miera, chef de l’État-major général des FAR de Cuba, et"
                        + " Sergueï Choïgou ont rencontré Andrey Kartapolov.",
                "Đại tướng Alvaro Lopez Miera, Tổng Tham mưu trưởng FAR Cuba, và Sergei Shoigu đã gặp Andrey Kartapolov."));
        assertEquals(List.of(), run("La VNA et l'ASEAN.", "TTXVN, ASEAN, NATO và OSCE."));
        // a word the source has stays a name, whatever it reads as in Telex
        assertEquals(List.of(), run("Le président Max Boos.", "Chủ tịch Max Boos."));
    }

    /** A target with code markers and its plain text, as the reader gives it. */
    private record TranslationUnitText(String marked, String plain) {
        TranslationUnitText(String marked) {
            this(marked, marked.replaceAll("\\{/?[a-z]+}", ""));
        }
    }
}
