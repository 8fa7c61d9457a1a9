package org.passerelle.xliff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Store;
import net.sf.okapi.lib.xliff2.core.Tag;
import net.sf.okapi.lib.xliff2.core.TagType;

/**
 * Segment content as plain text, its inline codes set aside with their offsets in that text; and
 * back, into the fragment each library writes, so that a kept translation keeps its codes.
 */
record PlainText(String text, List<InlineCode> codes) {
    /** Okapi's code type for a 1.2 {@code <mrk>} that it keeps whole (protected text). */
    private static final String MRK = "mrk";
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>");
    private static final Pattern ID_ATTRIBUTE = Pattern.compile("<\\w+\\s[^>]*?\\bid=\"([^\"]*)\"");

    PlainText {
        codes = List.copyOf(codes);
    }

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
                if (isMarker(code)) {
                    text.append(markedText(code));
                } else if (!continuesSplitCode(code)) {
                    codes.add(new InlineCode(codeId(code), kind(c), text.length(), code.getType(), emptyToNull(code.getData())));
                }
            } else {
                text.append(c);
            }
        }
        return new PlainText(text.toString(), codes);
    }

    /** Several segments' content as one, joined with single spaces, each code moved with its text. */
    static PlainText joined(List<PlainText> parts) {
        StringBuilder text = new StringBuilder();
        List<InlineCode> codes = new ArrayList<>();
        for (PlainText part : parts) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int shift = text.length();
            for (InlineCode c : part.codes()) {
                codes.add(new InlineCode(c.id(), c.kind(), c.offset() + shift, c.type(), c.data()));
            }
            text.append(part.text());
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
                codes.add(new InlineCode(tag.getId(), kind(tag), text.length(), tag.getType(), tag.getData()));
            } else if (part instanceof Tag) {
                // <mrk>/<sm>/<em> annotate text; they are not inline codes a translator must keep
                continue;
            }
        }
        return new PlainText(text.toString(), codes);
    }

    /**
     * An Okapi fragment for the 1.2 writer. Okapi pairs an opening and a closing code by their
     * numeric id: ids that are not numbers are numbered here and kept as the original id.
     */
    TextFragment toOkapi() {
        TextFragment f = new TextFragment();
        Map<String, Integer> numbers = new HashMap<>();
        int pos = 0;
        for (InlineCode c : codes) {
            f.append(text.substring(pos, Math.min(c.offset(), text.length())));
            pos = Math.max(pos, Math.min(c.offset(), text.length()));
            int number = numbers.computeIfAbsent(c.id(), id -> numericId(id, numbers.size() + 1));
            Code code = f.append(okapiTagType(c.kind()), c.type() == null ? Code.TYPE_NULL : c.type(),
                    c.data() == null ? "" : c.data(), number);
            if (!String.valueOf(number).equals(c.id())) {
                code.setOriginalId(c.id());
            }
        }
        f.append(text.substring(pos));
        return f;
    }

    /**
     * A lib-xliff2 fragment of a unit's {@code store}; lib-xliff2 writes a balanced pair as {@code <pc>}.
     * In 2.x segments and codes share one id space per unit: a code whose id is a segment's
     * ({@code segmentIds}) is renamed, the same way in source and target.
     */
    Fragment toXliff2(Store store, boolean target, Set<String> segmentIds) {
        Fragment f = new Fragment(store, target);
        int pos = 0;
        for (InlineCode c : codes) {
            f.append(text.substring(pos, Math.min(c.offset(), text.length())));
            pos = Math.max(pos, Math.min(c.offset(), text.length()));
            String id = c.id();
            while (segmentIds.contains(id)) {
                id = "c" + id;
            }
            CTag tag = f.append(xliff2TagType(c.kind()), id, c.data(), false);
            if (c.type() != null && isXliff2Type(c.type())) {
                tag.setType(c.type());
            }
        }
        f.append(text.substring(pos));
        return f;
    }

    /** 2.x allows only its own categories for {@code type}; Okapi's 1.2 types ("x-bold") are left out. */
    private static boolean isXliff2Type(String type) {
        return type.equals("fmt") || type.equals("ui") || type.equals("quote") || type.equals("link")
                || type.equals("image") || type.equals("other");
    }

    private static int numericId(String id, int fallback) {
        try {
            int n = Integer.parseInt(id);
            return n > 0 ? n : fallback + 1000;
        } catch (NumberFormatException e) {
            return fallback + 1000;
        }
    }

    /**
     * A 1.2 {@code <mrk>}: Okapi makes a code of it, but it marks text (a term, protected text, a
     * comment) rather than standing for formatting, as in 2.x, where {@link #of(Fragment)} keeps
     * the text and drops the marker. A {@code mtype="protected"} one is one placeholder whose data
     * is its text (with the markup of any code inside it); the others are an empty pair.
     */
    private static boolean isMarker(Code code) {
        return Code.TYPE_ANNOTATION_ONLY.equals(code.getType())
                || MRK.equals(code.getType()) && code.getOuterData().startsWith("<mrk");
    }

    private static String markedText(Code code) {
        return MARKUP.matcher(code.getData()).replaceAll("");
    }

    /**
     * Okapi splits a {@code <bpt>} that holds a {@code <sub>} flow in two codes around the
     * sub-flow's text: the second part ({@code </sub>…</bpt>}) is the rest of the first, not a code
     * of its own, and has no id in the file.
     */
    private static boolean continuesSplitCode(Code code) {
        return code.getOriginalId() == null && code.getOuterData().startsWith("</sub>");
    }

    /**
     * The id the file gives the code. Okapi numbers codes it builds itself (the first part of a
     * split {@code <bpt>}) from Integer.MIN_VALUE up, numbers no file has: their id attribute is
     * read from the markup instead.
     */
    private static String codeId(Code code) {
        String orig = code.getOriginalId();
        if (orig != null && !orig.isEmpty()) {
            return orig;
        }
        Matcher id = ID_ATTRIBUTE.matcher(code.getOuterData());
        return id.lookingAt() ? id.group(1) : String.valueOf(code.getId());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
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

    private static TextFragment.TagType okapiTagType(InlineCode.Kind kind) {
        return switch (kind) {
            case OPENING -> TextFragment.TagType.OPENING;
            case CLOSING -> TextFragment.TagType.CLOSING;
            case PLACEHOLDER -> TextFragment.TagType.PLACEHOLDER;
        };
    }

    private static TagType xliff2TagType(InlineCode.Kind kind) {
        return switch (kind) {
            case OPENING -> TagType.OPENING;
            case CLOSING -> TagType.CLOSING;
            case PLACEHOLDER -> TagType.STANDALONE;
        };
    }
}
