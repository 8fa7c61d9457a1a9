package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.passerelle.qa.Units.context;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;
import org.passerelle.glossary.Termbase;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.Profile;
import org.passerelle.qa.Termbases;
import org.passerelle.qa.UnitMatch;
import org.passerelle.qa.Units;
import org.passerelle.xliff.TranslationUnit;

class ViTonePlacementCheckTest {
    private static final TranslationUnit NEW_1 = Units.unit("u1", "vi-VN", "la paix", "Hòa bình và hữu nghị.");
    private static final TranslationUnit NEW_2 = Units.unit("u2", "vi-VN", "la santé", "Sức khỏe của ngư dân và thủy thủ.");
    private static final TranslationUnit OLD_1 = Units.unit("u3", "vi-VN", "la paix", "Hoà bình ở khu vực.");

    private static List<UnitMatch> run(Profile profile, CheckContext context, TranslationUnit... units) {
        ViTonePlacementCheck check = new ViTonePlacementCheck(profile.settings("vi.tone-placement"));
        for (TranslationUnit u : units) {
            check.check(u, context);
        }
        return check.finish(context);
    }

    @Test
    void consistentRunInEitherStylePasses() {
        assertEquals(List.of(), run(Profile.defaults(), context(), NEW_1, NEW_2));
        assertEquals(List.of(), run(Profile.defaults(), context(), OLD_1,
                Units.unit("u4", "vi-VN", "la santé", "Sức khoẻ của thuỷ thủ.")));
    }

    @Test
    void minorityStyleIsReportedWithTheMajoritySpelling() {
        List<UnitMatch> m = run(Profile.defaults(), context(), NEW_1, NEW_2, OLD_1);
        assertEquals(1, m.size());
        assertEquals("u3", m.get(0).unit().id());
        assertEquals(0, m.get(0).match().offset());
        assertEquals(List.of("Hòa"), m.get(0).match().suggestions());
    }

    @Test
    void profileStyleWins() throws Exception {
        List<UnitMatch> m = run(Profile.defaults().with("vi.tone-placement.style", "main-vowel"), context(), NEW_1, NEW_2, OLD_1);
        assertEquals(List.of("Hoà", "khoẻ", "thuỷ"), m.stream().flatMap(x -> x.match().suggestions().stream()).toList());
    }

    @Test
    void termbaseStyleWinsOverTheMajority() {
        Termbase tb = new Termbase("fr", List.of(new Concept("c1", null, null, null, List.of(
                new Term("Partenariat stratégique intégral", "fr", TermStatus.PREFERRED, null),
                new Term("hoà bình", "vi", TermStatus.PREFERRED, null)))));
        List<UnitMatch> m = run(Profile.defaults(), Termbases.context(tb), NEW_1, NEW_2, OLD_1);
        assertEquals(3, m.size(), "the termbase writes hoà, so hòa, khỏe, thủy deviate");
    }
}
