package org.passerelle.xliff;

/**
 * An inline code (XLIFF 1.2 g/x/bx/ex/ph/bpt/ept/it, 2.x pc/ph/sc/ec): what the QA compares, and
 * what the writers need to write it back.
 *
 * @param id     the code id as written in the file
 * @param kind   OPENING, CLOSING or PLACEHOLDER
 * @param offset position in the segment's plain text where the code stands
 * @param type   the code's type (Okapi code type, 2.x {@code type}), or null
 * @param data   the original data the code stands for (1.2 bpt/ph content, 2.x originalData), or null
 */
public record InlineCode(String id, Kind kind, int offset, String type, String data) {
    public enum Kind { OPENING, CLOSING, PLACEHOLDER }

    /** A code known only by id and position, as a check sees it. */
    public InlineCode(String id, Kind kind, int offset) {
        this(id, kind, offset, null, null);
    }
}
