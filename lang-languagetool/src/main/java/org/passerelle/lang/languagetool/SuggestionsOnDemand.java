package org.passerelle.lang.languagetool;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.SuggestedReplacement;

/**
 * A language's match filter that leaves the suggestions for unknown words to be computed when they
 * are first read.
 *
 * <p>LanguageTool 6.6's French and English filters ({@code Language.filterRuleMatches}) read the
 * suggestions of every match, so each unknown word costs a search of the whole dictionary before
 * {@code check} returns, and a name with no word near it is the dearest. Passerelle does not report
 * names, so in a first {@code qa} of one article most of those searches (about three quarters of
 * French's checking time) were thrown away. Here a spelling match goes through the language's own
 * filter alone, when its suggestions are first read; every other match goes through it at once. That
 * is the same result for a filter that treats each match on its own, as English's and French's do for
 * all rules a local LanguageTool has.
 */
public final class SuggestionsOnDemand {
    private SuggestionsOnDemand() {
    }

    /**
     * @param matches        the matches of one text, in order
     * @param languageFilter the language's own filter
     */
    public static List<RuleMatch> filter(List<RuleMatch> matches, UnaryOperator<List<RuleMatch>> languageFilter) {
        List<RuleMatch> out = new ArrayList<>(matches.size());
        for (RuleMatch m : matches) {
            if (m.getRule().isDictionaryBasedSpellingRule()) {
                RuleMatch deferred = new RuleMatch(m);
                deferred.setLazySuggestedReplacements(() -> filtered(m, languageFilter));
                out.add(deferred);
            } else {
                out.addAll(languageFilter.apply(new ArrayList<>(List.of(m))));
            }
        }
        return out;
    }

    private static List<SuggestedReplacement> filtered(RuleMatch m, UnaryOperator<List<RuleMatch>> languageFilter) {
        List<RuleMatch> result = languageFilter.apply(new ArrayList<>(List.of(m)));
        return result.isEmpty() ? List.of() : result.get(0).getSuggestedReplacementObjects();
    }
}
