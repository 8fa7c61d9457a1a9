package org.passerelle.qa;

import java.util.List;

/**
 * One QA finding, the unit of every report (fields as in the JSON schema of docs/design.md).
 *
 * @param suppressed the reason it was suppressed, or null when it counts
 */
public record Finding(String file, String unit, String segment, Side side, String lang, String check,
                      Severity severity, String message, int offset, int length, List<String> suggestions,
                      String suppressed) {
    public Finding {
        suggestions = List.copyOf(suggestions);
    }

    /** This finding, suppressed for {@code reason}. */
    public Finding suppressedBecause(String reason) {
        return new Finding(file, unit, segment, side, lang, check, severity, message, offset, length, suggestions, reason);
    }

    public boolean isSuppressed() {
        return suppressed != null;
    }
}
