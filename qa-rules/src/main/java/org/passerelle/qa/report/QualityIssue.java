package org.passerelle.qa.report;

import org.passerelle.qa.Finding;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.Severity;

/**
 * A finding as an ITS 2.0 Localization Quality Issue: its type (the check's category), a comment
 * (the check and message) and a severity from 0 to 100, as CAT tools read them from
 * {@code its:locQualityIssue*} attributes.
 */
record QualityIssue(String type, String comment, String severity) {
    static final String ITS = "http://www.w3.org/2005/11/its";

    static QualityIssue of(Finding f, IssueType category) {
        return new QualityIssue(category == null ? IssueType.OTHER.id() : category.id(),
                f.check() + ": " + Excerpt.of(f.message()), severity(f.severity()));
    }

    /** ITS has no levels, only a score; these leave room between our three. */
    private static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "90";
            case WARNING -> "50";
            case INFO -> "10";
        };
    }

    /** The note a translator reads: "error: term.forbidden: 'South China Sea' is a forbidden term …". */
    static String note(Finding f) {
        return f.severity().id() + ": " + f.check() + ": " + Excerpt.of(f.message())
                + (f.suggestions().isEmpty() ? "" : " (suggestions: " + String.join(", ",
                f.suggestions().stream().limit(Excerpt.SUGGESTIONS).map(Excerpt::of).toList()) + ")");
    }

    /** XLIFF note priority, 1 (highest) to 10. */
    static String priority(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "1";
            case WARNING -> "3";
            case INFO -> "5";
        };
    }
}
