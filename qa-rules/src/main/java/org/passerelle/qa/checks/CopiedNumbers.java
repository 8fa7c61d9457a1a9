package org.passerelle.qa.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.lang.NumberStyle;

/**
 * Numbers the translation copies from the source character for character, which the source
 * language cannot read as one number: a version ("Industrie 4.0", "la version 2.0", "HTML 5.1.2")
 * or an amount quoted in another language's format ("$2,500.00" in a German text). The translator
 * kept what the source wrote, so it is no mismatch, although German reads "1.5" as 1 and 5 and
 * English reads it as 1.5. A token the source language reads as one number ("1.234", a German
 * thousand, "1,5" in French) is left to the comparison: copied into English, it says another
 * number or is written the wrong way.
 */
final class CopiedNumbers {
    /** Digits with inner points or commas: "4.0", "2,500.00", "5.1.2". */
    private static final Pattern TOKEN = Pattern.compile("(?<![\\p{N}.,])\\d+(?:[.,]\\d+)+(?![\\p{N}]|[.,]\\d)");
    /**
     * A version: pieces of one or two digits after points. A piece of three digits could be a
     * thousands group ("1.000"), so such a number is copied as a version only when the target
     * language reads it as one number.
     */
    private static final Pattern VERSION = Pattern.compile("\\d+(?:\\.\\d{1,2})+");

    private CopiedNumbers() {
    }

    /** Blanks out of both texts each number token copied verbatim that the source language cannot read whole. */
    static void blank(StringBuilder source, StringBuilder target, NumberStyle sourceStyle, NumberStyle targetStyle) {
        Matcher m = TOKEN.matcher(source.toString());
        while (m.find()) {
            String token = m.group();
            if (readWhole(token, sourceStyle) || !readWhole(token, targetStyle) && !version(token)) {
                continue;
            }
            int at = indexOfToken(target, token);
            if (at >= 0) {
                blank(source, m.start(), m.end());
                blank(target, at, at + token.length());
            }
        }
    }

    /**
     * A version the source language cannot read as a number ("la version 3.1": French reads 3 and
     * 1) written otherwise in the translation ("version 3.2") is one changed version, not two
     * missing numbers and an added one: each is paired with the translation's most similar
     * version; the pairs (source, target) are returned and blanked out of both texts.
     */
    static List<NumberMention[]> changedVersions(StringBuilder source, StringBuilder target, NumberStyle sourceStyle) {
        List<NumberMention> written = versions(target, null);
        List<NumberMention[]> pairs = new ArrayList<>();
        for (NumberMention want : versions(source, sourceStyle)) {
            NumberMention got = written.stream()
                    .min(Comparator.comparingInt(v -> EditDistance.of(v.text(), want.text()))).orElse(null);
            if (got != null) {
                written.remove(got);
                pairs.add(new NumberMention[] {want, got});
                blank(source, want.start(), want.end());
                blank(target, got.start(), got.end());
            }
        }
        return pairs;
    }

    /** The version-like tokens of a text, with their offsets; with a style, only those it cannot read as one number. */
    private static List<NumberMention> versions(CharSequence text, NumberStyle unreadBy) {
        List<NumberMention> found = new ArrayList<>();
        if (!NumberScanner.hasDigit(text)) {
            return found;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (version(m.group()) && (unreadBy == null || !readWhole(m.group(), unreadBy))) {
                found.add(new NumberMention(m.start(), m.end(), m.group(), BigDecimal.ZERO, false));
            }
        }
        return found;
    }

    private static boolean version(String token) {
        return VERSION.matcher(token).matches();
    }

    private static boolean readWhole(String token, NumberStyle style) {
        List<NumberMention> read = NumberScanner.of(style).scan(token);
        return read.size() == 1 && read.get(0).start() == 0 && read.get(0).end() == token.length();
    }

    private static int indexOfToken(CharSequence text, String token) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group().equals(token)) {
                return m.start();
            }
        }
        return -1;
    }

    static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }
}
