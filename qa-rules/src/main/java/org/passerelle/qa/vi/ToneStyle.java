package org.passerelle.qa.vi;

import java.util.Locale;

/**
 * The two conventions for the tone mark on open oa, oe, uy: on the main vowel ("hoà", "thuỷ",
 * "khoẻ", the 1980s spelling rules and hunspell-vi) or on the first vowel ("hòa", "thủy", "khỏe",
 * today's press).
 */
public enum ToneStyle {
    MAIN_VOWEL, FIRST_VOWEL;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The style a word shows, or null when it shows none (no oa/oe/uy rhyme with a tone). */
    public static ToneStyle of(String word) {
        ViLetters letters = ViLetters.of(word);
        if (letters.toneCount() != 1) {
            return null;
        }
        for (ViSyllable s : ViSyllable.parses(letters)) {
            if (s.twoStyles()) {
                if (letters.toneIndex() == s.toneIndex()) {
                    return MAIN_VOWEL;
                }
                if (letters.toneIndex() == s.firstVowelIndex()) {
                    return FIRST_VOWEL;
                }
            }
        }
        return null;
    }

    /** {@code word} written in this style (same case pattern). */
    public String respell(String word) {
        ViLetters letters = ViLetters.of(word);
        for (ViSyllable s : ViSyllable.parses(letters)) {
            if (s.twoStyles()) {
                int index = this == MAIN_VOWEL ? s.toneIndex() : s.firstVowelIndex();
                return ViLetters.likeCase(word, letters.withToneAt(index, letters.tone()));
            }
        }
        return word;
    }
}
