package org.passerelle.xliff;

import java.util.List;

/**
 * One sentence segment of a unit, as plain text with its inline codes set aside.
 *
 * @param id          the segment id ("1", or the mrk mid / 2.x segment id)
 * @param source      source plain text
 * @param target      target plain text, or null when the segment has no target
 * @param sourceCodes inline codes of the source
 * @param targetCodes inline codes of the target
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
}
