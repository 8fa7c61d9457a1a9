package org.passerelle.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.passerelle.xliff.InlineCode;

/**
 * A segment's text as LanguageTool and every check that reads words must see it: each inline code
 * rendered as what it stands for, a line break ({@code <x ctype="lb"/>}, {@code <ph subType="xlf:lb"/>},
 * {@code <br/>}) as a new line, another placeholder as a space, formatting as nothing. Without it
 * "(right).<x/>Photo:" reads "(right).Photo:" and is reported as a missing space, and
 * "TTXVN/CVN<lb/>Đại tướng" fuses into the word "CVNĐại". Offsets of matches map back to the
 * plain text the reports use.
 */
public final class ProofText {
    private static final Pattern BREAK_DATA = Pattern.compile("(?i)\\s*(<br\\s*/?>|\\\\n|\\n|\\r\\n?)\\s*");

    private final String rendered;
    /** For each char of {@code rendered}, the offset in the plain text; one more entry for the end. */
    private final int[] plainOffset;
    /** The codes with their offsets in {@code rendered} (each before what it stands for). */
    private final List<InlineCode> codes;

    private ProofText(String rendered, int[] plainOffset, List<InlineCode> codes) {
        this.rendered = rendered;
        this.plainOffset = plainOffset;
        this.codes = List.copyOf(codes);
    }

    public static ProofText of(String plain, List<InlineCode> codes) {
        StringBuilder text = new StringBuilder(plain.length() + codes.size());
        int[] offsets = new int[plain.length() + codes.size() + 1];
        List<InlineCode> moved = new ArrayList<>(codes.size());
        int code = 0;
        for (int i = 0; i <= plain.length(); i++) {
            while (code < codes.size() && codes.get(code).offset() == i) {
                InlineCode c = codes.get(code);
                moved.add(new InlineCode(c.id(), c.kind(), text.length(), c.type(), c.data()));
                String stands = standsFor(c, text, plain, i);
                for (int k = 0; k < stands.length(); k++) {
                    offsets[text.length()] = i;
                    text.append(stands.charAt(k));
                }
                code++;
            }
            if (i < plain.length()) {
                offsets[text.length()] = i;
                text.append(plain.charAt(i));
            }
        }
        // a code past the end of the text (a malformed offset) keeps its place at the end
        for (; code < codes.size(); code++) {
            InlineCode c = codes.get(code);
            moved.add(new InlineCode(c.id(), c.kind(), text.length(), c.type(), c.data()));
        }
        offsets[text.length()] = plain.length();
        return new ProofText(text.toString(), offsets, moved);
    }

    private static String standsFor(InlineCode c, CharSequence before, String plain, int at) {
        if (c.kind() != InlineCode.Kind.PLACEHOLDER) {
            return "";
        }
        if (lineBreak(c)) {
            return "\n";
        }
        boolean spaced = before.length() > 0 && Character.isWhitespace(before.charAt(before.length() - 1))
                || at < plain.length() && Character.isWhitespace(plain.charAt(at));
        return spaced ? "" : " ";
    }

    public static boolean lineBreak(InlineCode c) {
        String type = c.type() == null ? "" : c.type().toLowerCase(Locale.ROOT);
        return type.equals("lb") || type.endsWith(":lb") || type.equals("x-lb") || type.equals("linebreak")
                || c.data() != null && BREAK_DATA.matcher(c.data()).matches();
    }

    public String text() {
        return rendered;
    }

    /** The inline codes at their offsets in {@link #text()}. */
    public List<InlineCode> codes() {
        return codes;
    }

    /** The plain-text offset of a rendered offset. */
    public int plain(int renderedOffset) {
        return plainOffset[Math.max(0, Math.min(renderedOffset, rendered.length()))];
    }
}
