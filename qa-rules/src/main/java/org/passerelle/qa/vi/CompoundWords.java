package org.passerelle.qa.vi;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.passerelle.core.lang.WordList;

/** A language's words of two syllables ("cán bộ"), looked up in any case and either tone-mark style. */
public final class CompoundWords {
    private final Set<String> known = new HashSet<>();

    public CompoundWords(WordList words) {
        words.entries().forEach(w -> known.add(key(w)));
    }

    /** Whether {@code first} and {@code second}, one after the other, make one of the words. */
    public boolean contains(String first, String second) {
        return known.contains(key(first + " " + second));
    }

    private static String key(String words) {
        StringBuilder out = new StringBuilder();
        for (String syllable : Normalizer.normalize(words, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(ToneStyle.FIRST_VOWEL.respell(syllable));
        }
        return out.toString();
    }
}
