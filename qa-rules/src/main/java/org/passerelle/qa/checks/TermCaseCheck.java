package org.passerelle.qa.checks;

import java.util.List;
import org.passerelle.core.Languages;
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
 * ("Mer Orientale", "Front de la Patrie du Vietnam"); "Premier ministre" is not, and may be "the
 * prime minister". Each word the termbase capitalises must be capitalised; more capitals (a
 * headline) pass.
 */
public final class TermCaseCheck extends TargetTermCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("term.case", IssueType.TERMINOLOGY,
            Severity.WARNING, "A termbase proper noun written in the wrong case (\"east sea\", \"biển đông\")",
            s -> new TermCaseCheck());

    public TermCaseCheck() {
        super(DEFINITION);
    }

    /** "hanoi" in an address is no name written in lower case. */
    @Override
    protected String searched(String target) {
        return Verbatim.blanked(target);
    }

    @Override
    protected void checkHit(TermHit hit, String text, TranslationUnit unit, SegmentPair s, CheckContext context,
                            List<CheckMatch> matches) {
        if (hit.term().status().forbidden() || !properNoun(hit.concept(), sourceLanguage(unit, context))) {
            return;
        }
        String written = hit.matchedText(text);
        if (lowersACapital(hit.term().text(), written)) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, hit.start(), hit.end() - hit.start(), "'" + written
                    + "' is a name: write it '" + hit.term().text() + "'", List.of(hit.term().text())));
        }
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

    /** True when a word the term capitalises is written in lower case, word for word. */
    private static boolean lowersACapital(String term, String written) {
        List<TextWord> want = TextWord.lettersOf(term);
        List<TextWord> got = TextWord.lettersOf(written);
        if (want.size() != got.size()) {
            return false;
        }
        for (int i = 0; i < want.size(); i++) {
            if (want.get(i).capitalised() && !got.get(i).capitalised()) {
                return true;
            }
        }
        return false;
    }
}
