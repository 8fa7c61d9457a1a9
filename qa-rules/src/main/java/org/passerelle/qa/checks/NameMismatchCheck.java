package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.passerelle.core.lang.Feature;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.Lexicon;
import org.passerelle.glossary.TermHit;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.qa.vi.SyllableRules;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A proper name of the source copied with a typo ("Thongloun Sisoulith" as "Sisoulit",
 * "Kartapolov" as "Kartapalov", "Martin" as "Marten"). A name is a capitalised word the source
 * language's dictionary does not know, or one capitalised inside a sentence ("Paris", "Martin");
 * whether the target's near word is a typo or the target's own rendering ("Russie" as "Russia")
 * the target side decides ({@link #misspelt}); the
 * translation has it when it writes it the same, with or without diacritics ("Phan Văn Giang",
 * "Phan Van Giang"), or as the target language transcribes what the source language does
 * ({@code LanguageSupport.nameSpelling}: "Beloussov"/"Belousov", "Choïgou"/"Shoigu"). A name
 * missing from the translation is reported only when a word one or two letters away stands in
 * its place: a name left out or rendered otherwise ("Moscou"/"Mát-xcơ-va") is no typo.
 */
public final class NameMismatchCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("name.mismatch", IssueType.INCONSISTENT_ENTITIES,
            Severity.ERROR, "A proper name of the source copied with a typo (\"Sisoulith\" as \"Sisoulit\", \"To Lam\" as"
                    + " \"To Lan\"), or a Vietnamese name with other diacritics (\"Lương Cương\" for \"Lương Cường\"); other"
                    + " transliterations (\"Beloussov\" as \"Belousov\") and added diacritics pass", s -> new NameMismatchCheck());
    /**
     * Names shorter than this are too often other words one letter away, unless they are part of a
     * name of several words ("To Lam", "Hun Sen"), whose other words, copied, place them.
     */
    private static final int MIN_LENGTH = 4;
    private static final Pattern ORDINAL_SUFFIX = Pattern.compile("(e|er|ème)$");

    public NameMismatchCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        LanguageSupport source = context.language(unit, Side.SOURCE);
        LanguageSupport target = context.language(unit, Side.TARGET);
        List<TextWord> names = names(s.source(), unit, source, context);
        if (names.isEmpty()) {
            return;
        }
        List<TextWord> targetWords = TextWord.lettersOf(Verbatim.blanked(s.target()));
        Set<String> written = spellings(targetWords, s.target(), target);
        Set<String> sourceFolded = new HashSet<>();
        TextWord.lettersOf(s.source()).forEach(w -> sourceFolded.add(WordFolding.fold(w.text())));
        if (target.has(Feature.VIETNAMESE_SYLLABLES)) {
            checkDiacritics(s, names, targetWords, target, matches);
        }
        List<TextWord> sourceWords = TextWord.lettersOf(Verbatim.blanked(s.source()));
        for (TextWord name : names) {
            String folded = WordFolding.fold(name.text());
            if (written.contains(folded) || written.contains(source.nameSpelling().skeleton(name.text(), folded))) {
                continue;
            }
            // A word of the dictionary one letter off, beside the rest of the name copied ("Nguyen Thanh Tin" for "Tinh"),
            // is the one typo a short name is checked for, and the last one a longer name is.
            Optional<TextWord> typo = name.text().length() < MIN_LENGTH ? Optional.empty()
                    : misspeltWord(name, folded, targetWords, sourceFolded, source, target);
            typo.or(() -> shortNameTypo(name, sourceWords, s.source(), targetWords, s.target(), sourceFolded))
                    .ifPresent(w -> matches.add(new CheckMatch(s.id(), Side.TARGET, w.start(), w.end() - w.start(), "'"
                            + w.text() + "' is not the name '" + name.text() + "' of the source: copy it", List.of(name.text()))));
        }
    }

    /**
     * The capitalised target word that is the name mistyped: a letter or two off and no rendering
     * of the target language, or, transcribed, with two letters swapped ("Choïgou" as "Shiogu": a
     * transcription keeps the letters' order).
     */
    private static Optional<TextWord> misspeltWord(TextWord name, String folded, List<TextWord> targetWords,
                                                   Set<String> sourceFolded, LanguageSupport source, LanguageSupport target) {
        String transcription = source.nameSpelling().skeleton(name.text(), folded);
        for (TextWord w : targetWords) {
            String t = WordFolding.fold(w.text());
            boolean typo = typo(folded, t) && !knownTranscription(folded, t, w.text(), source, target)
                    && misspelt(name.text(), w.text(), source, target);
            boolean transposed = swapped(transcription, target.nameSpelling().skeleton(t))
                    && unknownWords(name.text(), w.text(), source, target);
            if (w.capitalised() && !sourceFolded.contains(t) && (typo || transposed)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /**
     * In a target that writes names with their diacritics, a name written otherwise than the
     * language's list of names has it, or without a diacritic the source gives it.
     */
    private static void checkDiacritics(SegmentPair s, List<TextWord> names, List<TextWord> targetWords,
                                        LanguageSupport target, List<CheckMatch> matches) {
        List<NameDiacritics.Misspelt> listed = new NameDiacritics(target.writtenNames()).find(s.source(), s.target());
        for (NameDiacritics.Misspelt m : listed) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, m.start(), m.end() - m.start(), "'" + m.written()
                    + "' is not how the name '" + m.name() + "' is written: check its diacritics", List.of(m.name())));
        }
        for (TextWord name : names) {
            // Only a source that writes the name in Vietnamese gives its diacritics: French "Andreï" is French's own.
            if (!NameDiacritics.marked(name.text()) || SyllableRules.check(name.text()).isPresent()) {
                continue;
            }
            for (TextWord w : targetWords) {
                boolean reported = listed.stream().anyMatch(m -> w.start() >= m.start() && w.end() <= m.end());
                if (!reported && WordFolding.fold(w.text()).equals(WordFolding.fold(name.text()))
                        && !NameDiacritics.keepsMarks(name.text(), w.text())) {
                    matches.add(new CheckMatch(s.id(), Side.TARGET, w.start(), w.end() - w.start(), "'" + w.text()
                            + "' drops or changes a diacritic of the name '" + name.text() + "' of the source", List.of(name.text())));
                }
            }
        }
    }

    /**
     * Whether a target word near a source name is the name misspelt rather than the target
     * language's own word. A word the target's dictionary does not know is ("Sisoulit", "Pari");
     * one it knows is too when the name is a name of the target language as well, since the
     * translator had no reason to change it ("Martin" as "Marten", "Lopez" as "Lopes"), but not
     * when one is the start of the other ("Laos", "Lao": a demonym). For a name that is also a word
     * of the source language ("Chine", "Paris"), a word the target writes with diacritics of its own
     * is its rendering ("Laos", "Lào"), and one the target knows is its translation ("China").
     */
    private static boolean misspelt(String name, String word, LanguageSupport source, LanguageSupport target) {
        String n = WordFolding.fold(name);
        String w = WordFolding.fold(word);
        if (source.lexicon().knows(name.toLowerCase(Locale.ROOT)) && target.lexicon().knows(word.toLowerCase(Locale.ROOT))
                && !target.lexicon().knowsName(name)) {
            // A word of both languages capitalised in a name's title is translated: "Centre" as "Center".
            return false;
        }
        if (swapped(n, w)) {
            // No language renders a name by swapping two of its letters ("Andreï" as "Andrie"): a typo.
            return true;
        }
        boolean known = target.lexicon().knows(word);
        if (source.lexicon().knows(name) && (target.lexicon() == Lexicon.NONE || !w.equals(word.toLowerCase(Locale.ROOT)))) {
            // Without a dictionary the target cannot tell its rendering ("Singapour" as "Singapore") from a typo.
            return false;
        }
        boolean derived = n.startsWith(w) || w.startsWith(n);
        return !known || target.lexicon().knowsName(name) && !derived;
    }

    /** Neither word is in its language's dictionary: "Centre" as "Center" is a word translated, not a name mistyped. */
    private static boolean unknownWords(String name, String word, LanguageSupport source, LanguageSupport target) {
        return !source.lexicon().knows(name) && !source.lexicon().knows(name.toLowerCase(Locale.ROOT))
                && !target.lexicon().knows(word) && !target.lexicon().knows(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the target's word is the name transcribed as the source language transcribes names
     * that show their origin ("Soudan" as "Sudan", "Ouganda" as "Uganda": French "ou", English "u")
     * and a word the target's dictionary knows. A place keeps its name without the signs that let
     * the rewrite apply to any name; a typo of a Lao name ("Thonglun") is no word of the dictionary.
     */
    private static boolean knownTranscription(String folded, String word, String written, LanguageSupport source,
                                              LanguageSupport target) {
        return source.nameSpelling().transcribed(folded).equals(target.nameSpelling().skeleton(word))
                && (target.lexicon().knowsName(written) || target.lexicon().knows(written));
    }

    /** Whether {@code b} is {@code a} with two neighbouring letters swapped. */
    private static boolean swapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /**
     * The source's names: capitalised words outside termbase terms that its dictionary does not
     * know, or that stand inside a sentence, where only names are capitalised ("le général Martin",
     * "à Paris"): the dictionary knows many names.
     */
    private static List<TextWord> names(String text, TranslationUnit unit, LanguageSupport language,
                                        CheckContext context) {
        List<TermHit> terms = context.termMatcher(unit.sourceLanguage()).map(m -> m.find(text)).orElse(List.of());
        List<TextWord> names = new ArrayList<>();
        for (TextWord w : TextWord.lettersOf(Verbatim.blanked(text))) {
            boolean inTerm = terms.stream().anyMatch(h -> w.start() >= h.start() && w.end() <= h.end());
            if (w.capitalised() && !w.acronym() && w.text().length() >= 2 && !inTerm && !ordinal(w.text())
                    && (!language.lexicon().knows(w.text()) || !w.startsSentence(text))) {
                names.add(w);
            }
        }
        return names;
    }

    /** "XIIIe" is an ordinal, whatever the translation makes of it ("XIII", "13th"). */
    private static boolean ordinal(String word) {
        return RomanNumeral.value(ORDINAL_SUFFIX.matcher(word).replaceFirst("")) > 0;
    }

    /**
     * The target word standing for a short word of a multi-word name with a typo: one letter off
     * (the first only as a substitution), and beside the name's neighbouring word copied as the source has it
     * ("To Lam" as "To Lan", "Hun Sen" as "Hun Se", "Nguyen Minh Vu" as "Nguyen Minh Vo"). The copied
     * neighbour is what tells a typo from one of the many short words one letter away.
     */
    private static Optional<TextWord> shortNameTypo(TextWord name, List<TextWord> sourceWords, String sourceText,
                                                    List<TextWord> targetWords, String targetText, Set<String> sourceFolded) {
        int i = sourceWords.indexOf(name);
        String before = nameNeighbour(sourceWords, i, i - 1, sourceText);
        String after = nameNeighbour(sourceWords, i, i + 1, sourceText);
        String folded = WordFolding.fold(name.text());
        for (int j = 0; j < targetWords.size(); j++) {
            TextWord w = targetWords.get(j);
            String t = WordFolding.fold(w.text());
            boolean anchored = before != null && before.equals(nameNeighbour(targetWords, j, j - 1, targetText))
                    || after != null && after.equals(nameNeighbour(targetWords, j, j + 1, targetText));
            if (anchored && w.capitalised() && !sourceFolded.contains(t) && t.length() >= 2
                    && (t.charAt(0) == folded.charAt(0) || sameButFirst(folded, t)) && EditDistance.of(folded, t) == 1) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** Only the first letter differs: in a two-letter name ("Men Sam An" as "Men Sam On") it is half the name. */
    private static boolean sameButFirst(String name, String word) {
        return name.length() == word.length() && name.substring(1).equals(word.substring(1));
    }

    /** The folded word at {@code j} when it is a capitalised word separated from the one at {@code i} by spaces only; else null. */
    private static String nameNeighbour(List<TextWord> words, int i, int j, String text) {
        if (j < 0 || j >= words.size()) {
            return null;
        }
        TextWord a = words.get(Math.min(i, j));
        TextWord b = words.get(Math.max(i, j));
        boolean adjacent = text.substring(a.end(), b.start()).isBlank();
        return adjacent && words.get(j).capitalised() ? WordFolding.fold(words.get(j).text()) : null;
    }

    /** How the translation writes its words: folded, in the target's transcription, and two by two ("Hà Nội" as "hanoi"). */
    private static Set<String> spellings(List<TextWord> words, String text, LanguageSupport target) {
        Set<String> all = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String folded = WordFolding.fold(words.get(i).text());
            all.add(folded);
            all.add(target.nameSpelling().skeleton(folded));
            if (i + 1 < words.size() && text.substring(words.get(i).end(), words.get(i + 1).start()).isBlank()) {
                String pair = folded + WordFolding.fold(words.get(i + 1).text());
                all.add(pair);
                all.add(target.nameSpelling().skeleton(pair));
            }
        }
        return all;
    }

    /** One letter off, two in a long name; a different first letter only once in a long name ("Kartapolov", "Cartapolov"). */
    private static boolean typo(String name, String word) {
        int allowed = name.length() >= 8 ? 2 : 1;
        int distance = EditDistance.of(name, word);
        boolean sameStart = name.charAt(0) == word.charAt(0);
        return distance > 0 && distance <= allowed && (sameStart || distance == 1 && name.length() >= 6);
    }
}
