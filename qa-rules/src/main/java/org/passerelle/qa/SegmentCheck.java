package org.passerelle.qa;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A check that judges one segment at a time: {@link #checkSegment} sees every translated segment
 * (a target that is not blank: an untranslated one is target.empty's finding), {@link #checkSource}
 * every source, so a check subclass holds only its logic.
 *
 * <p>The segment a check sees has its inline codes rendered as what they stand for
 * ({@link ProofText}: a line break as a new line, a placeholder between two words as a space), so
 * that no check reads "CVN<lb/>Đại" as one word "CVNĐại"; the offsets of its matches are mapped
 * back to the plain text. A check that compares the plain text and its codes themselves (tags,
 * whitespace, lengths) says so with {@link #readsRenderedText()}.
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
        for (SegmentPair plain : unit.segments()) {
            boolean render = readsRenderedText() && (!plain.sourceCodes().isEmpty() || !plain.targetCodes().isEmpty());
            if (!render) {
                checkOne(unit, plain, context, matches);
                continue;
            }
            ProofText source = ProofText.of(plain.source(), plain.sourceCodes());
            ProofText target = plain.hasTarget() ? ProofText.of(plain.target(), plain.targetCodes()) : null;
            SegmentPair rendered = new SegmentPair(plain.id(), source.text(), target == null ? null : target.text(),
                    source.codes(), target == null ? List.of() : target.codes());
            List<CheckMatch> found = new ArrayList<>();
            checkOne(unit, rendered, context, found);
            for (CheckMatch m : found) {
                ProofText side = m.side() == Side.SOURCE || target == null ? source : target;
                int start = side.plain(m.offset());
                int end = side.plain(m.offset() + m.length());
                matches.add(new CheckMatch(m.segment(), m.side(), start, Math.max(0, end - start), m.message(),
                        m.suggestions()));
            }
        }
        return matches;
    }

    private void checkOne(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        checkSource(unit, s, context, matches);
        if (s.hasTarget() && !s.target().isBlank()) {
            checkSegment(unit, s, context, matches);
        }
    }

    /**
     * True (the default) when the check reads the segment as words, with each inline code rendered as
     * what it stands for; false for a check that judges the plain text and its codes as they are.
     */
    protected boolean readsRenderedText() {
        return true;
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
