package org.passerelle.qa.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckRegistry;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;
import org.passerelle.xliff.XliffReader;

/** The labelled set is what issue #14 asks for, and its XLIFF says what its label tables say. */
class LabelledSetTest {

    @Test
    void atLeast150UnitsHalfOfThemClean() {
        List<LabelledUnit> all = LabelledSet.all();
        long clean = all.stream().filter(LabelledUnit::clean).count();
        assertTrue(all.size() >= 150, all.size() + " units");
        assertTrue(clean >= all.size() * 0.45 && clean <= all.size() * 0.55, clean + " clean of " + all.size());
    }

    @Test
    void everyLabelIsACheck() {
        Set<String> ids = CheckRegistry.all().stream().map(CheckDefinition::id).collect(Collectors.toSet());
        for (LabelledUnit u : LabelledSet.all()) {
            assertTrue(u.clean() || ids.contains(u.label()), u.id() + ": no check " + u.label());
        }
    }

    @Test
    void theXliffHoldsTheTablesUnits() throws Exception {
        for (String[] f : LabelledSet.FILES) {
            List<TranslationUnit> units = new ArrayList<>();
            new XliffReader().read(LabelledSet.resource(f[2]), f[2], units::add);
            List<LabelledUnit> labelled = LabelledSet.read(LabelledSet.resource(f[1]));
            assertEquals(labelled.stream().map(LabelledUnit::id).toList(), units.stream().map(TranslationUnit::id).toList(),
                    f[2] + " is not written from " + f[1] + ": run LabelledSetWriter");
            for (int i = 0; i < units.size(); i++) {
                assertEquals(plain(labelled.get(i).sources()), units.get(i).segments().stream().map(SegmentPair::source).toList());
                assertEquals(plain(labelled.get(i).targets()), units.get(i).segments().stream().map(SegmentPair::target).toList());
                assertEquals(f[0], units.get(i).targetLanguage());
            }
        }
    }

    private static List<String> plain(List<String> segments) {
        return segments.stream().map(s -> s.replaceAll("\\{(lb|b|/b)\\}", "")).toList();
    }
}
