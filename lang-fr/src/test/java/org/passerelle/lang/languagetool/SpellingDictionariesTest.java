package org.passerelle.lang.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import morfologik.fsa.FSA;
import morfologik.stemming.Dictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.fr.MorfologikFrenchSpellerRule;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * The French spelling dictionary the build recorded is the one LanguageTool compiles from its word
 * lists, and LanguageTool spells with it instead of compiling its own.
 */
class SpellingDictionariesTest {
    private static final SpellingDictionaries.Recording BUILD = name -> SpellingDictionaries.class.getClassLoader()
            .getResourceAsStream(SpellingDictionaries.RESOURCES + name);

    @Test
    void theBuildRecordedWhatLanguageToolCompilesFromTodaysLists(@TempDir Path dir) throws IOException {
        List<String> recorded = SpellingDictionaries.index(BUILD, "fr");
        assertEquals(2, recorded.size(), "one dictionary recorded for French: " + recorded);
        String[] row = recorded.get(1).split("\t");
        Map<String, Dictionary> cache = SpellingDictionaries.cache().orElseThrow();
        synchronized (SpellingDictionariesTest.class) {
            cache.remove(row[1]);
            assertEquals(1, SpellingDictionaries.record("fr", freshRule(), dir));
        }
        SpellingDictionaries.Recording fresh = SpellingDictionaries.Recording.in(dir);
        List<String> index = SpellingDictionaries.index(fresh, "fr");
        assertEquals(recorded.get(1).split("\t")[1], index.get(1).split("\t")[1], "the same cache key");
        Dictionary compiled = SpellingDictionaries.read(fresh, index.get(1).split("\t")[0]);
        Dictionary shipped = SpellingDictionaries.read(BUILD, row[0]);
        Set<ByteBuffer> words = sequences(shipped.fsa);
        assertTrue(words.size() > 30_000, "French spelling.txt has tens of thousands of words: " + words.size());
        assertEquals(sequences(compiled.fsa), words);
        assertEquals(compiled.metadata.getAttributes(), shipped.metadata.getAttributes());
    }

    @Test
    void languageToolSpellsWithTheRecordedDictionaryAndCompilesNone() throws IOException {
        List<String> index = SpellingDictionaries.index(BUILD, "fr");
        String key = index.get(1).split("\t")[1];
        Map<String, Dictionary> cache = SpellingDictionaries.cache().orElseThrow();
        Dictionary handed;
        SpellingCheckRule spelling;
        synchronized (SpellingDictionariesTest.class) {
            cache.remove(key);
            assertEquals(1, SpellingDictionaries.load(index, BUILD, cache));
            handed = cache.get(key);
            spelling = freshRule();
            assertTrue(spelling.isMisspelled("délagation"), "the seed article's typo");
            assertFalse(spelling.isMisspelled("délégation"));
        }
        assertSame(handed, cache.get(key), "LanguageTool used the recorded dictionary and compiled none");
    }

    @Test
    void aRecordingOfAnotherLanguageToolVersionIsNotUsed() throws IOException {
        Map<String, Dictionary> cache = new HashMap<>();
        assertEquals(0, SpellingDictionaries.load(List.of("# LanguageTool 5.9", "fr-1\tkey"), BUILD, cache));
        assertTrue(cache.isEmpty());
    }

    @Test
    void aDamagedRecordingSaysWhichFileIsMissing() {
        IOException e = assertThrows(IOException.class, () -> SpellingDictionaries.load(
                List.of(SpellingDictionaries.index(BUILD, "fr").get(0), "fr-9\tkey"), BUILD, new HashMap<>()));
        assertTrue(e.getMessage().contains("fr-9"), e.getMessage());
    }

    /** A French spelling rule that has not spelled yet: it takes its dictionaries from LanguageTool's cache, or compiles them. */
    private static SpellingCheckRule freshRule() throws IOException {
        Language french = Languages.getLanguageForShortCode("fr");
        return new MorfologikFrenchSpellerRule(JLanguageTool.getMessageBundle(french), french, null, List.of());
    }

    private static Set<ByteBuffer> sequences(FSA fsa) {
        Set<ByteBuffer> all = new HashSet<>();
        for (ByteBuffer sequence : fsa) {
            ByteBuffer copy = ByteBuffer.allocate(sequence.remaining());
            copy.put(sequence.duplicate()).flip();
            all.add(copy);
        }
        return all;
    }
}
