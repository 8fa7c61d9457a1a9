package org.passerelle.core.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers, months and weekdays written as words: "trois" / "3", "quatre-vingt-dix" / "90",
 * "21 octobre" / "21/10", "jeudi" / "Thursday" / "thứ Năm".
 *
 * @param numbers           lower-case word → value, words that name a number on their own ("trois" → 3,
 *                          "forty" → 40, "hundred" → 100, "premier" → 1)
 * @param months            month name → 1-12, lower case unless {@code capitalisedMonths}
 * @param capitalisedMonths true when month and weekday names count only as written in {@code months} and
 *                          {@code weekdays} (English "May", since "may" is a verb)
 * @param approximate       lower-case words that may stand for a number but do not name it exactly
 *                          ("dozen", "double", "centaine"): they excuse a number written in digits on
 *                          the other side, never make a mismatch
 * @param inCompounds       lower-case words that are numbers only next to another number word
 *                          (Vietnamese "năm" is "five" in "năm mươi" but usually "year"; "lăm", "mốt")
 * @param connectors        lower-case words that join the parts of one number ("vingt et un",
 *                          "one hundred and five", "một trăm linh năm")
 * @param weekdays          weekday name (or phrase: "thứ Năm") → 1-7, Monday first, cased as {@code months}
 * @param monthForms        how the language writes a month in figures beyond day and month with a
 *                          slash ({@link DateOrder}), group 1 the month ("tháng 9"); empty for most
 * @param alsoWords         words of {@code inCompounds} that are ordinary words too, so that a number
 *                          ending with one may end before it (Vietnamese "bảy mươi năm" is 75, or
 *                          "seventy years")
 */
public record NumberNames(Map<String, Integer> numbers, Map<String, Integer> months, boolean capitalisedMonths,
                          Map<String, Integer> approximate, Map<String, Integer> inCompounds, Set<String> connectors,
                          Map<String, Integer> weekdays, List<Pattern> monthForms,
                          Set<String> alsoWords) {
    public static final NumberNames NONE = new NumberNames(Map.of(), Map.of(), false);

    public NumberNames {
        numbers = Map.copyOf(numbers);
        months = Map.copyOf(months);
        approximate = Map.copyOf(approximate);
        inCompounds = Map.copyOf(inCompounds);
        connectors = Set.copyOf(connectors);
        weekdays = Map.copyOf(weekdays);
        monthForms = List.copyOf(monthForms);
        alsoWords = Set.copyOf(alsoWords);
    }

    /** Number words and month names only: no approximations, compounds parts, weekdays or month figures. */
    public NumberNames(Map<String, Integer> numbers, Map<String, Integer> months, boolean capitalisedMonths) {
        this(numbers, months, capitalisedMonths, Map.of(), Map.of(), Set.of(), Map.of(), List.of(), Set.of());
    }

    /** These names with words that stand for a number only approximately ("dozen", "double"). */
    public NumberNames approximate(Map<String, Integer> words) {
        return new NumberNames(numbers, months, capitalisedMonths, words, inCompounds, connectors, weekdays, monthForms,
                alsoWords);
    }

    /** These names with how compound numbers are written: words that count only in compounds, and joining words. */
    public NumberNames compounds(Map<String, Integer> parts, Set<String> joining) {
        return new NumberNames(numbers, months, capitalisedMonths, approximate, parts, joining, weekdays, monthForms,
                alsoWords);
    }

    /** These names with the weekdays and the figures a month is written in. */
    public NumberNames calendar(Map<String, Integer> weekdayNames, List<Pattern> monthFigures) {
        return new NumberNames(numbers, months, capitalisedMonths, approximate, inCompounds, connectors, weekdayNames,
                monthFigures, alsoWords);
    }

    /** These names with the compound parts that are ordinary words too ("năm", year). */
    public NumberNames alsoWords(Set<String> words) {
        return new NumberNames(numbers, months, capitalisedMonths, approximate, inCompounds, connectors, weekdays,
                monthForms, words);
    }

    /** The value a word names as a number on its own, or null. */
    public Integer number(String word) {
        return numbers.get(word.toLowerCase(Locale.ROOT));
    }

    /** The month (1-12) a word names, or null. */
    public Integer month(String word) {
        return months.get(capitalisedMonths ? word : word.toLowerCase(Locale.ROOT));
    }

    /** A word → value map from alternating words and values: {@code words("one", 1, "two", 2)}. */
    public static Map<String, Integer> words(Object... wordsAndValues) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < wordsAndValues.length; i += 2) {
            map.put((String) wordsAndValues[i], (Integer) wordsAndValues[i + 1]);
        }
        return map;
    }

    /** Month names in calendar order (January first) → 1-12; several lists (full and short names) may be given. */
    public static Map<String, Integer> months(String[]... lists) {
        return calendarOrder(12, lists);
    }

    /** Weekday names in order, Monday first → 1-7; several lists may be given. */
    public static Map<String, Integer> weekdays(String[]... lists) {
        return calendarOrder(7, lists);
    }

    private static Map<String, Integer> calendarOrder(int size, String[]... lists) {
        Map<String, Integer> map = new HashMap<>();
        for (String[] names : lists) {
            if (names.length != size) {
                throw new IllegalArgumentException(size + " names expected, not " + names.length);
            }
            for (int i = 0; i < names.length; i++) {
                map.put(names[i], i + 1);
            }
        }
        return map;
    }
}
