package org.passerelle.xliff;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How alike two sentences are, judged by the words they share (case-insensitive). */
final class WordSimilarity {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private WordSimilarity() {
    }

    /** Dice coefficient of the two texts' word sets: 1 for the same words, 0 for none shared. */
    static double of(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() && wb.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String w : wa) {
            if (wb.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (wa.size() + wb.size());
    }

    private static Set<String> words(String s) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
