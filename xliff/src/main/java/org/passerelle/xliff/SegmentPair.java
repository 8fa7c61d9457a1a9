package org.passerelle.xliff;

import java.util.List;

/**
 * One sentence segment of a unit, as plain text with its inline codes set aside (with what the
 * writers need to put them back).
 *
 * @param id          the segment id ("1", or the mrk mid / 2.x segment id)
 * @param source      source plain text
 * @param target      target plain text, or null when the segment has no target
 * @param sourceCodes inline codes of the source, offsets into {@code source}
 * @param targetCodes inline codes of the target, offsets into {@code target}
 */
public record SegmentPair(String id, String source, String target,
                          List<InlineCode> sourceCodes, List<InlineCode> targetCodes) {
    public SegmentPair {
        sourceCodes = List.copyOf(sourceCodes);
        targetCodes = List.copyOf(targetCodes);
    }

    public boolean hasTarget() {
        return target != null;
    }

    /** This segment with the target (and its codes) of another, e.g. a translation kept from a previous file. */
    public SegmentPair withTargetOf(SegmentPair other) {
        return new SegmentPair(id, source, other.target, sourceCodes, other.targetCodes);
    }

    PlainText sourceContent() {
        return new PlainText(source, sourceCodes);
    }

    PlainText targetContent() {
        return target == null ? null : new PlainText(target, targetCodes);
    }

    static SegmentPair of(String id, PlainText source, PlainText target) {
        return new SegmentPair(id, source.text(), target == null ? null : target.text(),
                source.codes(), target == null ? List.of() : target.codes());
    }
}
