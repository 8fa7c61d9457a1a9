package org.passerelle.extract.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the text a parser delivered as one element into paragraphs. Plain text arrives as a single
 * element and PDF paragraphs may hold several lines. A blank line always separates paragraphs. In
 * plain text a single line break does too (news sites export one paragraph a line), unless the
 * text is hard-wrapped (lines of similar length under 100 characters), where it is just a wrap.
 */
public final class ParagraphSplitter {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[\\p{IsWhite_Space}&&[^\\n]]*\\n\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n");
    private static final int WRAP_WIDTH = 100;

    private ParagraphSplitter() {
    }

    public static List<RawBlock> split(List<RawBlock> blocks, boolean plainText) {
        List<RawBlock> paragraphs = new ArrayList<>();
        for (RawBlock b : blocks) {
            paragraphs.addAll(cut(b, BLANK_LINE));
        }
        boolean lineBreaksSplit = plainText && !hardWrapped(paragraphs);
        List<RawBlock> out = new ArrayList<>();
        for (RawBlock para : paragraphs) {
            for (RawBlock piece : lineBreaksSplit ? cut(para, LINE_BREAK) : List.of(para)) {
                RawBlock t = piece.trimmed();
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    // Hard-wrapped: no line is longer than a terminal and most lines run close to the longest.
    private static boolean hardWrapped(List<RawBlock> paragraphs) {
        int longest = 0;
        List<Integer> lengths = new ArrayList<>();
        for (RawBlock p : paragraphs) {
            String[] lines = p.raw().split("\\r?\\n");
            for (int i = 0; i < lines.length - 1; i++) { // the last line of a paragraph is short anyway
                int len = lines[i].strip().length();
                if (len > 0) {
                    lengths.add(len);
                }
            }
            for (String l : lines) {
                longest = Math.max(longest, l.strip().length());
            }
        }
        if (lengths.isEmpty() || longest > WRAP_WIDTH) {
            return false;
        }
        int limit = longest;
        long full = lengths.stream().filter(len -> len >= limit * 0.6).count();
        return full * 2 >= lengths.size();
    }

    private static List<RawBlock> cut(RawBlock b, Pattern separator) {
        List<RawBlock> out = new ArrayList<>();
        Matcher m = separator.matcher(b.raw());
        int from = 0;
        while (m.find()) {
            out.add(b.slice(from, m.start()));
            from = m.end();
        }
        out.add(b.slice(from, b.raw().length()));
        return out;
    }
}
