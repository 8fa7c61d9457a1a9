package org.passerelle.extract.blocks;

/**
 * A run of text as the document's structure delimits it, before any classification.
 *
 * @param structure   what the markup says it is (paragraph, heading, list item ...)
 * @param start       offset of {@code raw} in the extracted plain text
 * @param raw         the characters exactly as extracted (whitespace not normalised)
 * @param boilerplate true when it sits inside site furniture (HTML nav, share bar, related list)
 * @param inMain      true when it sits inside the page's main content (HTML article, main)
 */
public record RawBlock(Structure structure, int start, String raw, boolean boilerplate, boolean inMain) {

    /** Structure the markup gives a block; plain text and PDF only ever give PARAGRAPH. */
    public enum Structure { PARAGRAPH, TITLE, HEADING, LIST_ITEM, TABLE_CELL, CAPTION }

    public int end() {
        return start + raw.length();
    }

    /** A sub-range of this block, offsets relative to {@link #raw()}. */
    public RawBlock slice(int from, int to) {
        return new RawBlock(structure, start + from, raw.substring(from, to), boilerplate, inMain);
    }

    /** The same range without leading and trailing white space (NBSP included), or null if blank. */
    public RawBlock trimmed() {
        int from = 0;
        int to = raw.length();
        while (from < to && isSpace(raw.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(raw.charAt(to - 1))) {
            to--;
        }
        return from == to ? null : slice(from, to);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
