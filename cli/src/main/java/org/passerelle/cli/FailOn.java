package org.passerelle.cli;

import org.passerelle.qa.QaSummary;

/** The gate threshold of {@code --fail-on}. */
enum FailOn {
    error, warning, info, never;

    boolean fails(QaSummary s) {
        return switch (this) {
            case error -> s.errors() > 0;
            case warning -> s.errors() + s.warnings() > 0;
            case info -> s.errors() + s.warnings() + s.infos() > 0;
            case never -> false;
        };
    }
}
