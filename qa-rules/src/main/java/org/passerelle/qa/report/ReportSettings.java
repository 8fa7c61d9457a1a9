package org.passerelle.qa.report;

import java.util.Optional;
import org.passerelle.qa.Severity;

/**
 * What a report needs to know of the gate besides the findings: the severity at which the gate
 * fails (empty for {@code --fail-on never}), so that a JUnit test case fails exactly when the gate does.
 */
public record ReportSettings(Optional<Severity> failAt) {
    /** The default gate, {@code --fail-on error}. */
    public static final ReportSettings DEFAULT = new ReportSettings(Optional.of(Severity.ERROR));

    /** True when an unsuppressed finding of {@code severity} fails the gate. */
    public boolean fails(Severity severity) {
        return failAt.map(severity::atLeast).orElse(false);
    }
}
