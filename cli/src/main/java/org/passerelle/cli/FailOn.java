package org.passerelle.cli;

import org.passerelle.qa.QaSummary;
import org.passerelle.qa.Severity;

/** The gate threshold of {@code --fail-on}; the levels are the Maven plugin's {@code failOn} too. */
enum FailOn {
    error, warning, info, never;

    boolean fails(QaSummary s) {
        return s.failsAt(this == never ? null : Severity.parse(name()));
    }
}
