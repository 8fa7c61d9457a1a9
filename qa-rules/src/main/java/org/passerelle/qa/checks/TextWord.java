package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word of a text with its place: letters (and digits) joined by apostrophes and hyphens ("l'Armée", "co-chaired"). */
record TextWord(int start, int end, String text) {
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{M}]+");

    static List<TextWord> of(String text) {
        return find(WordFolding.WORD, text);
    }

    /** Runs of letters only: "l'Armée" is "l" and "Armée", "Kartapolov's" is "Kartapolov" and "s". */
    static List<TextWord> lettersOf(String text) {
        return find(LETTERS, text);
    }

    private static List<TextWord> find(Pattern pattern, String text) {
        List<TextWord> words = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            words.add(new TextWord(m.start(), m.end(), m.group()));
        }
        return words;
    }

    boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** All letters upper case and at least two: "APEC", "ADMM", "QĐND". */
    boolean acronym() {
        return text.codePoints().filter(Character::isLetter).count() >= 2
                && text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** True when nothing but spaces, quotes or brackets stand before it in {@code text}, or a sentence ends right before. */
    boolean startsSentence(String text) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'«“‘([-–—".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?…:".indexOf(text.charAt(i)) >= 0;
    }
}
