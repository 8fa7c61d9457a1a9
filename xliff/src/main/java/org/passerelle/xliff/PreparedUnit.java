package org.passerelle.xliff;

import java.util.List;
import org.passerelle.core.BlockRole;

/**
 * A unit as it will be written, whatever the XLIFF version.
 *
 * @param id       stable unit id ({@link UnitIds})
 * @param resname  role and position in the article ("body-4"), for the translator's orientation
 * @param role     the block role, written as restype (1.2) or type (2.x)
 * @param segments the sentences, with any translation kept from a previous run
 * @param terms    termbase concepts found in the source
 * @param notes    other notes for the translator (e.g. why a translation needs review)
 * @param state    target state to write, or null when nothing is translated
 * @param approved true when a kept translation was approved and nothing changed
 */
record PreparedUnit(String id, String resname, BlockRole role, List<Segment> segments, List<TermNote> terms,
                    List<String> notes, String state, boolean approved) {

    /** A sentence: source, and the target kept from a previous run or null. */
    record Segment(String id, String source, String target) {
    }

    boolean hasTarget() {
        return segments.stream().anyMatch(s -> s.target() != null);
    }

    String sourceText() {
        return String.join(" ", segments.stream().map(Segment::source).toList());
    }
}
