package org.passerelle.qa.checks;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.Languages;

/**
 * Numbers written as words and month names, so that "trois soldats" / "3 soldiers" and
 * "21/10" / "21 October" are not reported as mismatches. Only used to excuse a number that one
 * side writes in digits, never to demand one.
 */
final class NumberWords {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, Map<String, Integer>> WORDS = new HashMap<>();
    private static final Map<String, Map<String, Integer>> MONTHS = new HashMap<>();

    static {
        words("fr", "zéro", 0, "un", 1, "une", 1, "premier", 1, "première", 1, "deux", 2, "deuxième", 2, "second", 2,
                "seconde", 2, "trois", 3, "troisième", 3, "quatre", 4, "quatrième", 4, "cinq", 5, "cinquième", 5,
                "six", 6, "sixième", 6, "sept", 7, "septième", 7, "huit", 8, "huitième", 8, "neuf", 9, "neuvième", 9,
                "dix", 10, "dixième", 10, "onze", 11, "douze", 12, "treize", 13, "quatorze", 14, "quinze", 15,
                "seize", 16, "vingt", 20, "trente", 30, "quarante", 40, "cinquante", 50, "soixante", 60, "cent", 100,
                "mille", 1000, "double", 2, "triple", 3, "moitié", 2, "dizaine", 10, "douzaine", 12, "centaine", 100);
        words("en", "zero", 0, "one", 1, "first", 1, "once", 1, "two", 2, "second", 2, "twice", 2, "three", 3,
                "third", 3, "four", 4, "fourth", 4, "five", 5, "fifth", 5, "six", 6, "sixth", 6, "seven", 7,
                "seventh", 7, "eight", 8, "eighth", 8, "nine", 9, "ninth", 9, "ten", 10, "tenth", 10, "eleven", 11,
                "twelve", 12, "thirteen", 13, "fourteen", 14, "fifteen", 15, "sixteen", 16, "twenty", 20,
                "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "hundred", 100, "thousand", 1000,
                "double", 2, "triple", 3, "half", 2, "dozen", 12, "dozens", 12, "hundreds", 100);
        words("vi", "không", 0, "một", 1, "nhất", 1, "hai", 2, "nhì", 2, "ba", 3, "bốn", 4, "tư", 4, "năm", 5,
                "sáu", 6, "bảy", 7, "bẩy", 7, "tám", 8, "chín", 9, "mười", 10, "mươi", 10, "trăm", 100, "nghìn", 1000,
                "ngàn", 1000, "đôi", 2, "chục", 10);
        months("fr", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                "octobre", "novembre", "décembre");
        months("en", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December");
        months("en", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    }

    private NumberWords() {
    }

    /** Values a text names in words: number words and, for 1-12, month names. */
    static List<BigDecimal> values(String text, String languageTag) {
        String lang = Languages.primary(languageTag);
        Map<String, Integer> words = WORDS.getOrDefault(lang, Map.of());
        Map<String, Integer> months = MONTHS.getOrDefault(lang, Map.of());
        java.util.ArrayList<BigDecimal> values = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            Integer v = words.get(lower);
            if (v != null) {
                values.add(BigDecimal.valueOf(v));
            }
            // English month names count only capitalised: "may" is a verb.
            Integer month = months.get("en".equals(lang) ? w : lower);
            if (month != null) {
                values.add(BigDecimal.valueOf(month));
            }
        }
        return values;
    }

    private static void words(String lang, Object... pairs) {
        Map<String, Integer> map = WORDS.computeIfAbsent(lang, k -> new HashMap<>());
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
    }

    private static void months(String lang, String... names) {
        Map<String, Integer> map = MONTHS.computeIfAbsent(lang, k -> new HashMap<>());
        for (int i = 0; i < names.length; i++) {
            map.put("en".equals(lang) ? names[i] : names[i].toLowerCase(Locale.ROOT), i + 1);
        }
    }
}
