package org.passerelle.qa.checks;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.lang.NumberNames;

/**
 * Numbers written as words, compounds included ("quarante", "quatre-vingt-dix", "forty-five",
 * "bốn mươi lăm"), with the words of the text's language ({@link NumberNames}); and the words
 * that only stand for a number loosely ("dozen", month names), which excuse a number the other
 * side writes in digits but never make a mismatch.
 */
final class NumberWords {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    /** What may stand between the words of one number: "quatre-vingt-dix", "forty five". */
    private static final Pattern JOINER = Pattern.compile("[ \\u00A0\\-‑]+");

    private NumberWords() {
    }

    /** The numbers a text writes in words, each with its span. */
    static List<NumberMention> mentions(String text, NumberNames names) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<int[]> tokens = tokens(nfc);
        List<NumberMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = parse(nfc, tokens, i, names, found);
            i = end > i ? end : i + 1;
        }
        return found;
    }

    /** Values of the words that stand for a number loosely, and of month names (for "21/10" beside "21 octobre"). */
    static List<BigDecimal> approximations(String text, NumberNames names) {
        List<BigDecimal> values = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (m.find()) {
            Integer v = names.approximate().get(m.group().toLowerCase(Locale.ROOT));
            if (v != null) {
                values.add(BigDecimal.valueOf(v));
            }
            Integer month = names.month(m.group());
            if (month != null) {
                values.add(BigDecimal.valueOf(month));
            }
        }
        return values;
    }

    /** The months (1-12) a text names in words ("août", "August", "tháng Chạp") or in the language's month figures ("tháng 8"). */
    static Set<Integer> months(String text, NumberNames names) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        Set<Integer> months = new HashSet<>();
        Matcher m = WORD.matcher(nfc);
        while (m.find()) {
            Integer month = names.month(m.group());
            if (month != null) {
                months.add(month);
            }
        }
        names.months().forEach((name, month) -> {
            if (name.indexOf(' ') > 0 && nfc.contains(name)) {
                months.add(month);
            }
        });
        for (Pattern form : names.monthForms()) {
            Matcher f = form.matcher(nfc);
            while (f.find()) {
                months.add(Integer.parseInt(f.group(1)));
            }
        }
        return months;
    }

    private static List<int[]> tokens(String text) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        return tokens;
    }

    /** Reads one number from token {@code first}; adds it to {@code out} and returns the token after it, or {@code first}. */
    private static int parse(String text, List<int[]> tokens, int first, NumberNames names, List<NumberMention> out) {
        CompoundNumber number = new CompoundNumber();
        long before = 0;
        boolean lastAlsoWord = false;
        int last = -1;
        int words = 0;
        boolean standalone = false;
        for (int j = first; j < tokens.size(); j++) {
            if (j > first && !JOINER.matcher(text.substring(tokens.get(j - 1)[1], tokens.get(j)[0])).matches()) {
                break;
            }
            String word = text.substring(tokens.get(j)[0], tokens.get(j)[1]).toLowerCase(Locale.ROOT);
            if (last >= 0 && names.connectors().contains(word)) {
                continue;
            }
            Integer own = names.number(word);
            Integer part = own != null ? own : names.inCompounds().get(word);
            long soFar = number.value();
            if (part == null || !number.accept(part)) {
                break;
            }
            before = soFar;
            lastAlsoWord = own == null && names.alsoWords().contains(word);
            standalone |= own != null;
            words++;
            last = j;
        }
        if (last < 0 || words == 1 && !standalone) {
            return first;
        }
        int start = tokens.get(first)[0];
        int end = tokens.get(last)[1];
        BigDecimal reading = lastAlsoWord && words > 1 ? BigDecimal.valueOf(before) : null;
        out.add(new NumberMention(start, end, text.substring(start, end), BigDecimal.valueOf(number.value()), false, true,
                reading));
        return last + 1;
    }

    /**
     * A number built word by word the way French, English and Vietnamese build them: units before
     * "vingt"/"mươi" multiply ("quatre-vingts", "bốn mươi"), smaller parts after a larger one add
     * ("vingt-quatre", "soixante-dix"), hundreds and thousands scale what precedes them.
     */
    private static final class CompoundNumber {
        private long total;
        private long group;
        private long last;
        private long scale = Long.MAX_VALUE;
        private int parts;

        boolean accept(long v) {
            if (v >= 1000) {
                if (v >= scale) {
                    return false;
                }
                total += (group == 0 ? 1 : group) * v;
                group = 0;
                last = 0;
                scale = v;
            } else if (v == 100) {
                if (group >= 100) {
                    return false;
                }
                group = (group == 0 ? 1 : group) * 100;
                last = 0;
            } else if ((v == 10 || v == 20) && last > 0 && last < 10) {
                group = group - last + last * v;
                last = last * v;
            } else if (parts == 0 || last == 0 || v < last && last >= 10) {
                group += v;
                last = v;
            } else {
                return false;
            }
            parts++;
            return true;
        }

        long value() {
            return total + group;
        }
    }
}
