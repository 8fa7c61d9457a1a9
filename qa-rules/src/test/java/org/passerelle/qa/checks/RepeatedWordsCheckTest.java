package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Side;

class RepeatedWordsCheckTest {
    private final RepeatedWordsCheck check = new RepeatedWordsCheck();

    @Test
    void seedTypoDuDuIsReportedOnTheSource() {
        String source = "effectue une visite officielle du du 21 au 24 octobre au Vietnam.";
        List<CheckMatch> m = check.check(unit("en-GB", source, "is paying an official visit to Vietnam from 21 to 24 October."), context());
        assertEquals(1, m.size());
        assertEquals(Side.SOURCE, m.get(0).side());
        assertEquals("du du", source.substring(m.get(0).offset(), m.get(0).offset() + m.get(0).length()));
    }

    @Test
    void repeatedEnglishWordIsReported() {
        assertEquals(1, check.check(unit("en-GB", "les deux pays", "the the two countries"), context()).size());
    }

    @Test
    void grammaticalDoublingsAndVietnameseReduplicationPass() {
        assertEquals(List.of(), check.check(unit("en-GB", "Nous nous sommes vus.", "He said that that was all; it had had effect."), context()));
        assertEquals(List.of(), check.check(unit("vi-VN", "Ils avancent lentement.", "Họ tiến từ từ, xa xa."), context()));
        assertEquals(List.of(), check.check(unit("en-GB", "au Vietnam, Vietnam-Russie", "in Vietnam, Vietnam-Russia"), context()));
    }

    @Test
    void vietnameseFunctionWordsDoubledAndDoubledPhrasesAreReported() {
        String target = "củng cố lòng tin chính trị vững chắc, làm sâu sắc hơn hợp tác toàn diện và và phối hợp chặt chẽ";
        List<CheckMatch> m = check.check(unit("vi-VN", "consolider une confiance politique solide", target), context());
        assertEquals(List.of("và và"), m.stream().map(c -> target.substring(c.offset(), c.offset() + c.length())).toList());
        assertEquals(1, check.check(unit("vi-VN", "à l’invitation des dirigeants", "theo lời mời của của lãnh đạo"), context()).size());
        String phrase = "đồng chủ trì cuộc gặp cấp cao giữa hai Đảng hai Đảng.";
        List<CheckMatch> p = check.check(unit("vi-VN", "une rencontre de haut niveau entre les deux Partis.", phrase), context());
        assertEquals(List.of("hai Đảng hai Đảng"), p.stream().map(c -> phrase.substring(c.offset(), c.offset() + c.length())).toList());
    }

    @Test
    void vietnameseReduplicationPasses() {
        assertEquals(List.of(), check.check(unit("vi-VN", "Chaque jour, des milliers de visiteurs viennent.",
                "Ngày ngày, hàng nghìn lượt khách đến viếng; người người đều vui."), context()));
        assertEquals(List.of(), check.check(unit("vi-VN", "Peu à peu, les deux armées renforcent leur confiance.",
                "Quân đội hai nước từ từ củng cố lòng tin."), context()));
    }

    @Test
    void vietnameseNumberWordsPronounsAndClassifiersDoubledAreReported() {
        String target = "Đây là bước tiến quan trọng đối với quan hệ giữa hai hai nước.";
        List<CheckMatch> m = check.check(unit("vi-VN",
                "Il s'agit d'une étape importante pour les relations entre les deux pays.", target), context());
        assertEquals(List.of("hai hai"), m.stream().map(c -> target.substring(c.offset(), c.offset() + c.length())).toList());
        assertEquals(1, check.check(unit("vi-VN", "Ils ont salué la coopération.", "Họ họ hoan nghênh hợp tác."), context()).size());
        assertEquals(1, check.check(unit("vi-VN", "Un navire est arrivé.", "Một chiếc chiếc tàu đã cập cảng."), context()).size());
    }

    @Test
    void vietnameseReduplicatedContentWordsAndWordsMadeOfADoublingPass() {
        assertEquals(List.of(), check.check(unit("vi-VN", "Les collines verdoyantes, les fleurs rougeâtres.",
                "Những ngọn đồi xanh xanh, những bông hoa đo đỏ."), context()));
        assertEquals(List.of(), check.check(unit("vi-VN", "Au cours des cinq dernières années, les deux pays ont mené des exercices parallèles.",
                "Trong năm năm qua, hai nước tiến hành các cuộc diễn tập song song."), context()));
    }

    @Test
    void aWordDoubledAtTheEndOfACompoundIsReported() {
        // Held-out unit vim080: "cán bộ" (staff) and a second "bộ" that starts nothing.
        String target = "Việt Nam cũng sẵn sàng tiếp nhận cán bộ bộ Cuba sang đào tạo về cơ yếu và công nghiệp quốc"
                + " phòng, ông cho biết thêm.";
        List<CheckMatch> m = check.check(unit("vi-VN", "Il est également prêt à recevoir du personnel cubain pour des"
                + " formations en cryptographie et en industrie de la défense, a-t-il ajouté.", target), context());
        assertEquals(List.of("bộ bộ"), m.stream().map(c -> target.substring(c.offset(), c.offset() + c.length())).toList());
        assertEquals(List.of("bộ"), m.get(0).suggestions());
        String defence = "Hai bên thúc đẩy hợp tác công nghiệp quốc phòng phòng và đào tạo.";
        assertEquals(1, check.check(unit("vi-VN", "Les deux parties promeuvent l'industrie de défense et la formation.",
                defence), context()).size());
    }

    @Test
    void reduplicationAndAWordStartingTheNextCompoundPass() {
        // "đời đời" (for ever) and "người người" stand alone; "cán bộ Bộ Quốc phòng" is the ministry's
        // staff; in "cán bộ bộ đội" the second "bộ" starts "bộ đội" (troops).
        assertEquals(List.of(), check.check(unit("vi-VN", "Que l'amitié Vietnam-Russie demeure éternellement.",
                "Chúc tình hữu nghị Việt Nam - Nga đời đời bền vững, người người vui mừng."), context()));
        assertEquals(List.of(), check.check(unit("vi-VN", "Il a reçu des officiers du ministère de la Défense.",
                "Ông đã tiếp các cán bộ Bộ Quốc phòng."), context()));
        assertEquals(List.of(), check.check(unit("vi-VN", "des officiers et des soldats",
                "cán bộ bộ đội biên phòng"), context()));
    }
}
