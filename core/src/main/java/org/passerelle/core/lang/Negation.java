package org.passerelle.core.lang;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a language says "not": the patterns that each count as one negation ("ne … pas", "not",
 * "không"), and the phrases that look like one but are not ("ne … que" is a restriction, "không
 * quân" the air force, "not only" an addition), blanked out before counting. Built by each
 * language module; immutable.
 */
public final class Negation {
    private final List<Pattern> negations;
    private final List<Pattern> lookalikes;

    private Negation(List<Pattern> negations, List<Pattern> lookalikes) {
        this.negations = negations;
        this.lookalikes = lookalikes;
    }

    /**
     * @param negations  regular expressions, each match one negation (case-insensitive, Unicode)
     * @param lookalikes regular expressions of phrases that are no negation, removed first
     */
    public static Negation of(List<String> negations, List<String> lookalikes) {
        return new Negation(compile(negations), compile(lookalikes));
    }

    private static List<Pattern> compile(List<String> regexes) {
        return regexes.stream().map(r -> Pattern.compile(r,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)).toList();
    }

    /** The negations of {@code text}. */
    public int count(String text) {
        String rest = text;
        for (Pattern p : lookalikes) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        int count = 0;
        for (Pattern p : negations) {
            Matcher m = p.matcher(rest);
            while (m.find()) {
                count++;
            }
        }
        return count;
    }
}
