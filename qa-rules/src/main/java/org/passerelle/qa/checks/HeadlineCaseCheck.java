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

/** A headline in capitals ("RENFORCEMENT DE LA SOLIDARITÉ …") whose translation is not in capitals. */
public final class HeadlineCaseCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("case.headline", IssueType.TYPOGRAPHICAL,
            Severity.WARNING, "A source in capitals (a headline) whose translation is not in capitals",
            s -> new HeadlineCaseCheck());
    /** Fewer letters than this in capitals are an acronym or a credit ("VNA/CVN"), not a headline. */
    private static final int MIN_WORDS = 3;

    public HeadlineCaseCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        if (inCapitals(s.source()) && TextWord.of(s.source()).size() >= MIN_WORDS
                && s.target().codePoints().anyMatch(Character::isLowerCase)) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, 0, s.target().length(), "The source is in capitals; write the"
                    + " translation in capitals too", List.of(s.target().toUpperCase(Locale.ROOT))));
        }
    }

    private static boolean inCapitals(String text) {
        return text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && text.codePoints().anyMatch(Character::isLetter);
    }
}
