package org.passerelle.qa.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases a finding's message quotes ('1982', 'Convention des Nations unies sur le droit de la
 * mer') or names in parentheses (Mer Orientale): the evidence a reviewer looks for on the other side
 * of the segment. A finding has a span on one side only; the HTML report marks these phrases on
 * both sides as well, so that a missing term shows where it is in the source.
 */
final class QuotedPhrases {
    /** A quote opens after a space, a parenthesis or the start, and closes before one, so "l'Armée" is no quote. */
    private static final Pattern QUOTED = Pattern.compile("(?:^|(?<=[\\s(]))'(.{2,200}?)'(?=$|[\\s,.;:)?!])");
    private static final Pattern PARENTHESIZED = Pattern.compile("\\(([^()']{2,200})\\)");

    private QuotedPhrases() {
    }

    static Set<String> in(String message) {
        Set<String> phrases = new LinkedHashSet<>();
        for (Pattern p : List.of(QUOTED, PARENTHESIZED)) {
            Matcher m = p.matcher(message);
            while (m.find()) {
                phrases.add(m.group(1).strip());
            }
        }
        return phrases;
    }

    /** Where the phrases occur in {@code text}: pairs of start and length, at most {@code limit}. */
    static List<int[]> occurrences(Set<String> phrases, String text, int limit) {
        List<int[]> found = new ArrayList<>();
        for (String phrase : phrases) {
            if (phrase.isBlank()) {
                continue;
            }
            int at = text.indexOf(phrase);
            while (at >= 0 && found.size() < limit) {
                found.add(new int[] {at, phrase.length()});
                at = text.indexOf(phrase, at + phrase.length());
            }
        }
        return found;
    }
}
