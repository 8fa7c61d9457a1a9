package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Profile;
import org.passerelle.qa.Units;

/**
 * vi.spelling's real-word slips: two real syllables that misspell a frequent word by their
 * diacritics, with lang-vi's list of words; found with or without hunspell-vi.
 */
class ViDiacriticSlipsTest {
    private final ViSpellingCheck check = new ViSpellingCheck(Profile.defaults().settings("vi.spelling"));

    private List<String> run(String target) {
        return check.check(Units.unit("vi-VN", "Phrase source.", target), context()).stream()
                .filter(m -> m.message().contains("no Vietnamese word")).map(CheckMatch::message).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hợp tác quốc phong là trụ cột của quan hệ song phương.|'quốc phong' is no Vietnamese word; did you mean 'quốc phòng'?",
        "Các cuộc thảo luận tập trung vào an ninh hang hai.|'hang hai' is no Vietnamese word; did you mean 'hàng hải'?",
        "Đại tướng Phan Văn Giang hội đàm với bô trưởng Quốc phòng Nga.|'bô trưởng' is no Vietnamese word; did you mean 'bộ trưởng'?",
        "Hai bên trao đổi về tình hình chính tri khu vực.|'chính tri' is no Vietnamese word; did you mean 'chính trị'?",
        "Các chuyên gia tu vấn cho Bộ Quốc phòng về an ninh mạng.|'tu vấn' is no Vietnamese word; did you mean 'tư vấn'?",
        "Hợp tác quốc phòng là một trong những trụ cốt của quan hệ song phương.|'trụ cốt' is no Vietnamese word; did you mean 'trụ cột'?",
        "Hai nước ký kết hiệp dinh về miễn thị thực.|'hiệp dinh' is no Vietnamese word; did you mean 'hiệp định'?",
        "Bộ trưởng nhấn mạnh tình hữu nghị truyền thống lâu dời giữa hai nước.|'lâu dời' is no Vietnamese word; did you mean 'lâu đời'?",
        "Truyền thông Lào nhất trí nhân mạnh tầm vóc chiến lược của chuyến thăm.|'nhân mạnh' is no Vietnamese word; did you mean 'nhấn mạnh'?",
        "Chuyến thăm thu hút sự quan tâm rộng rải của dư luận.|'rộng rải' is no Vietnamese word; did you mean 'rộng rãi'?",
        "Hai bên nhất trí tăng cường hợp tác kinh tê và thương mại.|'kinh tê' is no Vietnamese word; did you mean 'kinh tế'?",
        "Quân đội hai nước phối hợp cứu hộ cứu nan tại vùng lũ.|'cứu nan' is no Vietnamese word; did you mean 'cứu nạn'?",
        "Hai bên chia sẻ kinh nghiêm trong lĩnh vực gìn giữ hòa bình.|'kinh nghiêm' is no Vietnamese word; did you mean 'kinh nghiệm'?",
        "Hai bên thảo luận các biện pháp giai quyết tranh chấp bằng biện pháp hòa bình.|'giai quyết' is no Vietnamese word; did you mean 'giải quyết'?",
        // at the start of a sentence, its first word capitalised
        "Thủ tường đã trao Huân chương Hữu nghị cho Bộ trưởng Nga.|'Thủ tường' is no Vietnamese word; did you mean 'thủ tướng'?",
        // a function word that needs a word after it, at the end of a sentence: no free word there
        "Hai bên đã ký các văn kiện hợp tác quan trong.|'quan trong' is no Vietnamese word; did you mean 'quan trọng'?",
        "Đoàn rời Viêng Chăn, lên đường thâm cấp Nhà nước Campuchia.|'thâm cấp' is no Vietnamese word; did you mean 'thăm cấp'?",
    })
    void aWordMisspeltInItsDiacriticsIsReported(String target, String message) {
        assertEquals(List.of(message), run(target));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Words one tone away from another word: the list has both.
        "Phố cổ Hội An được công nhận là Di sản văn hóa thế giới.",
        "Công nhân nhà máy được tăng lương.",
        // "thâm niên" (seniority) beside "cấp": the syllable belongs to a word of the list
        "Sĩ quan được xét nâng cấp bậc theo thâm niên công tác.",
        "Giá vàng trong nước biến động mạnh.",
        // Free words beside a word they resemble: "hai cảng" is two ports, "hai quân chủng" two services.
        "Hai cảng biển lớn nhất miền Bắc được nâng cấp.",
        // "tham vấn tại" (consultation at) is no "vận tải" (transport): "tham vấn" is a word of the list (set u viu096)
        "Hai Bộ trưởng sẽ tập trung vào nghiên cứu khoa học; tham vấn tại các diễn đàn đa phương.",
        "Đoàn đã tham quan bảo tàng và gặp cố vấn của Bộ trưởng.",
        "Lễ ký kết có sự tham gia của hai quân chủng.",
        // A syllable shared by two neighbouring words of the list.
        "Các nước thành viên thông qua tuyên bố chung.",
        "Khách hàng hài lòng với chất lượng dịch vụ.",
        "Quân đội nhân dân Việt Nam đã cử các bác sĩ quân y tham gia phái bộ của Liên hợp quốc.",
        // Two words the list lacks on either side of a pair: "ca sĩ" and "quân nhạc", no "sĩ quan".
        "Đoàn có các ca sĩ quân nhạc biểu diễn phục vụ nhân dân.",
        // Words one tone apart, both of the list.
        "Hai bên cùng có lợi khi đồng tình với đề xuất; câu nói ấy là cầu nối giữa hai dân tộc.",
        "Ban nhạc biểu diễn trước lâu đài cổ, nơi gắn bó lâu dài với người dân.",
        // the same function word inside the sentence combines with the words after it
        "Các cơ quan trong nước đã phối hợp chặt chẽ.",
        // Both tone styles; names and headlines in capitals are not looked at.
        "Hai bên cam kết vì hoà bình và hòa bình ở khu vực.",
        "HỢP TÁC QUỐC PHÒNG VIỆT NAM - NGA",
    })
    void wordsOfTheListAndFreeCombinationsPass(String target) {
        assertEquals(List.of(), run(target));
    }

    @Test
    void correctNewsSentencesRaiseNoSlip() throws Exception {
        Path file = Path.of(ViDiacriticSlipsTest.class.getResource("/org/passerelle/qa/vi/news-sentences.vi.txt").toURI());
        List<String> findings = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                run(line).forEach(m -> findings.add(line + " -> " + m));
            }
        }
        assertEquals(List.of(), findings);
    }
}
