package org.passerelle.qa.languagetool;

import java.util.List;

/**
 * A LanguageTool rule match reduced to what the QA reports; immutable so results can be cached.
 *
 * @param spelling true when the rule is a dictionary-based spelling rule
 */
public record ProofMatch(String ruleId, boolean spelling, int offset, int length, String message,
                         List<String> suggestions) {
    public ProofMatch {
        suggestions = List.copyOf(suggestions);
    }
}
