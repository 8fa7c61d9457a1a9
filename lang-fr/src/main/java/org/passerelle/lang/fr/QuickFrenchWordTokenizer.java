package org.passerelle.lang.fr;

import java.util.ArrayList;
import java.util.List;
import org.languagetool.Language;
import org.languagetool.tokenizers.fr.FrenchWordTokenizer;

/**
 * LanguageTool's French word tokenizer, answering a text of letters alone without its regular
 * expressions. LanguageTool's French spelling rule tokenises each of the 30,000-odd lines of its word
 * lists when it is built; nearly all are one plain word, which the tokenizer gives back as it is,
 * after about fifteen regular-expression passes that cost a first run about half a second.
 */
final class QuickFrenchWordTokenizer extends FrenchWordTokenizer {
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
        return super.tokenize(text);
    }
}
