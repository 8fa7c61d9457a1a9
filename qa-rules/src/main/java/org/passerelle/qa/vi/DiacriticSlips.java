package org.passerelle.qa.vi;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.passerelle.core.lang.WordList;

/**
 * Two real syllables that make no word of the language's list but one when only their diacritics
 * change: a slip no syllable or dictionary check sees ("quốc phong" for "quốc phòng", "hang hai"
 * for "hàng hải", "bô trưởng" for "bộ trưởng"), the first word also at the start of a sentence
 * ("Thủ tường đã trao"). The list decides: a word it has passes however
 * near another ("công nhận", "công nhân"). Not a slip: a pair whose changed syllables are all free
 * words ("hai cảng", two ports, beside "hải cảng"), a pair of which a syllable belongs to a
 * word of the list beside it ("thành viên thông qua" is no "viễn thông"), and a pair between two
 * words the list lacks ("bác sĩ quân y" is no "sĩ quan", {@link #straddlesUnlistedWords}).
 */
public final class DiacriticSlips {
    /** One slip: the two words as written and the words of the list they stand for. */
    public record Slip(ViWords.Word first, ViWords.Word second, Set<String> meant) {
        public String written() {
            return first.text() + " " + second.text();
        }
    }

    private final CompoundWords known;
    private final Map<String, Set<String>> byFolded = new HashMap<>();
    private final Set<String> freeWords;
    private final Set<String> freeWithinAClause;

    /**
     * {@code freeWords}: lower-case words that combine with any other (function words, numbers);
     * {@code functionWords}: those of them that need a word after them (prepositions, conjunctions),
     * so that before a clause's end they combine with none ("quan trong." is no "quan" + "trong").
     */
    public DiacriticSlips(WordList words, Set<String> freeWords, Set<String> functionWords) {
        this.known = new CompoundWords(words);
        for (String w : words.entries()) {
            byFolded.computeIfAbsent(fold(CompoundWords.key(w)), f -> new TreeSet<>()).add(w);
        }
        this.freeWords = freeWords;
        this.freeWithinAClause = functionWords.stream().map(CompoundWords::key).collect(Collectors.toSet());
    }

    /** The slips among adjacent lower-case words of {@code words} (as {@code text} has them). */
    public List<Slip> find(List<ViWords.Word> words, String text) {
        List<Slip> slips = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            ViWords.Word a = words.get(i);
            ViWords.Word b = words.get(i + 1);
            if (!adjacent(a, b, text) || !lowerCase(a) && !startsSentence(a, text) || !lowerCase(b)) {
                continue;
            }
            String pair = CompoundWords.key(a.text() + " " + b.text());
            Set<String> meant = byFolded.get(fold(pair));
            if (meant == null || known.contains(a.text(), b.text()) || onlyFreeWordsChanged(pair, meant, endsClause(b, text))
                    || partOfNeighbour(words, i, text) || straddlesUnlistedWords(words, i, text)) {
                continue;
            }
            slips.add(new Slip(a, b, meant));
        }
        return slips;
    }

    /** Whether, for one of the words meant, the syllables written otherwise are all free words. */
    private boolean onlyFreeWordsChanged(String pair, Set<String> meant, boolean atClauseEnd) {
        return meant.stream().anyMatch(m -> onlyFreeWordsChanged(pair.split(" "), CompoundWords.key(m).split(" "), atClauseEnd));
    }

    private boolean onlyFreeWordsChanged(String[] written, String[] word, boolean atClauseEnd) {
        for (int i = 0; i < written.length; i++) {
            boolean free = freeWords.contains(written[i])
                    && !(atClauseEnd && i == written.length - 1 && freeWithinAClause.contains(written[i]));
            if (!written[i].equals(word[i]) && !free) {
                return false;
            }
        }
        return true;
    }

    /** Whether nothing but a clause's punctuation, or the text's end, follows {@code w}. */
    private static boolean endsClause(ViWords.Word w, String text) {
        String after = text.substring(w.end()).strip();
        return after.isEmpty() || ".;:!?".indexOf(after.charAt(0)) >= 0;
    }

    /** Whether the first word makes a word of the list with the one before it, or the second with the one after. */
    private boolean partOfNeighbour(List<ViWords.Word> words, int i, String text) {
        return listed(words, i - 1, i, text) || listed(words, i + 1, i + 2, text);
    }

    /**
     * Whether reading a slip here would strand a syllable on each side: one that is no free word and
     * makes no word of the list with its other neighbour ("bác" and "y" around "sĩ quân" in "các bác
     * sĩ quân y tham gia"). No list has every word, and a pair written between two words it lacks
     * ("bác sĩ", "quân y") looks just like a slip; but a real slip leaves its neighbours standing,
     * as words of the list, free words or a sentence's edge ("truyền thống lâu dời giữa"). One side
     * stranded is not enough: the word beside a slip is often missing from the list too ("nhân mạnh
     * tầm vóc"), and reporting those is what the check is for.
     */
    private boolean straddlesUnlistedWords(List<ViWords.Word> words, int i, String text) {
        return stranded(words, i - 1, i, i - 2, text) && stranded(words, i + 2, i + 1, i + 3, text);
    }

    /** Whether the word at {@code j}, beside the pair's word at {@code inner}, stands alone without it. */
    private boolean stranded(List<ViWords.Word> words, int j, int inner, int outer, String text) {
        if (j < 0 || j >= words.size() || !adjacent(words.get(Math.min(j, inner)), words.get(Math.max(j, inner)), text)
                || !lowerCase(words.get(j)) || freeWords.contains(CompoundWords.key(words.get(j).text()))) {
            return false;
        }
        return !listed(words, Math.min(j, outer), Math.max(j, outer), text);
    }

    /** Whether the adjacent words at {@code a} and {@code b} make a word of the list. */
    private boolean listed(List<ViWords.Word> words, int a, int b, String text) {
        return a >= 0 && b < words.size() && adjacent(words.get(a), words.get(b), text)
                && known.contains(words.get(a).text(), words.get(b).text());
    }

    private static boolean adjacent(ViWords.Word a, ViWords.Word b, String text) {
        return text.substring(a.end(), b.start()).equals(" ");
    }

    /** A capital the sentence gives ("Thủ tường đã trao"): the word is a common one all the same. */
    private static boolean startsSentence(ViWords.Word w, String text) {
        String before = text.substring(0, w.start()).strip();
        return before.isEmpty() || before.endsWith(".") || before.endsWith("!") || before.endsWith("?");
    }

    private static boolean lowerCase(ViWords.Word w) {
        return Character.isLowerCase(w.text().codePointAt(0));
    }

    private static String fold(String words) {
        String decomposed = Normalizer.normalize(words.replace('đ', 'd'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }
}
