package org.passerelle.xliff;

/**
 * An inline code (XLIFF 1.2 g/x/bx/ex/ph/bpt/ept/it, 2.x pc/ph/sc/ec) as the QA sees it.
 *
 * @param id     the code id as written in the file
 * @param kind   OPENING, CLOSING or PLACEHOLDER
 * @param offset position in the segment's plain text where the code stands
 */
public record InlineCode(String id, Kind kind, int offset) {
    public enum Kind { OPENING, CLOSING, PLACEHOLDER }
}
