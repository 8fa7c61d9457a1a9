package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.context;
import static org.passerelle.qa.Units.unit;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Profile;
import org.passerelle.qa.Side;
import org.passerelle.xliff.InlineCode;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationState;
import org.passerelle.xliff.TranslationUnit;

/** Real LanguageTool, sharing the JVM-wide instances with SpellingCheckTest. */
class GrammarCheckTest {
    private final GrammarCheck check = new GrammarCheck(Profile.defaults().settings("grammar"));

    @Test
    void seedAgreementErrorIsCaughtInTheFrenchSource() {
        List<CheckMatch> m = check.check(unit("en-GB", SpellingCheckTest.SEED_000, SpellingCheckTest.SEED_000_EN), context());
        assertEquals(1, m.size(), m.toString());
        assertEquals(Side.SOURCE, m.get(0).side());
        assertEquals("générale", SpellingCheckTest.SEED_000.substring(m.get(0).offset(), m.get(0).offset() + m.get(0).length()));
    }

    @Test
    void englishGrammarMistakeIsCaught() {
        String target = "The two delegations signed an memorandum of understanding.";
        List<CheckMatch> m = check.check(unit("en-GB", "Les deux délégations ont signé un mémorandum d'accord.", target), context());
        assertTrue(m.stream().anyMatch(c -> c.side() == Side.TARGET && c.suggestions().contains("a")), m.toString());
    }

    @Test
    void addressesAndHandlesAreCopiedNotProofread() {
        // LanguageTool takes the "fr" of the desk's handle for the abbreviation of franc.
        String target = "For any questions, write to presse@vietnamplus.vn or follow @VNA_fr.";
        List<CheckMatch> m = check.check(unit("en-US", "Pour toute question, écrivez à presse@vietnamplus.vn ou suivez @VNA_fr.",
                target), context());
        assertEquals(List.of(), m);
        List<CheckMatch> prose = check.check(unit("en-US", "Pour toute question, suivez VNA_fr.",
                "For any questions, follow VNA_fr."), context());
        assertTrue(prose.stream().anyMatch(c -> c.message().contains("franc")), "without the @ it is prose to LanguageTool: " + prose);
    }

    @Test
    void ignoredRulesAreNotReported() throws Exception {
        // The doubled word is LanguageTool's repetition rule, which words.repeated already reports.
        String source = "effectue une visite officielle du du 21 au 24 octobre au Vietnam.";
        GrammarCheck all = new GrammarCheck(Profile.defaults().with("grammar.ignore-rules", "").settings("grammar"));
        assertTrue(all.check(unit("en-GB", source, null), context()).stream().anyMatch(c -> c.message().contains("REPEAT")));
        assertTrue(check.check(unit("en-GB", source, null), context()).stream().noneMatch(c -> c.message().contains("REPEAT")));
    }

    @Test
    void aTargetKeepingTheSourcesLowerCaseStartIsNotAnError() {
        // Seed article 003's dateline; the same target after a capitalised source is flagged.
        List<CheckMatch> kept = check.check(unit("en-GB", "date 2024-08", "date 2024-08"), context());
        assertTrue(kept.stream().noneMatch(c -> c.side() == Side.TARGET), kept.toString());
        List<CheckMatch> changed = check.check(unit("en-GB", "Le 1er décembre.", "the 1st of December."), context());
        assertTrue(changed.stream().anyMatch(c -> c.side() == Side.TARGET && c.message().contains("UPPERCASE_SENTENCE_START")),
                changed.toString());
    }

    @Test
    void anInlineLineBreakIsANewLineNotAMissingSpace() {
        // A caption and its credit, separated by <x ctype="lb"/> in the XLIFF.
        String target = "General Secretary To Lam.Photo: VNA";
        InlineCode lineBreak = new InlineCode("1", InlineCode.Kind.PLACEHOLDER, "General Secretary To Lam.".length(), "lb", null);
        TranslationUnit unit = TranslationUnit.builder().file("test.xlf").id("u1").languages("fr-FR", "en-US")
                .state(TranslationState.TRANSLATED).segments(List.of(new SegmentPair("1", "Le secrétaire général To Lam.Photo: VNA",
                        target, List.of(lineBreak), List.of(lineBreak)))).build();
        List<CheckMatch> m = check.check(unit, context());
        assertTrue(m.stream().noneMatch(c -> c.side() == Side.TARGET), m.toString());
        assertTrue(check.check(unit("en-US", "Le secrétaire général To Lam.Photo: VNA", target), context()).stream()
                .anyMatch(c -> c.side() == Side.TARGET && c.message().contains("SENTENCE_WHITESPACE")));
    }

    @Test
    void aWeekdayIsNotJudgedAgainstTheYearTheQaRunsIn() {
        // Whatever the day, some year's 16 September is no Thursday: the result must not depend on it.
        String target = "The talks were held in Hanoi on Thursday, September 16.";
        List<CheckMatch> m = check.check(unit("en-US", "L'entretien s'est tenu à Hanoi le jeudi 16 septembre.", target), context());
        assertTrue(m.stream().noneMatch(c -> c.message().contains("DATE")), m.toString());
    }
}
