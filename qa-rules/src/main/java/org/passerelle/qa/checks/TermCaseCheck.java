package org.passerelle.qa.checks;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.passerelle.core.Languages;
import org.passerelle.core.lang.Feature;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.LanguageSupports;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermHit;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A termbase proper noun written in the wrong case ("east sea", "biển đông", "hanoi"). Terms match
 * whatever their case, so {@code term.required} is content with them. A concept is a proper noun
 * when its term in the source language is one capitalised word or has two capitalised words
 * ("Mer Orientale", "Front de la Patrie du Vietnam"), or when the source writes its capitalised term
 * and the target's term capitalises all its words ("Partenariat stratégique intégral",
 * "Comprehensive Strategic Partnership"); "Premier ministre" is a title, and may be "the prime
 * minister". Each word the termbase capitalises must be capitalised; more capitals (a headline)
 * pass, except in a language that gives names fixed capitals ("Tổ Quốc" for "Tổ quốc").
 */
public final class TermCaseCheck extends TargetTermCheck {
    /** A capitalised word right after a title, with nothing but a space between: a name. */
    private static final Pattern NAME_AFTER = Pattern.compile("[ \\u00A0]\\p{Lu}\\p{Ll}");
    public static final CheckDefinition DEFINITION = CheckDefinition.of("term.case", IssueType.TERMINOLOGY,
            Severity.WARNING, "A termbase proper noun written in the wrong case (\"east sea\", \"biển đông\","
                    + " \"comprehensive strategic partnership\"), or with an extra capital in Vietnamese (\"Tổ Quốc\")",
            s -> new TermCaseCheck());

    public TermCaseCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkHit(TermHit hit, String text, TranslationUnit unit, SegmentPair s, CheckContext context,
                            List<CheckMatch> matches) {
        String sourceLanguage = sourceLanguage(unit, context);
        LanguageSupport target = context.language(unit, Side.TARGET);
        String written = hit.matchedText(text);
        String term = hit.term().text();
        List<Integer> lowered = loweredCapitals(term, written);
        if (!hit.term().status().forbidden() && titleBeforeName(hit, text, target) && !lowered.isEmpty()) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, hit.start(), hit.end() - hit.start(), "'" + written
                    + "' is a title before a name: write it '" + term + "'", List.of(term)));
            return;
        }
        if (hit.term().status().forbidden() || sourceLanguage == null || !properNoun(hit.concept(), sourceLanguage)
                && !capitalisedInTarget(hit, sourceLanguage, s.source(), target) && !fixedName(term, target)) {
            return;
        }
        // A segment starting in lower case is case.start's one finding, not a second one here.
        boolean startOnly = text.substring(0, hit.start()).isBlank() && lowered.equals(List.of(0));
        boolean wrongCase = !lowered.isEmpty()
                || target.has(Feature.FIXED_NAME_CAPITALS) && addsACapital(term, written);
        if (wrongCase && !startOnly) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, hit.start(), hit.end() - hit.start(), "'" + written
                    + "' is a name: write it '" + term + "'", List.of(term)));
        }
    }

    /**
     * French capitalises only the first word of a name ("Dialogue stratégique"), English all of them
     * ("Strategic Dialogue"). The source's capital tells the name from the same words as a common noun
     * ("un dialogue stratégique", which English writes in lower case); a term ending in a title
     * ("Prime Minister") names an office, which is generic in lower case.
     */
    private static boolean capitalisedInTarget(TermHit hit, String sourceLanguage, String source, LanguageSupport target) {
        List<TextWord> words = TextWord.lettersOf(hit.term().text());
        boolean name = titleCase(words, target) || words.size() >= 2 && words.get(0).capitalised()
                && hit.concept().terms().stream().anyMatch(t -> titleCase(TextWord.lettersOf(t.text()), LanguageSupports.of(t.language())));
        if (!name) {
            return false;
        }
        String written = apostrophes(source);
        return hit.concept().terms().stream().anyMatch(t -> Languages.sameLanguage(t.language(), sourceLanguage)
                && Character.isUpperCase(t.text().codePointAt(0)) && written.contains(apostrophes(t.text())));
    }

    /**
     * Two words or more, each capitalised but short ones ("Comprehensive Strategic Partnership"), and
     * no office's title ("Prime Minister"): a name. A language that capitalises only the first word of
     * a name ("Đối tác chiến lược toàn diện") gives the same concept's capitals there.
     */
    private static boolean titleCase(List<TextWord> words, LanguageSupport language) {
        return words.size() >= 2 && words.stream().allMatch(w -> w.capitalised() || w.text().length() <= 3)
                && !language.officeTitles().contains(words.get(words.size() - 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * A title the termbase capitalises ("Prime Minister") written just before a name ("prime minister
     * Nguyen Xuan Phuc"): generic elsewhere ("the prime minister said"), it is part of the name there.
     * A comma makes it an apposition ("the prime minister, Nguyen Xuan Phuc,"), which may stay in
     * lower case.
     */
    private static boolean titleBeforeName(TermHit hit, String text, LanguageSupport target) {
        List<TextWord> words = TextWord.lettersOf(hit.term().text());
        if (words.isEmpty() || !words.stream().allMatch(TextWord::capitalised)
                || !target.officeTitles().contains(words.get(words.size() - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return NAME_AFTER.matcher(text).region(hit.end(), text.length()).lookingAt();
    }

    /**
     * A term with two capitals or more in a language whose names have fixed capitals ("Bộ Quốc
     * phòng") is a name however the source writes it ("le ministère de la Défense").
     */
    private static boolean fixedName(String term, LanguageSupport target) {
        return target.has(Feature.FIXED_NAME_CAPITALS)
                && TextWord.lettersOf(term).stream().filter(TextWord::capitalised).count() >= 2;
    }

    private static String apostrophes(String text) {
        return text.replace('’', '\'');
    }

    private static boolean properNoun(Concept concept, String sourceLanguage) {
        if (sourceLanguage == null) {
            return false;
        }
        for (Term t : concept.terms()) {
            if (Languages.sameLanguage(t.language(), sourceLanguage)) {
                List<TextWord> words = TextWord.lettersOf(t.text());
                long capitals = words.stream().filter(TextWord::capitalised).count();
                if (words.size() == 1 && capitals == 1 && !words.get(0).acronym() || capitals >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The positions of the words the term capitalises that are written in lower case, word for word. */
    private static List<Integer> loweredCapitals(String term, String written) {
        List<TextWord> want = TextWord.lettersOf(term);
        List<TextWord> got = TextWord.lettersOf(written);
        if (want.size() != got.size()) {
            return List.of();
        }
        return IntStream.range(0, want.size()).filter(i -> want.get(i).capitalised() && !got.get(i).capitalised())
                .boxed().toList();
    }

    /**
     * True when a word after the first is capitalised where the term has it in lower case, in a text
     * that is not in capitals; the first word may be capitalised by its place in the sentence.
     */
    private static boolean addsACapital(String term, String written) {
        List<TextWord> want = TextWord.lettersOf(term);
        List<TextWord> got = TextWord.lettersOf(written);
        if (want.size() != got.size() || written.codePoints().noneMatch(Character::isLowerCase)) {
            return false;
        }
        for (int i = 1; i < want.size(); i++) {
            if (!want.get(i).capitalised() && got.get(i).capitalised()) {
                return true;
            }
        }
        return false;
    }
}
