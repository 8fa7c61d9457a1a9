package org.passerelle.qa.vi;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A Vietnamese word taken apart: its letters without tone (vowel marks kept: â, ă, ê, ô, ơ, ư, đ),
 * which letter carries the tone mark, and marks Vietnamese does not use.
 *
 * @param base       lower-case letters without tone, NFC, one char per letter
 * @param tone       the tone mark (a combining character), or 0 for level tone
 * @param toneIndex  index in {@code base} of the letter carrying the tone, or -1
 * @param toneCount  how many tone marks the word has (more than one is an error)
 * @param foreign    true when a letter carries a mark Vietnamese does not use ("ç", "ö")
 */
record ViLetters(String base, char tone, int toneIndex, int toneCount, boolean foreign) {
    static final char GRAVE = '\u0300';
    static final char ACUTE = '\u0301';
    static final char TILDE = '\u0303';
    static final char HOOK = '\u0309';
    static final char DOT = '\u0323';
    static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final String VOWEL_MARKS = "\u0302\u0306\u031B";

    static ViLetters of(String word) {
        String nfd = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        StringBuilder letter = new StringBuilder();
        char tone = 0;
        int toneIndex = -1;
        int toneCount = 0;
        boolean foreign = false;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                if (TONES.indexOf(c) >= 0) {
                    tone = c;
                    toneCount++;
                    toneIndex = base.length() + (letter.length() > 0 ? 0 : -1);
                } else if (VOWEL_MARKS.indexOf(c) >= 0 && letter.length() > 0) {
                    letter.append(c);
                } else {
                    foreign = true;
                }
            } else {
                flush(base, letter);
                letter.append(c);
            }
        }
        flush(base, letter);
        return new ViLetters(base.toString(), tone, toneIndex, toneCount, foreign);
    }

    private static void flush(StringBuilder base, StringBuilder letter) {
        if (letter.length() > 0) {
            base.append(Normalizer.normalize(letter, Normalizer.Form.NFC));
            letter.setLength(0);
        }
    }

    /** The word with the tone mark on letter {@code index} (lower case, NFC). */
    String withToneAt(int index, char newTone) {
        StringBuilder nfd = new StringBuilder();
        for (int i = 0; i < base.length(); i++) {
            nfd.append(Normalizer.normalize(String.valueOf(base.charAt(i)), Normalizer.Form.NFD));
            if (i == index && newTone != 0) {
                nfd.append(newTone);
            }
        }
        return Normalizer.normalize(nfd, Normalizer.Form.NFC);
    }

    /** The same spelling in the original's case pattern (first letter capital, or all capitals). */
    static String likeCase(String original, String lower) {
        if (original.length() > 1 && original.equals(original.toUpperCase(Locale.ROOT))) {
            return lower.toUpperCase(Locale.ROOT);
        }
        if (!original.isEmpty() && Character.isUpperCase(original.codePointAt(0))) {
            return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
        }
        return lower;
    }
}
