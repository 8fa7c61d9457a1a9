package org.passerelle.qa;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A check that judges one segment at a time: {@link #checkSegment} sees every translated segment
 * (a target that is not blank: an untranslated one is target.empty's finding), {@link #checkSource}
 * every source, so a check subclass holds only its logic.
 */
public abstract class SegmentCheck extends AbstractCheck {

    protected SegmentCheck(CheckDefinition definition) {
        super(definition);
    }

    @Override
    public final List<CheckMatch> check(TranslationUnit unit, CheckContext context) {
        if (!appliesTo(unit, context)) {
            return List.of();
        }
        List<CheckMatch> matches = new ArrayList<>();
        for (SegmentPair s : unit.segments()) {
            checkSource(unit, s, context, matches);
            if (s.hasTarget() && !s.target().isBlank()) {
                checkSegment(unit, s, context, matches);
            }
        }
        return matches;
    }

    /** False to skip the whole unit (wrong language, no termbase); true by default. */
    protected boolean appliesTo(TranslationUnit unit, CheckContext context) {
        return true;
    }

    /** Problems in the source of {@code segment}, translated or not; none by default. */
    protected void checkSource(TranslationUnit unit, SegmentPair segment, CheckContext context, List<CheckMatch> out) {
    }

    /** Problems in a translated segment (usually in its target, compared with its source). */
    protected abstract void checkSegment(TranslationUnit unit, SegmentPair segment, CheckContext context,
                                         List<CheckMatch> out);
}
