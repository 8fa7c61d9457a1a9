package org.passerelle.maven;

import java.util.Locale;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.Severity;

/** The gate threshold of {@code failOn}: the same levels as the command line's {@code --fail-on}. */
enum FailOn {
    ERROR, WARNING, INFO, NEVER;

    boolean fails(QaSummary s) {
        return s.failsAt(this == NEVER ? null : Severity.valueOf(name()));
    }

    static FailOn parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failOn must be error, warning, info or never, not '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
