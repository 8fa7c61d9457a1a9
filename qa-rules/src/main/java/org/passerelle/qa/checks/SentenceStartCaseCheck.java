package org.passerelle.qa.checks;

import java.util.List;
import java.util.Locale;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A translation that starts in lower case where its source starts with a capital ("in addition,
 * Vietnam will…", "ngoài ra, Việt Nam…"), in any language. A source that starts in lower case
 * ("date 2024-08") may be followed; so may a word written with a capital inside ("iPhone").
 */
public final class SentenceStartCaseCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("case.start", IssueType.TYPOGRAPHICAL,
            Severity.WARNING, "A translation starting in lower case where the source starts with a capital",
            s -> new SentenceStartCaseCheck());

    public SentenceStartCaseCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        TextWord source = first(s.source());
        TextWord target = first(s.target());
        if (source == null || target == null || !source.capitalised() || target.capitalised()
                || target.text().codePoints().skip(1).anyMatch(Character::isUpperCase)
                || !Character.isLetter(target.text().codePointAt(0))) {
            return;
        }
        String capital = target.text().substring(0, 1).toUpperCase(Locale.ROOT) + target.text().substring(1);
        matches.add(new CheckMatch(s.id(), Side.TARGET, target.start(), target.end() - target.start(),
                "The source starts with a capital, the translation with '" + target.text() + "': write '" + capital + "'",
                List.of(capital)));
    }

    private static TextWord first(String text) {
        List<TextWord> words = TextWord.of(text);
        return words.isEmpty() || !words.get(0).startsSentence(text) ? null : words.get(0);
    }
}
