package org.passerelle.qa.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.Finding;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;

/** Passolo repeats Windows resource ids as trans-unit ids: the file is read, and the repetition reported. */
class RepeatedUnitIdsTest {

    @Test
    void aPassoloFileWithRepeatedIdsIsCheckedAndGetsOneWarning() throws Exception {
        List<Finding> findings = new ArrayList<>();
        ReportListener collect = new ReportListener() {
            @Override
            public void finding(Finding f) {
                findings.add(f);
            }

            @Override
            public void finished(QaSummary summary) {
            }
        };
        Profile profile = Profile.defaults().with("spelling.enabled", "false").with("grammar.enabled", "false");
        QaSummary summary = QaEngine.builder().profile(profile).targetLanguage("fr").build()
                .run(List.of(InteropCorpus.DIR.resolve("okapi-PAS-10-Test01.xlf")), List.of(collect));
        List<Finding> repeated = findings.stream().filter(f -> f.check().equals("xliff.duplicate-id")).toList();
        assertEquals(1, repeated.size(), findings.toString());
        assertEquals("-", repeated.get(0).unit());
        assertTrue(repeated.get(0).message().startsWith("<trans-unit> id '1' at line 17 is also at line 8"),
                repeated.get(0).message());
        assertTrue(summary.units() > 10, "the units are still checked: " + summary);
    }
}
