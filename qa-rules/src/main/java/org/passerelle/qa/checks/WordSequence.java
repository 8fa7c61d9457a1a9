package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** A text as its folded words in order ("Ministry of National Defence" → ministry, of, national, defence). */
final class WordSequence {
    private WordSequence() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WordFolding.WORD.matcher(text);
        while (m.find()) {
            words.add(WordFolding.fold(m.group()));
        }
        return words;
    }
}
