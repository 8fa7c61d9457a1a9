package org.passerelle.qa.vi;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.passerelle.core.lang.WordList;

/**
 * Two real syllables that make no word of the language's list but one when only their diacritics
 * change: a slip no syllable or dictionary check sees ("quốc phong" for "quốc phòng", "hang hai"
 * for "hàng hải", "bô trưởng" for "bộ trưởng"). The list decides: a word it has passes however
 * near another ("công nhận", "công nhân"). Not a slip: a pair whose changed syllables are all free
 * words ("hai cảng", two ports, beside "hải cảng"), and a pair of which a syllable belongs to a
 * word of the list beside it ("thành viên thông qua" is no "viễn thông").
 */
public final class DiacriticSlips {
    /** One slip: the two words as written and the words of the list they stand for. */
    public record Slip(ViWords.Word first, ViWords.Word second, Set<String> meant) {
        public String written() {
            return first.text() + " " + second.text();
        }
    }

    private final Set<String> known;
    private final Map<String, Set<String>> byFolded = new HashMap<>();
    private final Set<String> freeWords;

    /** {@code freeWords}: lower-case words that combine with any other (function words, numbers). */
    public DiacriticSlips(WordList words, Set<String> freeWords) {
        this.known = new TreeSet<>();
        for (String w : words.entries()) {
            String k = key(w);
            known.add(k);
            byFolded.computeIfAbsent(fold(k), f -> new TreeSet<>()).add(w);
        }
        this.freeWords = freeWords;
    }

    /** The slips among adjacent lower-case words of {@code words} (as {@code text} has them). */
    public List<Slip> find(List<ViWords.Word> words, String text) {
        List<Slip> slips = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            ViWords.Word a = words.get(i);
            ViWords.Word b = words.get(i + 1);
            if (!adjacent(a, b, text) || !lowerCase(a) || !lowerCase(b)) {
                continue;
            }
            String pair = key(a.text() + " " + b.text());
            Set<String> meant = byFolded.get(fold(pair));
            if (meant == null || known.contains(pair) || onlyFreeWordsChanged(pair, meant)
                    || partOfNeighbour(words, i, text)) {
                continue;
            }
            slips.add(new Slip(a, b, meant));
        }
        return slips;
    }

    /** Whether, for one of the words meant, the syllables written otherwise are all free words. */
    private boolean onlyFreeWordsChanged(String pair, Set<String> meant) {
        return meant.stream().anyMatch(m -> onlyFreeWordsChanged(pair.split(" "), key(m).split(" ")));
    }

    private boolean onlyFreeWordsChanged(String[] written, String[] word) {
        for (int i = 0; i < written.length; i++) {
            if (!written[i].equals(word[i]) && !freeWords.contains(written[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the first word makes a word of the list with the one before it, or the second with the one after. */
    private boolean partOfNeighbour(List<ViWords.Word> words, int i, String text) {
        return i > 0 && adjacent(words.get(i - 1), words.get(i), text)
                && known.contains(key(words.get(i - 1).text() + " " + words.get(i).text()))
                || i + 2 < words.size() && adjacent(words.get(i + 1), words.get(i + 2), text)
                && known.contains(key(words.get(i + 1).text() + " " + words.get(i + 2).text()));
    }

    private static boolean adjacent(ViWords.Word a, ViWords.Word b, String text) {
        return text.substring(a.end(), b.start()).equals(" ");
    }

    private static boolean lowerCase(ViWords.Word w) {
        return Character.isLowerCase(w.text().codePointAt(0));
    }

    /** Lower case, NFC, each syllable in one tone style ("hoà bình" and "hòa bình" are one word). */
    private static String key(String words) {
        StringBuilder out = new StringBuilder();
        for (String syllable : Normalizer.normalize(words, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(ToneStyle.FIRST_VOWEL.respell(syllable));
        }
        return out.toString();
    }

    private static String fold(String words) {
        String decomposed = Normalizer.normalize(words.replace('đ', 'd'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }
}
