package org.passerelle.qa;

import java.util.List;

/**
 * What a check found, before the engine adds file, unit, check id and the configured severity
 * (LanguageTool's RuleMatch, for translation units).
 *
 * @param segment     segment id the problem is in
 * @param side        source or target
 * @param offset      offset of the problem in that segment's plain text
 * @param length      length of the problem (0 when it is about the whole segment)
 * @param message     what is wrong and what to do, one sentence
 * @param suggestions replacements, best first (may be empty)
 */
public record CheckMatch(String segment, Side side, int offset, int length, String message, List<String> suggestions) {
    public CheckMatch {
        suggestions = List.copyOf(suggestions);
    }
}
