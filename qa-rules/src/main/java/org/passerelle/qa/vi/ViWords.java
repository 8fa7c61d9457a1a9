package org.passerelle.qa.vi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Vietnamese text into words with their offsets in the text as written (combining marks
 * stay with their letter, so offsets hold even in text that is not NFC).
 */
public final class ViWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    public record Word(int start, String text) {
        public int end() {
            return start + text.length();
        }
    }

    private ViWords() {
    }

    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.start(), m.group()));
        }
        return words;
    }
}
