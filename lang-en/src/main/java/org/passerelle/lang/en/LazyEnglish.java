package org.passerelle.lang.en;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.language.AmericanEnglish;
import org.languagetool.language.AustralianEnglish;
import org.languagetool.language.BritishEnglish;
import org.languagetool.language.CanadianEnglish;
import org.languagetool.language.NewZealandEnglish;
import org.languagetool.language.SouthAfricanEnglish;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;
import org.passerelle.lang.languagetool.SuggestionsOnDemand;

/**
 * LanguageTool's English variants, each with its suggestions for unknown words computed when read
 * ({@link SuggestionsOnDemand}: English's filter treats each match on its own). One instance per
 * variant, as LanguageTool builds a language's rules per instance.
 */
final class LazyEnglish {
    private static final Map<String, Language> VARIANTS = new ConcurrentHashMap<>();

    private LazyEnglish() {
    }

    /** The variant for a LanguageTool code ("en-GB"); LanguageTool's own for a code it has no class of here. */
    static Language of(String code) {
        return VARIANTS.computeIfAbsent(code, LazyEnglish::create);
    }

    private static Language create(String code) {
        return switch (code) {
            case "en-US" -> new AmericanEnglish(true) {
                @Override
                public List<RuleMatch> filterRuleMatches(List<RuleMatch> m, AnnotatedText t, Set<String> rules) {
                    return SuggestionsOnDemand.filter(m, batch -> super.filterRuleMatches(batch, t, rules));
                }
            };
            case "en-GB" -> new BritishEnglish(true) {
                @Override
                public List<RuleMatch> filterRuleMatches(List<RuleMatch> m, AnnotatedText t, Set<String> rules) {
                    return SuggestionsOnDemand.filter(m, batch -> super.filterRuleMatches(batch, t, rules));
                }
            };
            case "en-CA" -> new CanadianEnglish(true) {
                @Override
                public List<RuleMatch> filterRuleMatches(List<RuleMatch> m, AnnotatedText t, Set<String> rules) {
                    return SuggestionsOnDemand.filter(m, batch -> super.filterRuleMatches(batch, t, rules));
                }
            };
            case "en-AU" -> new AustralianEnglish() {
                @Override
                public List<RuleMatch> filterRuleMatches(List<RuleMatch> m, AnnotatedText t, Set<String> rules) {
                    return SuggestionsOnDemand.filter(m, batch -> super.filterRuleMatches(batch, t, rules));
                }
            };
            case "en-NZ" -> new NewZealandEnglish() {
                @Override
                public List<RuleMatch> filterRuleMatches(List<RuleMatch> m, AnnotatedText t, Set<String> rules) {
                    return SuggestionsOnDemand.filter(m, batch -> super.filterRuleMatches(batch, t, rules));
                }
            };
            case "en-ZA" -> new SouthAfricanEnglish() {
                @Override
                public List<RuleMatch> filterRuleMatches(List<RuleMatch> m, AnnotatedText t, Set<String> rules) {
                    return SuggestionsOnDemand.filter(m, batch -> super.filterRuleMatches(batch, t, rules));
                }
            };
            default -> Languages.getLanguageForShortCode(code);
        };
    }
}
