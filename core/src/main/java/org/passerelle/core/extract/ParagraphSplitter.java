package org.passerelle.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the text a parser delivered as one element into paragraphs. Plain text arrives as a single
 * element and PDF paragraphs may hold several; a blank line always separates paragraphs, and in
 * plain text a line break does too after a sentence end (news sites export one paragraph a line,
 * while hard-wrapped text breaks lines mid-sentence, which must stay together).
 */
public final class ParagraphSplitter {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[\\p{IsWhite_Space}&&[^\\n]]*\\n\\s*");

    private ParagraphSplitter() {
    }

    public static List<RawBlock> split(List<RawBlock> blocks, boolean plainText) {
        List<RawBlock> out = new ArrayList<>();
        for (RawBlock b : blocks) {
            for (RawBlock para : cut(b, BLANK_LINE)) {
                if (plainText) {
                    for (RawBlock line : cutLines(para)) {
                        add(out, line);
                    }
                } else {
                    add(out, para);
                }
            }
        }
        return out;
    }

    private static void add(List<RawBlock> out, RawBlock b) {
        RawBlock t = b.trimmed();
        if (t != null) {
            out.add(t);
        }
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

    // A line ending in a sentence end starts a new paragraph; so does one ending without any
    // punctuation when it is short (a title line), since wrapped lines run to the margin.
    private static List<RawBlock> cutLines(RawBlock b) {
        String raw = b.raw().replace('\r', ' ');
        String[] lines = raw.split("\n", -1);
        int longest = 0;
        for (String l : lines) {
            longest = Math.max(longest, l.strip().length());
        }
        List<RawBlock> out = new ArrayList<>();
        int from = 0;
        int pos = 0;
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i].strip();
            pos += lines[i].length() + 1;
            boolean sentenceEnd = !line.isEmpty() && ".!?…:»\"”".indexOf(line.charAt(line.length() - 1)) >= 0;
            boolean shortLine = line.length() < longest * 0.6;
            boolean wrapped = lines.length > 1 && longest <= 100;
            if (sentenceEnd || shortLine || !wrapped) {
                out.add(b.slice(from, pos - 1));
                from = pos;
            }
        }
        out.add(b.slice(from, b.raw().length()));
        return out;
    }
}
