package org.passerelle.qa.checks;

import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.passerelle.qa.Side;

/**
 * Words a spell checker must not flag in a translation unit: names. A word that appears on both
 * sides, a word of a termbase term, a capitalised source word and an acronym are taken for names;
 * LanguageTool's French dictionary otherwise reports every Vietnamese and Russian name. A capitalised
 * target word one or two letters away from a capitalised source word is the same name transliterated
 * by another convention (French "Beloussov", English "Belousov").
 */
final class SpellingExemptions {
    private final Set<String> sourceWords;
    private final Set<String> targetWords;
    private final Set<String> termWords;
    private final Set<String> sourceNames;

    SpellingExemptions(String source, String target, Set<String> termWords) {
        this.sourceWords = WordFolding.words(source);
        this.sourceNames = capitalisedWords(source);
        this.targetWords = WordFolding.words(target);
        this.termWords = termWords;
    }

    /** True when {@code flagged} (the text a spelling match covers) is a name, not a mistake. */
    boolean exempt(String flagged, Side side) {
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
        if (termWords.contains(folded) || isAcronym(word)) {
            return true;
        }
        boolean capitalised = Character.isUpperCase(word.codePointAt(0));
        if (side == Side.SOURCE) {
            return capitalised || targetWords.contains(folded);
        }
        return sourceWords.contains(folded) || capitalised && transliteratesASourceName(folded);
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
        Set<String> names = new java.util.HashSet<>();
        var m = WordFolding.WORD.matcher(text);
        while (m.find()) {
            if (Character.isUpperCase(m.group().codePointAt(0))) {
                names.add(WordFolding.fold(m.group()));
            }
        }
        return names;
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
