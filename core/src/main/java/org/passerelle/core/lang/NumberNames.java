package org.passerelle.core.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers and month names written as words, which excuse a number the other side writes in
 * digits ("trois soldats" / "3 soldiers", "21/10" / "21 October"); never used to demand one.
 *
 * @param numbers           lower-case word → value ("trois" → 3, "dozen" → 12)
 * @param months            month name → 1-12, lower case unless {@code capitalisedMonths}
 * @param capitalisedMonths true when a month name counts only as written in {@code months}
 *                          (English "May", since "may" is a verb)
 */
public record NumberNames(Map<String, Integer> numbers, Map<String, Integer> months, boolean capitalisedMonths) {
    public static final NumberNames NONE = new NumberNames(Map.of(), Map.of(), false);

    public NumberNames {
        numbers = Map.copyOf(numbers);
        months = Map.copyOf(months);
    }

    /** The value a word names as a number, or null. */
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
        Map<String, Integer> map = new HashMap<>();
        for (String[] names : lists) {
            if (names.length != 12) {
                throw new IllegalArgumentException("a year has 12 months, not " + names.length);
            }
            for (int i = 0; i < names.length; i++) {
                map.put(names[i], i + 1);
            }
        }
        return map;
    }
}
