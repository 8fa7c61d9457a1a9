package org.passerelle.qa.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.passerelle.core.lang.Feature;
import org.passerelle.qa.Check;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.CheckSettings;
import org.passerelle.qa.Side;
import org.passerelle.qa.vi.SyllableRules;
import org.passerelle.qa.vi.ViDictionary;
import org.passerelle.qa.vi.ViWords;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * Vietnamese words that are well-formed syllables but not in the Hunspell dictionary ("thàng").
 * Malformed syllables are vi.syllable's; the same names and foreign words are exempt, and so are
 * capitalised words inside a sentence (proper names the dictionary does not list). Without a
 * dictionary on the machine the check reports nothing (and says so once in the log).
 */
public final class ViSpellingCheck implements Check {
    public static final String ID = "vi.spelling";

    private final Optional<ViDictionary> dictionary;
    private final ViSyllableCheck exemptions = new ViSyllableCheck();

    public ViSpellingCheck(CheckSettings settings) {
        String configured = settings.string("dictionary").strip();
        this.dictionary = ViDictionary.find(configured.isEmpty() ? null : Path.of(configured));
    }

    /** Capitalised inside a sentence: a name ("Huế"), whose syllables the dictionary may not list. */
    private static boolean properName(String text, ViWords.Word w) {
        if (!Character.isUpperCase(w.text().codePointAt(0))) {
            return false;
        }
        String before = text.substring(0, w.start()).stripTrailing();
        return !before.isEmpty() && ".!?:…\"“«(".indexOf(before.charAt(before.length() - 1)) < 0;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckMatch> check(TranslationUnit unit, CheckContext context) {
        if (dictionary.isEmpty() || !context.language(unit, Side.TARGET).has(Feature.VIETNAMESE_SYLLABLES)) {
            return List.of();
        }
        List<CheckMatch> matches = new ArrayList<>();
        for (SegmentPair s : unit.segments()) {
            if (!s.hasTarget()) {
                continue;
            }
            for (ViWords.Word w : exemptions.checkedWords(s, context)) {
                if (properName(s.target(), w) || SyllableRules.check(w.text()).isPresent() || dictionary.get().knows(w.text())) {
                    continue;
                }
                List<String> suggestions = dictionary.get().suggest(w.text());
                matches.add(new CheckMatch(s.id(), Side.TARGET, w.start(), w.text().length(),
                        "'" + w.text() + "' is not in the Vietnamese dictionary"
                                + (suggestions.isEmpty() ? "" : "; did you mean '" + suggestions.get(0) + "'?"),
                        suggestions));
            }
        }
        return matches;
    }
}
