package org.passerelle.qa.checks;

import java.util.List;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.CheckSettings;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.Parameter;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.xliff.LowerCaseWords;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A translation identical to its source, the sign of a segment copied and never translated.
 * Segments made only of names, acronyms, numbers and codes ("Hanoi (VNA) –", "ASEAN", "-VNA")
 * rightly stay the same and are ignored: only sources with enough lower-case words count.
 */
public final class SameAsSourceCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("target.same-as-source", IssueType.UNTRANSLATED,
            Severity.WARNING, "A translation identical to its source (segments made only of names, acronyms, numbers and"
                    + " codes are ignored)", SameAsSourceCheck::new)
            .parameter(Parameter.integer("min-words", 2,
                    "the source needs at least this many lower-case words to count as text that must be translated"));

    private final int minWords;

    public SameAsSourceCheck(CheckSettings settings) {
        super(DEFINITION);
        this.minWords = settings.integer("min-words");
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        if (normalise(s.source()).equals(normalise(s.target())) && LowerCaseWords.count(s.source()) >= minWords) {
            matches.add(new CheckMatch(s.id(), Side.TARGET, 0, s.target().length(),
                    "The translation is the same as the source: translate it", List.of()));
        }
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
