package org.passerelle.qa;

/** Counts over a whole QA run; suppressed findings are counted apart and not in errors/warnings/infos. */
public record QaSummary(int files, int units, int errors, int warnings, int infos, int suppressed) {
}
