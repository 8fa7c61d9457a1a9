package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.lang.RequiredLiterals;

/**
 * What a translation copies character for character, never translates: web addresses, e-mail
 * addresses, hashtags, @handles, file names, placeholders of software strings ("%minutes%",
 * "{{ count }}", "%s") and legal references ("L. 4121-2", "15/2020/NĐ-CP").
 */
enum Verbatim {
    URL("web address", "(?:https?://|www\\.)[^\\s<>\"«»“”]+"),
    EMAIL("e-mail address", "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+"),
    HASHTAG("hashtag", "(?<![\\p{L}\\p{N}&/])#[\\p{L}\\p{N}_]+"),
    HANDLE("handle", "(?<![\\p{L}\\p{N}._@/])@[\\p{L}\\p{N}_]{2,}(?!\\.\\p{L})"),
    FILE("file name", "(?<![\\p{L}\\p{N}/])[\\p{L}\\p{N}_-]+\\.(?:pdf|docx?|xlsx?|pptx?|odt|txt|csv|jpe?g|png|zip|xml|html?)"
            + "(?![\\p{L}\\p{N}])"),
    PLACEHOLDER("placeholder", "%[\\p{L}_][\\p{L}\\p{N}_.]*%|\\{\\{?[\\p{L}\\p{N}_.]+\\}\\}?|%\\d*\\$?[sdf]"),
    REFERENCE("reference", "(?<![\\p{L}\\p{N}])(?:[A-Z]\\.\\s?\\d+(?:-\\d+)+|\\d+/\\d{4}/[\\p{Lu}Đ][\\p{Lu}Đ\\p{N}]*(?:-[\\p{Lu}Đ\\p{N}]+)*)");

    /** Sentence punctuation that ends a sentence after an address, not the address. */
    private static final String TRAILING = ".,;:!?)]»”\"'…";

    private final String what;
    private final Pattern pattern;
    /** An "@", a "#", a "://": most texts have none, and are not scanned. */
    private final RequiredLiterals literals;

    Verbatim(String what, String regex) {
        this.what = what;
        this.pattern = Pattern.compile(regex);
        this.literals = RequiredLiterals.of(pattern);
    }

    String what() {
        return what;
    }

    /** The spans (start, end) of this kind in {@code text}, trailing punctuation left out. */
    List<int[]> find(String text) {
        List<int[]> spans = new ArrayList<>();
        if (!literals.mayBeIn(text)) {
            return spans;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() + 1 && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            spans.add(new int[] {m.start(), end});
        }
        return spans;
    }

    /** The spans (start, end) of every kind in {@code text}. */
    static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        for (Verbatim kind : values()) {
            spans.addAll(kind.find(text));
        }
        return spans;
    }

    /** True when {@code [start, end)} overlaps one of {@code spans}: prose rules have nothing to say inside "@VNA_fr". */
    static boolean overlaps(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(span -> start < span[1] && end > span[0]);
    }

    /** {@code text} with every verbatim item blanked out (same length), for checks that read words. */
    static String blanked(String text) {
        StringBuilder b = new StringBuilder(text);
        for (int[] span : spans(text)) {
            for (int i = span[0]; i < span[1]; i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }
}
