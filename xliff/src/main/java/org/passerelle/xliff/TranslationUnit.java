package org.passerelle.xliff;

import java.util.List;

/**
 * A read-only view of one XLIFF unit (1.2 trans-unit or 2.x unit), as Okapi's filters deliver it,
 * flattened to what checks and publishing need.
 *
 * @param file           the XLIFF path as given by the user
 * @param id             trans-unit/@id or unit/@id
 * @param resname        1.2 resname / 2.x name (our files: the block role and paragraph)
 * @param restype        1.2 restype / 2.x type (our files: "x-title", "x-body" ...), or null
 * @param sourceLanguage e.g. "fr-FR"
 * @param targetLanguage e.g. "en-GB"
 * @param translatable   false for translate="no"
 * @param state          the target state ("new", "translated", "needs-translation", "final" ...), or null
 * @param approved       1.2 approved="yes" or 2.x state="final"
 * @param segments       the sentence segments, in order
 * @param notes          the unit's notes (texts)
 */
public record TranslationUnit(String file, String id, String resname, String restype,
                              String sourceLanguage, String targetLanguage, boolean translatable,
                              String state, boolean approved, List<SegmentPair> segments, List<String> notes) {
    public TranslationUnit {
        segments = List.copyOf(segments);
        notes = List.copyOf(notes);
    }

    /** The source of all segments joined with single spaces. */
    public String sourceText() {
        return String.join(" ", segments.stream().map(SegmentPair::source).toList());
    }

    /** The target of all segments joined with single spaces; null when no segment has a target. */
    public String targetText() {
        if (segments.stream().noneMatch(SegmentPair::hasTarget)) {
            return null;
        }
        return String.join(" ", segments.stream().map(s -> s.target() == null ? "" : s.target()).toList());
    }
}
