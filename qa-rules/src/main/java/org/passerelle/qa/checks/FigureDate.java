package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.lang.LanguageSupport;

/**
 * A date written in figures with slashes ("9/11", "03/04/2025"), read in the order of the text's
 * language and region ({@link org.passerelle.core.lang.DateOrder}): "9/11" is 9 November in French
 * and Vietnamese, September 11 in American English.
 *
 * @param monthStart where the month's figures start, {@code monthEnd} where they end
 * @param year       the year as written, or empty
 */
record FigureDate(int start, int end, String text, int day, int month, int monthStart, int monthEnd, String year) {
    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\p{N}/.,])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\p{N}/]|[.,]\\d)");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}\\p{M}'’]+)[\\s,]*$");

    /** Every slash of figures in the text that the language's order reads as a day and a month. */
    static List<FigureDate> all(String text, LanguageSupport language, String tag) {
        return read(text, language.dateOrder().monthFirst(tag));
    }

    /** Every slash of figures that reads as a day and a month in the given order. */
    private static List<FigureDate> read(String text, boolean monthFirst) {
        List<FigureDate> found = new ArrayList<>();
        if (text.indexOf('/') < 0) {
            return found;
        }
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            int monthGroup = monthFirst ? 1 : 2;
            int day = Integer.parseInt(m.group(monthFirst ? 2 : 1));
            int month = Integer.parseInt(m.group(monthGroup));
            if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                found.add(new FigureDate(m.start(), m.end(), m.group(), day, month, m.start(monthGroup), m.end(monthGroup),
                        m.group(3) == null ? "" : m.group(3)));
            }
        }
        return found;
    }

    /**
     * The slashes of figures that are certainly dates: with a year, or right after a word that leads
     * a date ("le 9/11", "ngày 12/8") or a weekday ("lundi 12/8"). "les 2/3 des sièges" is a fraction.
     */
    static List<FigureDate> certain(String text, LanguageSupport language, String tag) {
        return all(text, language, tag).stream().filter(d -> d.dated(text, language)).toList();
    }

    /**
     * In a language that writes the month first, the dates that only a day-first reading makes
     * dates ("on 16/9": no month 16), with a year or after a word that leads a date; read day first.
     */
    static List<FigureDate> dayFirstOnly(String text, LanguageSupport language, String tag) {
        if (!language.dateOrder().monthFirst(tag)) {
            return List.of();
        }
        return read(text, false).stream().filter(d -> d.day() > 12 && d.dated(text, language)).toList();
    }

    /** With a year, or right after a word that leads a date in {@code text}. */
    private boolean dated(String text, LanguageSupport language) {
        return !year.isEmpty() || ledByDateWord(text.substring(0, start), language);
    }

    private static boolean ledByDateWord(String before, LanguageSupport language) {
        Matcher w = WORD_BEFORE.matcher(before);
        if (!w.find()) {
            return false;
        }
        String word = w.group(1).toLowerCase(Locale.ROOT);
        return language.dateOrder().leads().contains(word) || language.numberNames().weekdays().keySet().stream()
                .anyMatch(name -> before.toLowerCase(Locale.ROOT).stripTrailing().replaceAll(",$", "")
                        .endsWith(name.toLowerCase(Locale.ROOT)));
    }

    /** True when the two write the same figures, in this order or the other ("9/11", "11/9"), with the same year. */
    boolean sameFiguresAs(FigureDate other) {
        return year.equals(other.year) && (day == other.day && month == other.month || day == other.month && month == other.day);
    }

    /** True when the two say the same day of the same month. */
    boolean sameDateAs(FigureDate other) {
        return day == other.day && month == other.month;
    }

    /** This date written in a language's order: "11/9" month first, "9/11" day first, the year as written. */
    String writtenFor(LanguageSupport language, String tag) {
        String dm = language.dateOrder().monthFirst(tag) ? month + "/" + day : day + "/" + month;
        return year.isEmpty() ? dm : dm + "/" + year;
    }
}
