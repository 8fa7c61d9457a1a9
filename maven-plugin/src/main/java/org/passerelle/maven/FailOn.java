package org.passerelle.maven;

import java.util.Locale;
import org.passerelle.qa.QaSummary;

/** The gate threshold of {@code failOn}: the same levels as the command line's {@code --fail-on}. */
enum FailOn {
    ERROR, WARNING, INFO, NEVER;

    boolean fails(QaSummary s) {
        return switch (this) {
            case ERROR -> s.errors() > 0;
            case WARNING -> s.errors() + s.warnings() > 0;
            case INFO -> s.errors() + s.warnings() + s.infos() > 0;
            case NEVER -> false;
        };
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
