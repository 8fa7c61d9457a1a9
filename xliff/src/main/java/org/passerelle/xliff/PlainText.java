package org.passerelle.xliff;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Tag;

/** Segment content as plain text, its inline codes set aside with their offsets in that text. */
record PlainText(String text, List<InlineCode> codes) {

    /** From an Okapi (1.2 filter) fragment, whose coded text holds two chars per code. */
    static PlainText of(TextFragment fragment) {
        String coded = fragment.getCodedText();
        List<Code> all = fragment.getCodes();
        StringBuilder text = new StringBuilder(coded.length());
        List<InlineCode> codes = new ArrayList<>();
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (TextFragment.isMarker(c) && i + 1 < coded.length()) {
                Code code = all.get(TextFragment.toIndex(coded.charAt(++i)));
                codes.add(new InlineCode(codeId(code), kind(c), text.length()));
            } else {
                text.append(c);
            }
        }
        return new PlainText(text.toString(), codes);
    }

    /** From a lib-xliff2 fragment: strings and tags in order; annotation markers are not codes. */
    static PlainText of(Fragment fragment) {
        StringBuilder text = new StringBuilder();
        List<InlineCode> codes = new ArrayList<>();
        for (Object part : fragment) {
            if (part instanceof String s) {
                text.append(s);
            } else if (part instanceof CTag tag) {
                codes.add(new InlineCode(tag.getId(), kind(tag), text.length()));
            } else if (part instanceof Tag) {
                // <mrk>/<sm>/<em> annotate text; they are not inline codes a translator must keep
                continue;
            }
        }
        return new PlainText(text.toString(), codes);
    }

    private static String codeId(Code code) {
        String orig = code.getOriginalId();
        return orig != null && !orig.isEmpty() ? orig : String.valueOf(code.getId());
    }

    private static InlineCode.Kind kind(char marker) {
        return switch (marker) {
            case TextFragment.MARKER_OPENING -> InlineCode.Kind.OPENING;
            case TextFragment.MARKER_CLOSING -> InlineCode.Kind.CLOSING;
            default -> InlineCode.Kind.PLACEHOLDER;
        };
    }

    private static InlineCode.Kind kind(Tag tag) {
        return switch (tag.getTagType()) {
            case OPENING -> InlineCode.Kind.OPENING;
            case CLOSING -> InlineCode.Kind.CLOSING;
            default -> InlineCode.Kind.PLACEHOLDER;
        };
    }
}
