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
}
