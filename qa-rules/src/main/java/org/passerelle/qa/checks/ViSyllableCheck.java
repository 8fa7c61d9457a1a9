package org.passerelle.qa.checks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.lang.Feature;
import org.passerelle.glossary.Term;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.LanguageScope;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.qa.vi.SyllableRules;
import org.passerelle.qa.vi.Telex;
import org.passerelle.qa.vi.ViWords;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * Words of a Vietnamese translation that cannot be Vietnamese syllables ("hơp", "nghĩa" typed
 * "ngĩa", two tone marks, a Cyrillic "о"). Names, acronyms and foreign words are exempt when they
 * appear in the source or the termbase, and so are capitalised words in plain ASCII (foreign names
 * the translator transcribed, "Moskva") and the loanwords the language writes as its own ("video",
 * "email": {@code LanguageSupport.loanwords}). A word that reads as Telex keys the keyboard left
 * uncomposed ("Quoocs" for "Quốc", "phongf" for "phòng") is reported with the syllable it stands for,
 * capitalised or not, unless the source has it.
 */
public final class ViSyllableCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("vi.syllable", IssueType.MISSPELLING,
            Severity.ERROR, "Words of a Vietnamese translation that cannot be Vietnamese syllables (bad onset, vowel"
                    + " cluster or final, stop final with a wrong tone, two or misplaced tone marks, Cyrillic look-alikes)",
            s -> new ViSyllableCheck())
            .languages(LanguageScope.VIETNAMESE);

    private static final Pattern HYPHENATED_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]*(?:-[\\p{L}\\p{M}]+)+");

    private volatile Set<String> termWords;

    public ViSyllableCheck() {
        super(DEFINITION);
    }

    @Override
    protected boolean appliesTo(TranslationUnit unit, CheckContext context) {
        return context.language(unit, Side.TARGET).has(Feature.VIETNAMESE_SYLLABLES);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        for (ViWords.Word w : checkedWords(unit, s, context)) {
            Optional<SyllableRules.Problem> problem = telex(w.text()).or(() -> SyllableRules.check(w.text()));
            problem.ifPresent(p -> matches.add(new CheckMatch(s.id(), Side.TARGET, w.start(), w.text().length(),
                    p.message(), p.suggestions())));
        }
        for (ViWords.Word w : telexNames(unit, s, context)) {
            telex(w.text()).ifPresent(p -> matches.add(new CheckMatch(s.id(), Side.TARGET, w.start(), w.text().length(),
                    p.message(), p.suggestions())));
        }
    }

    /** A word that is no syllable but whose letters, read as Telex keys, compose one. */
    private static Optional<SyllableRules.Problem> telex(String word) {
        if (SyllableRules.check(word).isEmpty()) {
            return Optional.empty();
        }
        return Telex.composed(word).map(syllable -> new SyllableRules.Problem("'" + word
                + "' is Telex input the keyboard did not compose: '" + syllable + "'", List.of(syllable)));
    }

    /**
     * The capitalised plain-ASCII words the syllable rules leave alone as foreign names ("Shoigu",
     * "Lopez") but that the source does not have: among them a Telex leftover ("Quoocs") is no name.
     * Acronyms stay exempt.
     */
    private List<ViWords.Word> telexNames(TranslationUnit unit, SegmentPair s, CheckContext context) {
        Set<String> terms = termWords(context);
        Set<String> sourceWords = exactWords(s.source());
        List<ViWords.Word> words = new ArrayList<>();
        for (ViWords.Word w : ViWords.of(s.target())) {
            String key = key(w.text());
            if (asciiName(w.text()) && !acronym(w.text()) && !sourceWords.contains(key) && !terms.contains(key)) {
                words.add(w);
            }
        }
        return words;
    }

    /** The words of a segment's target that must be Vietnamese: names, foreign words and loanwords left out. */
    List<ViWords.Word> checkedWords(TranslationUnit unit, SegmentPair s, CheckContext context) {
        Set<String> terms = termWords(context);
        Set<String> loanwords = context.language(unit, Side.TARGET).loanwords();
        Set<String> sourceWords = exactWords(s.source());
        List<int[]> names = transcribedNames(s.target());
        names.addAll(abbreviations(s.target(), context.language(unit, Side.TARGET).abbreviations()));
        List<ViWords.Word> words = new ArrayList<>();
        for (ViWords.Word w : ViWords.of(s.target())) {
            String key = key(w.text());
            if (!sourceWords.contains(key) && !terms.contains(key) && !loanwords.contains(key) && !exempt(w.text())
                    && !inside(names, w) && !foreignNameWithItsMarks(w.text(), sourceWords)) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Foreign names transcribed syllable by syllable and joined by hyphens ("Mát-xcơ-va",
     * "Oa-sinh-tơn") keep syllables Vietnamese does not have.
     */
    private static List<int[]> transcribedNames(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = HYPHENATED_NAME.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /**
     * The language's abbreviations ("v.v.", "Th.S") where they stand as words: their letters ("v")
     * are no syllables. One ending in a dot may be followed by a letter ("TP.HCM").
     */
    static List<int[]> abbreviations(String text, Set<String> abbreviations) {
        List<int[]> spans = new ArrayList<>();
        for (String a : abbreviations) {
            for (int i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1)) {
                int end = i + a.length();
                boolean startsWord = i == 0 || !Character.isLetter(text.codePointBefore(i));
                boolean endsWord = a.endsWith(".") || end == text.length() || !Character.isLetter(text.codePointAt(end));
                if (startsWord && endsWord) {
                    spans.add(new int[] {i, end});
                }
            }
        }
        return spans;
    }

    private static boolean inside(List<int[]> spans, ViWords.Word w) {
        return spans.stream().anyMatch(s -> w.start() >= s[0] && w.end() <= s[1]);
    }

    private static boolean exempt(String word) {
        return acronym(word) || asciiName(word);
    }

    private static boolean acronym(String word) {
        return word.length() >= 2 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * A foreign name of the source that the translation writes with its own language's marks
     * ("Alvaro Lopez" as "Álvaro López"): capitalised, and without its marks a word of the source that
     * is no Vietnamese syllable. "Gìang" for "Giang" stays a Vietnamese name with a misplaced tone.
     */
    private static boolean foreignNameWithItsMarks(String word, Set<String> sourceWords) {
        String bare = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return Character.isUpperCase(word.codePointAt(0)) && !bare.equals(word) && sourceWords.contains(key(bare))
                && SyllableRules.check(bare).isPresent();
    }

    private static boolean asciiName(String word) {
        return Character.isUpperCase(word.codePointAt(0)) && word.chars().allMatch(c -> c < 128);
    }

    private static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static Set<String> exactWords(String text) {
        Set<String> words = new HashSet<>();
        ViWords.of(text).forEach(w -> words.add(key(w.text())));
        return words;
    }

    private Set<String> termWords(CheckContext context) {
        Set<String> words = termWords;
        if (words == null) {
            Set<String> all = new HashSet<>();
            context.termbase().ifPresent(tb -> tb.concepts().forEach(c -> {
                for (Term t : c.terms()) {
                    all.addAll(exactWords(t.text()));
                }
            }));
            termWords = words = all;
        }
        return words;
    }
}
