package org.passerelle.qa.checks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.Feature;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.CheckSettings;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.LanguageScope;
import org.passerelle.qa.Parameter;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.qa.vi.DiacriticSlips;
import org.passerelle.qa.vi.SyllableRules;
import org.passerelle.qa.vi.ViDictionary;
import org.passerelle.qa.vi.ViWords;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * Vietnamese words that are well-formed syllables but not in the Hunspell dictionary ("thàng").
 * Malformed syllables are vi.syllable's; the same names and foreign words are exempt, and so are
 * capitalised words inside a sentence (proper names the dictionary does not list). Without a
 * dictionary on the machine that part reports nothing (and says so once in the log). Real syllables
 * that make a slip for a word of the language's list ({@link DiacriticSlips}: "quốc phong" for
 * "quốc phòng") are reported with or without it.
 */
public final class ViSpellingCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("vi.spelling", IssueType.MISSPELLING,
            Severity.WARNING, "Well-formed Vietnamese syllables missing from the Hunspell dictionary (needs hunspell-vi),"
                    + " and real syllables that misspell a frequent word by their diacritics (\"quốc phong\")",
            ViSpellingCheck::new)
            .parameter(Parameter.string("dictionary", "", "path to vi_VN.dic (vi_VN.aff beside it); empty: look in"
                    + " /usr/share/hunspell and /usr/share/myspell (Debian: apt-get install hunspell-vi)"))
            .languages(LanguageScope.VIETNAMESE);

    private final Path configured;
    private final ViSyllableCheck exemptions = new ViSyllableCheck();
    private volatile Optional<ViDictionary> dictionary;
    private final Map<LanguageSupport, DiacriticSlips> slips = new ConcurrentHashMap<>();

    public ViSpellingCheck(CheckSettings settings) {
        super(DEFINITION);
        String path = settings.string("dictionary").strip();
        this.configured = path.isEmpty() ? null : Path.of(path);
    }

    /** Loaded on the first Vietnamese unit: a run whose units are all cached never pays for it. */
    private Optional<ViDictionary> dictionary() {
        Optional<ViDictionary> d = dictionary;
        if (d == null) {
            d = ViDictionary.find(configured);
            dictionary = d;
        }
        return d;
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
    protected boolean appliesTo(TranslationUnit unit, CheckContext context) {
        return context.language(unit, Side.TARGET).has(Feature.VIETNAMESE_SYLLABLES);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        checkSlips(unit, s, context, matches);
        if (dictionary().isEmpty()) {
            return;
        }
        for (ViWords.Word w : exemptions.checkedWords(unit, s, context)) {
            if (properName(s.target(), w) || SyllableRules.check(w.text()).isPresent() || dictionary().get().knows(w.text())) {
                continue;
            }
            List<String> suggestions = dictionary().get().suggest(w.text());
            matches.add(new CheckMatch(s.id(), Side.TARGET, w.start(), w.text().length(),
                    "'" + w.text() + "' is not in the Vietnamese dictionary"
                            + (suggestions.isEmpty() ? "" : "; did you mean '" + suggestions.get(0) + "'?"),
                    suggestions));
        }
    }

    /** Pairs of real syllables that misspell a word of the list; malformed syllables are vi.syllable's. */
    private void checkSlips(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        LanguageSupport language = context.language(unit, Side.TARGET);
        DiacriticSlips slips = this.slips.computeIfAbsent(language, l -> new DiacriticSlips(l.compoundWords(), l.notReduplicated(), l.functionWords()));
        for (DiacriticSlips.Slip slip : slips.find(ViWords.of(s.target()), s.target())) {
            if (SyllableRules.check(slip.first().text()).isPresent() || SyllableRules.check(slip.second().text()).isPresent()) {
                continue;
            }
            String meant = String.join("' or '", slip.meant());
            matches.add(new CheckMatch(s.id(), Side.TARGET, slip.first().start(), slip.second().end() - slip.first().start(),
                    "'" + slip.written() + "' is no Vietnamese word; did you mean '" + meant + "'?", List.copyOf(slip.meant())));
        }
    }
}
