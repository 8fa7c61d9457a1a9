package org.passerelle.qa.checks;

import java.util.Set;
import org.passerelle.qa.Side;

/**
 * Words a spell checker must not flag in a translation unit: names. A word that appears on both
 * sides, a word of a termbase term, a capitalised source word and an acronym are taken for names;
 * LanguageTool's French dictionary otherwise reports every Vietnamese and Russian name.
 */
final class SpellingExemptions {
    private final Set<String> sourceWords;
    private final Set<String> targetWords;
    private final Set<String> termWords;

    SpellingExemptions(String source, String target, Set<String> termWords) {
        this.sourceWords = WordFolding.words(source);
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
        return sourceWords.contains(folded);
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
