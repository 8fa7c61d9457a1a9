package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Finding;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Side;
import org.passerelle.qa.languagetool.Proofreader;
import org.passerelle.xliff.TranslationUnit;

class SegmentLengthCheckTest {
    private static final String SENTENCE = "Les deux pays ont signé  un accord en 2019 sur la mer Orientale, la la coopération. ";

    private static String pasted(int chars) {
        return SENTENCE.repeat(chars / SENTENCE.length() + 1).substring(0, chars);
    }

    private static SegmentLengthCheck check(int max) throws Exception {
        return new SegmentLengthCheck(Profile.defaults().with("segment.too-long.max-characters", String.valueOf(max))
                .settings("segment.too-long"));
    }

    @Test
    void aSegmentUpToTheLimitPasses() throws Exception {
        assertEquals(List.of(), check(100).check(unit("en-GB", pasted(100), pasted(100)), context()));
    }

    @Test
    void anOverLongTargetIsOneFindingFromTheLimitOn() throws Exception {
        List<CheckMatch> m = check(100).check(unit("en-GB", "Court.", pasted(250)), context());
        assertEquals(1, m.size());
        assertEquals(Side.TARGET, m.get(0).side());
        assertEquals(100, m.get(0).offset());
        assertEquals(150, m.get(0).length());
        assertEquals("Segment of 250 characters, over the limit of 100: its unit is not checked; split it into sentences",
                m.get(0).message());
    }

    @Test
    void anOverLongSourceIsReportedOnTheSourceEvenUntranslated() throws Exception {
        List<CheckMatch> m = check(100).check(unit("en-GB", pasted(101), null), context());
        assertEquals(1, m.size());
        assertEquals(Side.SOURCE, m.get(0).side());
    }

    @Test
    void languageToolNeverGetsATextOverItsLimit() {
        Proofreader proofreader = new Proofreader(true, "en-GB");
        assertEquals(List.of(), proofreader.check("en-GB", pasted(Proofreader.MAX_TEXT_CHARS + 1)));
        assertEquals(0, proofreader.cachedResults());
    }

    /**
     * Five megabytes of doubled spaces, repeated words and wrong numbers: one finding per side, in
     * seconds (LanguageTool is off here only because starting it costs more than the rest of the
     * test; that it never gets the text is the test above).
     */
    @Test
    void theEngineGivesAUnitWithAnOverLongSegmentOnlyThisCheck() throws Exception {
        String huge = pasted(5_000_000);
        TranslationUnit unit = unit("en-GB", huge, huge.replace("2019", "2018"));
        List<Finding> findings = new ArrayList<>();
        QaSummary summary = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> QaEngine.builder()
                .profile(Profile.defaults().with("spelling.enabled", "false").with("grammar.enabled", "false")).build()
                .check(List.of(unit), List.of(new ReportListener() {
                    @Override
                    public void finding(Finding f) {
                        findings.add(f);
                    }

                    @Override
                    public void finished(QaSummary s) {
                    }
                })));
        assertEquals(List.of("segment.too-long", "segment.too-long"), findings.stream().map(Finding::check).toList());
        assertEquals(2, summary.errors(), "source and target, one finding each");
    }
}
