package org.passerelle.qa.languagetool;

import java.util.List;

/**
 * A LanguageTool rule match reduced to what the QA reports; immutable so results can be cached.
 *
 * @param spelling    true when the rule is a dictionary-based spelling rule
 * @param suggestions the replacements LanguageTool proposes; null for a spelling match whose
 *                    suggestions were not asked for yet ({@link Proofreader#suggestions}): most
 *                    spelling matches are names the spelling check does not report, and searching
 *                    the dictionary for their replacements is most of LanguageTool's checking time
 */
public record ProofMatch(String ruleId, boolean spelling, int offset, int length, String message,
                         List<String> suggestions) {
    public ProofMatch {
        suggestions = suggestions == null ? null : List.copyOf(suggestions);
    }

    /** True when the suggestions are known (possibly none). */
    public boolean suggested() {
        return suggestions != null;
    }

    ProofMatch withSuggestions(List<String> found) {
        return new ProofMatch(ruleId, spelling, offset, length, message, found);
    }

    /** True when LanguageTool's match is this one (same rule and place). */
    boolean sameAs(String rule, int from, int to) {
        return ruleId.equals(rule) && offset == from && length == to - from;
    }
}
