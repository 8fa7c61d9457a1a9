package org.passerelle.qa;

import java.util.List;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/** A team's own check, not built in: news copy does not shout, beyond a set number of '!' per segment. */
final class ExclamationMarkCheck extends SegmentCheck {
    static final CheckDefinition DEFINITION = CheckDefinition.of("style.no-exclamation", IssueType.STYLE,
            Severity.WARNING, "More exclamation marks in a translation than the desk allows", ExclamationMarkCheck::new)
            .parameter(Parameter.integer("max", 0, "exclamation marks allowed per segment"));

    private final int max;

    ExclamationMarkCheck(CheckSettings settings) {
        super(DEFINITION);
        this.max = settings.integer("max");
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        int seen = 0;
        for (int i = s.target().indexOf('!'); i >= 0; i = s.target().indexOf('!', i + 1)) {
            if (++seen > max) {
                matches.add(new CheckMatch(s.id(), Side.TARGET, i, 1, "Exclamation mark: news copy states, it does not shout",
                        List.of(".")));
            }
        }
    }
}
