package org.passerelle.qa.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Real LanguageTool (en-GB), from the JVM-wide pool. */
class ProofreaderTest {
    private static final String TYPO = "The Vietnamese goverment met on Tuesday.";

    @Test
    void aMisspellingGetsLanguageToolsSuggestionsWhenAskedFor() {
        Proofreader proofreader = new Proofreader(true, "en-GB");
        ProofMatch m = spellingMatch(proofreader.check("en-GB", TYPO));
        assertEquals("goverment", TYPO.substring(m.offset(), m.offset() + m.length()));
        assertEquals("government", proofreader.suggestions("en-GB", TYPO, m).get(0));
    }

    @Test
    void suggestionsFoundOnceAreKeptForTheNextRun() {
        ProofCache first = ProofCache.inMemory();
        Proofreader proofreader = new Proofreader(true, "en-GB", first);
        List<String> found = proofreader.suggestions("en-GB", TYPO, spellingMatch(proofreader.check("en-GB", TYPO)));

        Proofreader nextRun = new Proofreader(true, "en-GB", ProofCache.of(first.toStore(10))).deferring();
        ProofMatch stored = spellingMatch(nextRun.check("en-GB", TYPO));
        assertTrue(stored.suggested(), "the suggestions were stored with the result");
        assertEquals(found, nextRun.suggestions("en-GB", TYPO, stored));
        assertEquals(0, nextRun.backlog(), "nothing left for LanguageTool");
    }

    private static ProofMatch spellingMatch(List<ProofMatch> matches) {
        List<ProofMatch> spelling = matches.stream().filter(ProofMatch::spelling).toList();
        assertEquals(1, spelling.size(), matches.toString());
        return spelling.get(0);
    }
}
