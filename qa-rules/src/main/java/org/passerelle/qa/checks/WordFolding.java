package org.passerelle.qa.checks;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares words loosely, the way a name is carried from one language to another: case and
 * diacritics ignored ("Hanoï" = "Hanoi", "Phan Văn Giang" = "Phan Van Giang").
 */
final class WordFolding {
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+(?:['’-][\\p{L}\\p{M}\\p{Nd}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private WordFolding() {
    }

    static String fold(String word) {
        if (word.chars().allMatch(c -> c < 0x80)) {
            // most words of English and French sentences: no diacritic to take off
            return word.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(word.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Folded words of a text, also each part of hyphenated and elided words ("l'Armée" → "armee"). */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = fold(m.group());
            words.add(w);
            for (String part : w.split("['’-]")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        }
        return words;
    }
}
