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
}
