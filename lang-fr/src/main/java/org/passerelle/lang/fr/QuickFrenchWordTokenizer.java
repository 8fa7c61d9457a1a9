package org.passerelle.lang.fr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.languagetool.Language;
import org.languagetool.tokenizers.fr.FrenchWordTokenizer;

/**
 * LanguageTool's French word tokenizer, answering a text of letters alone without its regular
 * expressions. LanguageTool's French spelling rule tokenises each line of its word lists when it is
 * built; 19,698 of the 34,718 lines of its {@code spelling.txt} are one plain word, which the tokenizer
 * gives back as it is after about fifteen regular-expression passes: about half a second of a first
 * run. The other lines ("aujourd'hui", "Vietnam-Russie") it finds in what the build recorded
 * ({@link RecordedTokens}).
 */
final class QuickFrenchWordTokenizer extends FrenchWordTokenizer {
    private static final Map<String, List<String>> RECORDED = RecordedTokens.load();

    /**
     * Gives {@code language} this tokenizer unless it has one already; before its spelling rule is
     * first built, or that rule reads its lists the slow way.
     */
    static synchronized void installIn(Language language) {
        if (!(language.getWordTokenizer() instanceof QuickFrenchWordTokenizer)) {
            language.setWordTokenizer(new QuickFrenchWordTokenizer());
        }
    }

    @Override
    public List<String> tokenize(String text) {
        if (!text.isEmpty() && text.codePoints().allMatch(Character::isLetter)) {
            List<String> word = new ArrayList<>(1);
            word.add(text);
            return word;
        }
        List<String> recorded = RECORDED.get(text);
        return recorded != null ? new ArrayList<>(recorded) : super.tokenize(text);
    }
}
