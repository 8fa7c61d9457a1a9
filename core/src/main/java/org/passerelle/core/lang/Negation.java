package org.passerelle.core.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a language says "not": the patterns that each count as one negation ("ne … pas", "not",
 * "không"), and the phrases that look like one but are not ("ne … que" is a restriction, "không
 * quân" the air force, "not only" an addition), blanked out before counting. Built by each
 * language module; immutable.
 *
 * <p>The negations are read left to right as one alternation, each stretch of text counted once:
 * "ne participe à aucune alliance" is one negation though both its "ne … aucune" and its "aucune"
 * match a pattern. Some negations a translation may say in a word rather than with a negation of its
 * own ("sans conditions", "unconditional"; "sans précédent", "unprecedented"): those are
 * {@linkplain #of(List, List, List) affixable}, counted by {@link #count} but not by
 * {@link #spelledOut}. The other side of that: the words in which a language says a negation without
 * a negation word ({@link #inAWord}: "unconditional", "wireless", "free of charge").
 */
public final class Negation {
    private final Pattern all;
    private final Pattern spelledOut;
    private final List<Pattern> lookalikes;
    private final Pattern inAWord;

    private Negation(Pattern all, Pattern spelledOut, List<Pattern> lookalikes, Pattern inAWord) {
        this.all = all;
        this.spelledOut = spelledOut;
        this.lookalikes = lookalikes;
        this.inAWord = inAWord;
    }

    /**
     * @param negations  regular expressions, each match one negation (case-insensitive, Unicode); where two
     *                   could match at the same place the first listed is taken
     * @param lookalikes regular expressions of phrases that are no negation, removed first
     */
    public static Negation of(List<String> negations, List<String> lookalikes) {
        return of(negations, List.of(), lookalikes);
    }

    /**
     * @param affixable negations a translation may say without a negation word of its own ("sans" as
     *                  "-less", "un-", "free of"), listed after {@code negations} in the alternation
     */
    public static Negation of(List<String> negations, List<String> affixable, List<String> lookalikes) {
        List<String> every = new ArrayList<>(negations);
        every.addAll(affixable);
        return new Negation(alternation(every), alternation(negations),
                lookalikes.stream().map(Negation::compile).toList(), alternation(List.of()));
    }

    /** This language's negations, and the words it says a negation in ("un…", "…less"), as one regular expression. */
    public Negation inAWord(String regex) {
        return new Negation(all, spelledOut, lookalikes, compile(regex));
    }

    /** Whether {@code text} has a word that says a negation without a negation word of its own. */
    public boolean saysInAWord(String text) {
        return inAWord.matcher(text).find();
    }

    private static Pattern alternation(List<String> regexes) {
        // an empty list matches nothing
        return compile(regexes.isEmpty() ? "(?!)" : "(?:" + String.join(")|(?:", regexes) + ")");
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** The negations of {@code text}. */
    public int count(String text) {
        return count(all, text);
    }

    /**
     * The negations of {@code text} that a translation has to say with a negation of its own: {@link #count}
     * without the affixable ones.
     */
    public int spelledOut(String text) {
        return count(spelledOut, text);
    }

    private int count(Pattern negations, String text) {
        String rest = text;
        for (Pattern p : lookalikes) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        int count = 0;
        Matcher m = negations.matcher(rest);
        while (m.find()) {
            count++;
        }
        return count;
    }
}
