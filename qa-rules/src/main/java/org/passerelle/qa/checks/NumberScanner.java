package org.passerelle.qa.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.lang.NumberStyle;

/**
 * Finds numbers in a text and reads them with the conventions of its language: French "1 000,5",
 * English "1,000.5", Vietnamese "1.000,5". A separator only groups thousands when exactly three
 * digits follow, so "2019, 2020" and "1,2" stay separate numbers; "2019-20" reads as 2019 and 2020.
 */
final class NumberScanner {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[ \\u00A0\\u202F.,]\\d+)*");
    private static final Pattern PIECE = Pattern.compile("([ \\u00A0\\u202F.,]?)(\\d+)");
    /** Roman numerals, with a French ordinal suffix or bare: "XXe siècle", "IIIe République", "thế kỷ XXI". */
    private static final Pattern ROMAN = Pattern.compile("(?<![\\p{L}\\p{N}])([IVXLC]+)(e|ème|er)?(?![\\p{L}\\p{N}])");

    private static final Map<NumberStyle, NumberScanner> SCANNERS = new ConcurrentHashMap<>();

    private final NumberStyle style;
    /** The end of a text that makes the numeral after it an ordinal ("lần thứ "), or null for none. */
    private final Pattern ordinalWordBefore;

    private NumberScanner(NumberStyle style) {
        this.style = style;
        this.ordinalWordBefore = style.ordinalWords().isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{M}])(?:" + style.ordinalWords() + ")\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The scanner of a style, made once: every segment is scanned, often on both sides. */
    static NumberScanner of(NumberStyle style) {
        return SCANNERS.computeIfAbsent(style, NumberScanner::new);
    }

    List<NumberMention> scan(String text) {
        List<NumberMention> result = new ArrayList<>();
        if (hasDigit(text)) {
            Matcher m = NUMBER.matcher(text);
            while (m.find()) {
                read(text, m.start(), m.group(), result);
            }
        }
        if (style.romanOrdinals() || style.romanNumerals()) {
            roman(text, result);
            result.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return expandShortRanges(text, result);
    }

    /**
     * Whether the text has an ASCII digit, which every figure the patterns read has: most sentences have
     * none, and a scan with a look-behind tried at every character costs more than this.
     */
    static boolean hasDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private void roman(String text, List<NumberMention> out) {
        // In a headline in capitals every "CV" or "XL" would be a numeral.
        boolean capitals = text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        Matcher r = ROMAN.matcher(text);
        while (r.find()) {
            int v = RomanNumeral.value(r.group(1));
            boolean suffixed = r.group(2) != null;
            // "Le", "Ce" and "Ve" are words far more often than numerals; a bare "I" or "V" is a letter.
            boolean ordinal = suffixed && style.romanOrdinals() && (r.group(1).length() > 1 || v == 1 || v == 10);
            boolean bare = !suffixed && style.romanNumerals() && !capitals
                    && (r.group(1).length() > 1 || afterOrdinalWord(text.substring(0, r.start())));
            if (v > 0 && (ordinal || bare)) {
                out.add(new NumberMention(r.start(), r.end(), r.group(), BigDecimal.valueOf(v), false));
            }
        }
    }

    /** Whether the text ends with one of the words that make the numeral after them an ordinal ("lần thứ "). */
    private boolean afterOrdinalWord(String before) {
        return ordinalWordBefore != null && ordinalWordBefore.matcher(before).find();
    }

    private void read(String text, int base, String written, List<NumberMention> out) {
        Matcher p = PIECE.matcher(written);
        StringBuilder digits = null;
        int start = 0;
        int end = 0;
        boolean hasDecimal = false;
        boolean grouped = false;
        int firstGroup = 0;
        while (p.find()) {
            String sep = p.group(1);
            String group = p.group(2);
            if (digits != null && !sep.isEmpty()) {
                char c = sep.charAt(0);
                if (!hasDecimal && style.groupSeparators().indexOf(c) >= 0 && group.length() == 3 && firstGroup <= 3) {
                    digits.append(group);
                    grouped = true;
                    end = p.end();
                    continue;
                }
                if (!hasDecimal && c == style.decimal()) {
                    digits.append('.').append(group);
                    hasDecimal = true;
                    end = p.end();
                    continue;
                }
                out.add(mention(text, base, start, end, digits, grouped));
                digits = null;
            }
            digits = new StringBuilder(group);
            start = p.start(2);
            end = p.end();
            hasDecimal = false;
            grouped = false;
            firstGroup = group.length();
        }
        if (digits != null) {
            out.add(mention(text, base, start, end, digits, grouped));
        }
    }

    private static NumberMention mention(String text, int base, int start, int end, StringBuilder digits, boolean grouped) {
        return new NumberMention(base + start, base + end, text.substring(base + start, base + end),
                new BigDecimal(digits.toString()).stripTrailingZeros(), grouped);
    }

    /** "2019-20" means 2019 to 2020: give the short end of a year range its full value. */
    private static List<NumberMention> expandShortRanges(String text, List<NumberMention> mentions) {
        for (int i = 1; i < mentions.size(); i++) {
            NumberMention prev = mentions.get(i - 1);
            NumberMention cur = mentions.get(i);
            boolean dash = cur.start() == prev.end() + 1 && "-–—/".indexOf(text.charAt(prev.end())) >= 0;
            int p = prev.value().scale() <= 0 ? prev.value().intValue() : -1;
            if (dash && p >= 1000 && p <= 2999 && cur.text().length() == 2) {
                int full = p / 100 * 100 + cur.value().intValue();
                if (full > p) {
                    mentions.set(i, new NumberMention(cur.start(), cur.end(), cur.text(), BigDecimal.valueOf(full), false));
                }
            }
        }
        return mentions;
    }
}
