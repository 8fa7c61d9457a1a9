package org.passerelle.qa.checks;

import java.util.List;
import org.passerelle.qa.AbstractCheck;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationState;
import org.passerelle.xliff.TranslationUnit;

/**
 * A unit still in {@link TranslationState#NEEDS_REVIEW}: a draft, a translation whose source
 * changed, one a reviewer rejected, or a state value no mapping knows. {@code publish} refuses
 * such units, so with the default severity (error) {@code qa --fail-on error} predicts it.
 */
public final class TargetReviewCheck extends AbstractCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("target.review", IssueType.UNTRANSLATED,
            Severity.ERROR, "A unit still to review: a draft, a translation whose source changed, one a reviewer"
                    + " rejected, or a state no mapping knows (publish refuses these)", s -> new TargetReviewCheck());

    public TargetReviewCheck() {
        super(DEFINITION);
    }

    @Override
    public List<CheckMatch> check(TranslationUnit unit, CheckContext context) {
        if (unit.state() != TranslationState.NEEDS_REVIEW || unit.segments().stream().allMatch(s -> s.source().isBlank())) {
            return List.of();
        }
        SegmentPair first = unit.segments().get(0);
        String message = unit.stateKnown()
                ? "The translation needs review" + (unit.stateValue() == null ? "" : " (state '" + unit.stateValue() + "')")
                        + ": review it and set its state to translated"
                : "Unknown state '" + unit.stateValue() + "', read as needs review: review the translation and set a"
                        + " standard state (translated, final)";
        return List.of(new CheckMatch(first.id(), Side.TARGET, 0, 0, message, List.of()));
    }
}
