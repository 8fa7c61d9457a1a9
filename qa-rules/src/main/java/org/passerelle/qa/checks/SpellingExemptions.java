package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.passerelle.qa.Side;

/**
 * Words a spell checker must not flag in a translation unit: names, not words. In the translation
 * a name is a capitalised word the source has capitalised too ("Kartapolov"), or one or two
 * letters away from such a word (the same name transliterated by another convention: French
 * "Beloussov", English "Belousov"); an acronym; or a word inside a termbase term, which is
 * written as the termbase has it ("Ministry of National Defence" in an en-US file), or inside an
 * address or a placeholder ("%minutes%", {@link Verbatim}). A lower-case
 * word is checked even when the source has it: "centre" next to the French "centre" is British
 * spelling in an en-US file. In the French copy, capitalised words and words the translation
 * keeps are taken for names, since LanguageTool's French dictionary otherwise reports every
 * Vietnamese and Russian name. Words of the profile's {@code ignore-words} are never flagged.
 */
final class SpellingExemptions {
    private final Set<String> sourceNames;
    private final Set<String> targetWords;
    private final Set<String> ignored;
    private final List<int[]> termSpans;

    /**
     * @param termSpans the spans of termbase terms in the text checked (start, end)
     * @param ignored   folded words never flagged
     */
    SpellingExemptions(String source, String target, List<int[]> termSpans, Set<String> ignored) {
        this.sourceNames = capitalisedWords(source);
        this.targetWords = WordFolding.words(target);
        this.termSpans = termSpans;
        this.ignored = ignored;
    }

    /** These exemptions, with the verbatim items of {@code checked} (addresses, placeholders) exempt as terms are. */
    static SpellingExemptions of(String source, String target, String checked, List<int[]> termSpans, Set<String> ignored) {
        List<int[]> spans = new ArrayList<>(termSpans);
        spans.addAll(Verbatim.spans(checked));
        return new SpellingExemptions(source, target, spans, ignored);
    }

    /** True when {@code flagged} (the text a spelling match covers, at {@code offset}) is a name, not a mistake. */
    boolean exempt(String flagged, int offset, Side side) {
        if (termSpans.stream().anyMatch(t -> offset >= t[0] && offset + flagged.length() <= t[1])) {
            return true;
        }
        var m = WordFolding.WORD.matcher(flagged);
        boolean any = false;
        while (m.find()) {
            any = true;
            if (!exemptWord(m.group(), side)) {
                return false;
            }
        }
        return any;
    }

    private boolean exemptWord(String word, Side side) {
        String folded = WordFolding.fold(word);
        if (ignored.contains(folded) || isAcronym(word)) {
            return true;
        }
        boolean capitalised = Character.isUpperCase(word.codePointAt(0));
        if (side == Side.SOURCE) {
            return capitalised || targetWords.contains(folded);
        }
        return capitalised && (sourceNames.contains(folded) || transliteratesASourceName(folded));
    }

    private boolean transliteratesASourceName(String folded) {
        int allowed = Math.min(2, folded.length() / 4);
        if (allowed == 0) {
            return false;
        }
        LevenshteinDistance distance = new LevenshteinDistance(allowed);
        return sourceNames.stream().anyMatch(name -> name.charAt(0) == folded.charAt(0)
                && distance.apply(name, folded) >= 0);
    }

    private static Set<String> capitalisedWords(String text) {
        Set<String> names = new HashSet<>();
        var m = WordFolding.WORD.matcher(text);
        while (m.find()) {
            if (Character.isUpperCase(m.group().codePointAt(0))) {
                names.add(WordFolding.fold(m.group()));
                for (String part : WordFolding.fold(m.group()).split("['’-]")) {
                    names.add(part);
                }
            }
        }
        return names;
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
