package org.passerelle.lang.fr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.languagetool.JLanguageTool;
import org.languagetool.tokenizers.fr.FrenchWordTokenizer;

/** The quick tokenizer gives what LanguageTool's French one gives, for its word lists and for the desk's copy. */
class QuickFrenchWordTokenizerTest {
    private final FrenchWordTokenizer languageTool = new FrenchWordTokenizer();
    private final QuickFrenchWordTokenizer quick = new QuickFrenchWordTokenizer();

    @ParameterizedTest
    @ValueSource(strings = {"/fr/hunspell/spelling.txt", "/fr/hunspell/ignore.txt", 
            "/spelling_global.txt"})
    void everyLineOfLanguageToolsWordListsTokenisesAlike(String list) throws IOException {
        List<String> lines = lines(list);
        assertTrue(lines.size() > 10, list + " has lines: " + lines.size());
        int plain = 0;
        for (String line : lines) {
            assertEquals(languageTool.tokenize(line), quick.tokenize(line), list + ": " + line);
            plain += line.codePoints().allMatch(Character::isLetter) ? 1 : 0;
        }
        if (list.endsWith("spelling.txt")) {
            assertTrue(plain > 15_000, "over half of spelling.txt is plain words: " + plain + " of " + lines.size());
        }
    }

    @Test
    void theBuildRecordedTheCompoundLinesOfTodaysLists() throws IOException {
        var recorded = RecordedTokens.load();
        assertTrue(recorded.size() > 10_000, "lines recorded: " + recorded.size());
        assertEquals(languageTool.tokenize("aujourd'hui"), quick.tokenize("aujourd'hui"));
        int found = 0;
        for (String line : lines("/fr/hunspell/spelling.txt")) {
            found += recorded.containsKey(line) ? 1 : 0;
        }
        assertTrue(found > 14_000, "spelling.txt's compound lines are recorded: " + found);
    }

    @Test
    void theSeedArticlesTokeniseAlike() throws IOException {
        int texts = 0;
        try (Stream<Path> files = Files.list(Path.of("../samples/articles"))) {
            for (Path f : files.toList()) {
                for (String paragraph : Files.readString(f).split("\n")) {
                    assertEquals(languageTool.tokenize(paragraph), quick.tokenize(paragraph), f + ": " + paragraph);
                    texts++;
                }
            }
        }
        assertTrue(texts > 20);
        assertEquals(List.of("l'", "Armée"), quick.tokenize("l'Armée"));
        assertEquals(List.of("Hanoï"), quick.tokenize("Hanoï"));
    }

    private static List<String> lines(String resource) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = JLanguageTool.getDataBroker().getFromResourceDirAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }
}
