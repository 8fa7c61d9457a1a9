package org.passerelle.lang.fr;

import java.util.List;
import java.util.Set;
import org.languagetool.Languages;
import org.languagetool.language.French;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.passerelle.lang.languagetool.SuggestionsOnDemand;

/**
 * LanguageTool's French, whose suggestions for unknown words are computed when read
 * ({@link SuggestionsOnDemand}). It spells with the rule of LanguageTool's own French instance, which
 * French's rule filters use ({@code French.getInstance()}), so the JVM builds that rule once.
 */
final class LazyFrench extends French {
    /** The only one: LanguageTool builds a language's rules per instance. */
    static final LazyFrench INSTANCE = new LazyFrench();

    private LazyFrench() {
        super(true);
        setWordTokenizer(new QuickFrenchWordTokenizer());
    }

    @Override
    public SpellingCheckRule getDefaultSpellingRule() {
        return Languages.getLanguageForShortCode("fr").getDefaultSpellingRule();
    }

    /**
     * French's filter treats each match on its own but for the rules of LanguageTool's remote French
     * model ("AI_FR_…"), which it merges; a local LanguageTool has none, and a list with one is
     * filtered whole.
     */
    @Override
    public List<RuleMatch> filterRuleMatches(List<RuleMatch> matches, AnnotatedText text, Set<String> enabledRules) {
        if (matches.stream().anyMatch(m -> m.getRule().getId().startsWith("AI_"))) {
            return super.filterRuleMatches(matches, text, enabledRules);
        }
        return SuggestionsOnDemand.filter(matches, batch -> super.filterRuleMatches(batch, text, enabledRules));
    }
}
