package org.passerelle.extract.blocks;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins paragraphs that a page break cut in two. PDF has no paragraphs, only lines on pages, and
 * Tika emits each page separately; a page that ends mid-sentence followed by one that starts in
 * lower case is one paragraph.
 */
public final class PageJoiner {
    private PageJoiner() {
    }

    public static List<RawBlock> join(List<RawBlock> blocks, String text) {
        List<RawBlock> out = new ArrayList<>();
        for (RawBlock b : blocks) {
            RawBlock last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && continues(last, b)) {
                out.set(out.size() - 1, new RawBlock(last.structure(), last.start(),
                        text.substring(last.start(), b.end()), last.boilerplate(), last.inMain()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean continues(RawBlock before, RawBlock after) {
        if (before.structure() != RawBlock.Structure.PARAGRAPH || after.structure() != RawBlock.Structure.PARAGRAPH
                || before.boilerplate() != after.boilerplate()) {
            return false;
        }
        String a = before.raw().strip();
        String b = after.raw().strip();
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        char end = a.charAt(a.length() - 1);
        int first = b.codePointAt(0);
        return ".!?…:»\"”".indexOf(end) < 0 && Character.isLowerCase(first);
    }
}
