package org.passerelle.qa.vi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a word can be a Vietnamese syllable and, if not, says why and how to fix it:
 * impossible onset, vowel cluster or final; a stop final (-c, -ch, -p, -t) with a tone other than
 * sắc or nặng; two tone marks; a misplaced mark; a Cyrillic or Greek look-alike among Latin letters.
 */
public final class SyllableRules {
    /** Cyrillic and Greek letters that pass for Latin ones. */
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
            Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'), Map.entry('ο', 'o'), Map.entry('α', 'a'),
            Map.entry('ν', 'v'), Map.entry('τ', 't'), Map.entry('Н', 'H'), Map.entry('Т', 'T'), Map.entry('М', 'M'),
            Map.entry('К', 'K'), Map.entry('В', 'B'), Map.entry('А', 'A'), Map.entry('Е', 'E'), Map.entry('О', 'O'),
            Map.entry('С', 'C'), Map.entry('Р', 'P'), Map.entry('Х', 'X'));

    /** What is wrong with a word, and replacements (best first). */
    public record Problem(String message, List<String> suggestions) {
    }

    private SyllableRules() {
    }

    public static Optional<Problem> check(String word) {
        Optional<Problem> script = lookAlike(word);
        if (script.isPresent()) {
            return script;
        }
        ViLetters letters = ViLetters.of(word);
        if (letters.foreign()) {
            return Optional.of(new Problem("'" + word + "' has a mark Vietnamese does not use", List.of()));
        }
        if (letters.toneCount() > 1) {
            return Optional.of(new Problem("'" + word + "' has " + letters.toneCount() + " tone marks; a syllable takes one",
                    List.of()));
        }
        List<ViSyllable> parses = ViSyllable.parses(letters);
        if (parses.isEmpty()) {
            return Optional.of(new Problem("'" + word + "' is not a possible Vietnamese syllable", List.of()));
        }
        ViSyllable s = parses.get(0);
        if (s.stopFinal() && letters.tone() != ViLetters.ACUTE && letters.tone() != ViLetters.DOT) {
            String fin = s.rhyme().endsWith("ch") ? "ch" : s.rhyme().substring(s.rhyme().length() - 1);
            return Optional.of(new Problem("'" + word + "' ends in -" + fin + ", which takes only the sắc or nặng tone",
                    List.of(respelled(word, letters, s.toneIndex(), ViLetters.DOT),
                            respelled(word, letters, s.toneIndex(), ViLetters.ACUTE))));
        }
        if (letters.toneCount() == 1) {
            boolean placed = parses.stream().anyMatch(p -> letters.toneIndex() == p.toneIndex()
                    || p.twoStyles() && letters.toneIndex() == p.firstVowelIndex());
            if (!placed) {
                return Optional.of(new Problem("'" + word + "': the tone mark belongs on '" + s.letters().base().charAt(s.toneIndex())
                        + "'", List.of(respelled(word, letters, s.toneIndex(), letters.tone()))));
            }
        }
        return Optional.empty();
    }

    private static String respelled(String word, ViLetters letters, int index, char tone) {
        return ViLetters.likeCase(word, letters.withToneAt(index, tone));
    }

    private static Optional<Problem> lookAlike(String word) {
        boolean latin = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        if (!latin) {
            return Optional.empty();
        }
        StringBuilder fixed = new StringBuilder();
        Character found = null;
        for (char c : word.toCharArray()) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK) {
                found = found == null ? c : found;
                fixed.append(LOOK_ALIKES.getOrDefault(c, c));
            } else {
                fixed.append(c);
            }
        }
        if (found == null) {
            return Optional.empty();
        }
        String name = Character.UnicodeScript.of(found) == Character.UnicodeScript.CYRILLIC ? "Cyrillic" : "Greek";
        return Optional.of(new Problem("'" + word + "' mixes a " + name + " letter '" + found + "' (U+"
                + String.format("%04X", (int) found) + ") into Latin text", fixed.toString().equals(word) ? List.of() : List.of(fixed.toString())));
    }
}
