package org.passerelle.lang.fr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.passerelle.lang.languagetool.SuggestionsOnDemand;

/** LazyFrench finds what LanguageTool's French finds, suggestions included, and searches for them only when asked. */
class LazyFrenchTest {
    private static final Language OWN = Languages.getLanguageForShortCode("fr");
    private static List<String> paragraphs;

    @BeforeAll
    static void readTwoArticles() throws IOException {
        paragraphs = new ArrayList<>();
        for (String article : List.of("000_78e9962cff1393cc.txt", "001_7c7e6a35cfde74b3.txt")) {
            for (String p : Files.readString(Path.of("../samples/articles", article)).split("\n")) {
                if (!p.isBlank()) {
                    paragraphs.add(p.strip());
                }
            }
        }
        new French().beforeLanguageTool();
    }

    @Test
    void findsWhatLanguageToolsFrenchFindsWithTheSameSuggestions() throws IOException {
        JLanguageTool own = new JLanguageTool(OWN);
        JLanguageTool lazy = new JLanguageTool(LazyFrench.INSTANCE);
        int spelling = 0;
        int suggested = 0;
        for (String p : paragraphs) {
            List<RuleMatch> expected = own.check(p);
            assertEquals(described(expected), described(lazy.check(p)), p);
            spelling += (int) expected.stream().filter(m -> m.getRule().isDictionaryBasedSpellingRule()).count();
            suggested += (int) expected.stream().filter(m -> !m.getSuggestedReplacements().isEmpty()).count();
        }
        assertTrue(spelling >= 10, "the names and 'délagation' are unknown words: " + spelling);
        assertTrue(suggested >= 3, "some matches have suggestions: " + suggested);
    }

    @Test
    void searchesForAnUnknownWordsSuggestionsOnlyWhenTheyAreRead() throws IOException {
        JLanguageTool own = new JLanguageTool(OWN);
        own.setCleanOverlappingMatches(false);
        List<RuleMatch> matches = own.check("La délagation du général Kartapolov est arrivée à Hanoi  mardi.");
        AtomicInteger filtered = new AtomicInteger();
        List<RuleMatch> deferred = SuggestionsOnDemand.filter(matches, batch -> {
            filtered.incrementAndGet();
            return batch;
        });
        long others = matches.stream().filter(m -> !m.getRule().isDictionaryBasedSpellingRule()).count();
        assertTrue(others >= 1, "the doubled space is no spelling match");
        assertEquals(others, filtered.get(), "only the other matches went through the filter at once");
        RuleMatch typo = deferred.stream().filter(m -> m.getRule().isDictionaryBasedSpellingRule()
                && m.getFromPos() == 3).findFirst().orElseThrow();
        assertEquals("délégation", typo.getSuggestedReplacements().get(0));
        assertEquals(others + 1, filtered.get(), "reading one match's suggestions filtered that match alone");
        assertFalse(deferred.isEmpty());
    }

    @Test
    void spellsWithTheRuleOfLanguageToolsOwnFrench() {
        assertSame(OWN.getDefaultSpellingRule(), LazyFrench.INSTANCE.getDefaultSpellingRule());
        assertTrue(OWN.getWordTokenizer() instanceof QuickFrenchWordTokenizer);
    }

    private static List<String> described(List<RuleMatch> matches) {
        return matches.stream().map(m -> m.getRule().getId() + " " + m.getFromPos() + "-" + m.getToPos() + " "
                + m.getMessage() + " " + m.getSuggestedReplacements()).toList();
    }
}
