package org.passerelle.lang.fr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.CachingWordListLoader;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.tokenizers.fr.FrenchWordTokenizer;
import org.passerelle.core.AtomicFile;

/**
 * What LanguageTool's French word tokenizer makes of each line of the French spelling rule's word
 * lists that is not one plain word ("aujourd'hui", "Vietnam-Russie", "Ho Chi Minh"), recorded when
 * Passerelle is built ({@link #main}) so that {@link QuickFrenchWordTokenizer} need not work it out
 * again in every first run: those 15,000-odd lines cost the rule about 0.7 s of tokenising, the
 * hyphenated ones a tagger lookup each. A recording is used only by the LanguageTool version that
 * made it; without one, the lines take the long way.
 */
public final class RecordedTokens {
    static final String RESOURCE = "org/passerelle/lang/fr/word-list-tokens.tsv";
    private static final String HEADER = "# LanguageTool " + JLanguageTool.VERSION;

    private RecordedTokens() {
    }

    /** Build time: {@code <classes dir>}; writes the recording there, where the jar picks it up. */
    public static void main(String[] args) throws IOException {
        Language french = Languages.getLanguageForShortCode("fr");
        SpellingCheckRule rule = french.getDefaultSpellingRule();
        List<String> lists = new ArrayList<>(List.of(french.getShortCode() + "/hunspell/ignore.txt",
                rule.getSpellingFileName()));
        lists.addAll(rule.getAdditionalSpellingFileNames());
        FrenchWordTokenizer tokenizer = new FrenchWordTokenizer();
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        int recorded = 0;
        for (String list : lists) {
            if (!JLanguageTool.getDataBroker().resourceExists(list)) {
                continue;
            }
            for (String line : new CachingWordListLoader().loadWords(list)) {
                if (!line.contains("\t") && !line.codePoints().allMatch(Character::isLetter)) {
                    List<String> tokens = tokenizer.tokenize(line);
                    out.append(line).append('\t').append(String.join("\t", tokens)).append('\n');
                    recorded++;
                }
            }
        }
        AtomicFile.writeString(Path.of(args[0]).resolve(RESOURCE), out.toString());
        System.out.println("French word-list tokens: " + recorded + " lines recorded");
    }

    /** The recording on the class path, line by line; empty when there is none or it is of another version. */
    static Map<String, List<String>> load() {
        Map<String, List<String>> tokens = new HashMap<>();
        try (InputStream in = RecordedTokens.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return tokens;
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            if (!lines[0].equals(HEADER)) {
                return tokens;
            }
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t", -1);
                tokens.put(f[0], List.of(f).subList(1, f.length));
            }
        } catch (IOException e) {
            // Only the time is lost: the lines are tokenised as LanguageTool does.
            tokens.clear();
        }
        return tokens;
    }
}
