package org.passerelle.qa.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.Finding;
import org.passerelle.qa.Profile;

/**
 * LanguageTool (spelling, grammar) on small corpus files with the default profile: it finds the
 * real mistakes other people's files have and nothing else. InteropCorpusTest runs without it,
 * because it takes minutes on the whole corpus.
 */
class InteropLanguageToolTest {

    @Test
    void findsTheMisspellingInSymfonysFrenchAndLeavesItsPlaceholdersAlone() throws Exception {
        CorpusRun run = run("symfony-security.fr.xlf");
        // "executée" is a real mistake of the file (unit 3); %minutes% and the other placeholders are not words.
        assertEquals(List.of("3 TARGET spelling 'executée' [exécutée]"), languageToolFindings(run));
    }

    @Test
    void findsTheWordsAnInlineCodeGluesTogetherInTypo3sSource() throws Exception {
        CorpusRun run = run("okapi-Typo3Draft.xlf");
        // The file has "<g>bold</g>word": one word in the published text too.
        assertEquals(List.of("3 SOURCE spelling 'boldword' [bold word]"), languageToolFindings(run));
        assertEquals(FileCounts.of(InteropCorpus.entry("okapi-Typo3Draft.xlf").path()).unitCount(), run.units.size());
    }

    private static CorpusRun run(String name) {
        CorpusRun run = CorpusRun.of(InteropCorpus.entry(name).path(), Profile.defaults());
        assertNull(run.failure, () -> name + ": " + run.failure);
        return run;
    }

    private static List<String> languageToolFindings(CorpusRun run) {
        return run.findings().stream().filter(f -> f.check().equals("spelling") || f.check().equals("grammar"))
                .map(InteropLanguageToolTest::describe).toList();
    }

    /** Unit, side, check, the word flagged and the first suggestion: what a translator acts on. */
    private static String describe(Finding f) {
        return f.unit() + " " + f.side() + " " + f.check() + " '" + wordOf(f) + "' "
                + f.suggestions().subList(0, Math.min(1, f.suggestions().size()));
    }

    private static String wordOf(Finding f) {
        int quote = f.message().indexOf('\'');
        return f.message().substring(quote + 1, f.message().indexOf('\'', quote + 1));
    }
}
