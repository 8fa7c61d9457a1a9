package org.passerelle.qa.checks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.passerelle.core.lang.WordList;
import org.passerelle.qa.vi.ToneStyle;

/**
 * For a target language that writes names with their diacritics (Vietnamese), a name of the
 * translation whose diacritics differ from how it must be written: another name, or a slip ("Lương
 * Cương" for "Lương Cường", "Tô Lam" for "Tô Lâm"). How it must be written is what the language's
 * list of names has, or the source's own diacritics: the translation may add marks a source
 * written without them lacks (house style: "Luong Cuong" as "Lương Cường"; "Nguyên" as "Nguyễn"),
 * but not drop or change one the source has. The tone-mark style ("Hòa", "Hoà") is no difference.
 */
final class NameDiacritics {
    private final WordList names;

    NameDiacritics(WordList names) {
        this.names = names;
    }

    /** A name of the list written with other diacritics in {@code target}, and how the list writes it. */
    record Misspelt(int start, int end, String written, String name) {
    }

    /** The names of the list that {@code source} has (diacritics aside) and {@code target} writes otherwise. */
    List<Misspelt> find(String source, String target) {
        List<Misspelt> found = new ArrayList<>();
        String foldedSource = " " + String.join(" ", folded(TextWord.lettersOf(source))) + " ";
        List<TextWord> words = TextWord.lettersOf(target);
        for (String name : names.entries()) {
            String folded = WordFolding.fold(name);
            if (!foldedSource.contains(" " + folded + " ")) {
                continue;
            }
            int size = name.split(" ").length;
            for (int i = 0; i + size <= words.size(); i++) {
                TextWord first = words.get(i);
                TextWord last = words.get(i + size - 1);
                String written = target.substring(first.start(), last.end()).replaceAll("\\s+", " ");
                if (first.capitalised() && written.split(" ").length == size && WordFolding.fold(written).equals(folded)
                        && !key(written).equals(key(name))) {
                    found.add(new Misspelt(first.start(), last.end(), written, name));
                }
            }
        }
        return found;
    }

    /** Whether {@code target} keeps every diacritic {@code source} puts on its letters (it may add more). */
    static boolean keepsMarks(String source, String target) {
        List<String> s = letters(key(source));
        List<String> t = letters(key(target));
        if (s.size() != t.size()) {
            return true;
        }
        for (int i = 0; i < s.size(); i++) {
            for (char mark : s.get(i).substring(1).toCharArray()) {
                if (t.get(i).indexOf(mark) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The source's name written with diacritics of a language that writes them all (Vietnamese "Tô Lâm"). */
    static boolean marked(String word) {
        return !WordFolding.fold(word).equals(word.toLowerCase(Locale.ROOT));
    }

    /** Each letter decomposed, with its marks after it ("đ" as "d" and a stroke). */
    private static List<String> letters(String word) {
        String decomposed = Normalizer.normalize(word.replace("đ", "d\u0335"), Normalizer.Form.NFD);
        List<String> letters = new ArrayList<>();
        for (char c : decomposed.toCharArray()) {
            if (Character.getType(c) == Character.NON_SPACING_MARK && !letters.isEmpty()) {
                letters.set(letters.size() - 1, letters.get(letters.size() - 1) + c);
            } else {
                letters.add(String.valueOf(c));
            }
        }
        return letters;
    }

    /** Lower case, NFC, each syllable in one tone-mark style. */
    private static String key(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : Normalizer.normalize(words, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(ToneStyle.FIRST_VOWEL.respell(w));
        }
        return out.toString();
    }

    private static List<String> folded(List<TextWord> words) {
        return words.stream().map(w -> WordFolding.fold(w.text())).toList();
    }
}
