package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.CheckMatch;

class ViNormalizationCheckTest {
    private final ViNormalizationCheck check = new ViNormalizationCheck();

    @Test
    void composedTextPasses() {
        assertEquals(List.of(), check.check(unit("vi-VN", "La session a expiré.", "Phiên làm việc đã hết hạn."), context()));
    }

    @Test
    void decomposedTextIsReportedAtTheFirstOffendingLetter() {
        // As in Symfony's security.vi.xlf: one word typed with a decomposing input method.
        String target = "Phiên làm " + Normalizer.normalize("việc", Normalizer.Form.NFD) + " đã hết hạn.";
        List<CheckMatch> m = check.check(unit("vi-VN", "La session a expiré.", target), context());
        assertEquals(1, m.size());
        assertEquals(12, m.get(0).offset(), "the e of việc, after v and i");
        assertEquals(List.of("ệ"), m.get(0).suggestions());
        assertTrue(m.get(0).message().contains("NFC"));
    }

    @Test
    void englishTargetsAreNotItsBusiness() {
        String target = Normalizer.normalize("café", Normalizer.Form.NFD);
        assertEquals(List.of(), check.check(unit("en-GB", "café", target), context()));
    }
}
