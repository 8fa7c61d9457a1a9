package org.passerelle.qa.languagetool;

import java.util.ArrayList;
import java.util.List;
import org.languagetool.Language;
import org.languagetool.UserConfig;
import org.languagetool.rules.CleanOverlappingFilter;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool's choice between matches that overlap or touch ({@link CleanOverlappingFilter}), made
 * run by run instead of over the whole text.
 *
 * <p>The filter compares the first suggestions of neighbouring matches, so inside
 * {@code JLanguageTool.check} it computes the suggestions of every match of a text with two or more,
 * which {@link org.passerelle.lang.languagetool.SuggestionsOnDemand} leaves for later. Matches further
 * apart than one character are never compared, so the instances Passerelle creates leave the filter
 * off, and the {@link Proofreader} applies it to each run of matches closer than that: the same
 * matches survive. A run of unknown words alone ("Andrey Valeryevich Kartapolov") is cleaned only
 * when one of them is asked about.
 */
final class OverlappingMatches {
    private static final boolean HIDE_PREMIUM = new UserConfig().getHidePremiumMatches();

    private OverlappingMatches() {
    }

    /** @param matches one text's matches, in LanguageTool's order (by start) */
    static List<List<RuleMatch>> runs(List<RuleMatch> matches) {
        List<List<RuleMatch>> runs = new ArrayList<>();
        List<RuleMatch> run = new ArrayList<>();
        int end = Integer.MIN_VALUE;
        for (RuleMatch m : matches) {
            if (!run.isEmpty() && m.getFromPos() > end + 1) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(m);
            end = run.size() == 1 ? m.getToPos() : Math.max(end, m.getToPos());
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** The matches of a run that LanguageTool keeps. */
    static List<RuleMatch> cleaned(Language language, List<RuleMatch> run) {
        return run.size() < 2 ? run : new CleanOverlappingFilter(language, HIDE_PREMIUM).filter(run);
    }
}
