package org.passerelle.qa;

/** Counts over a whole QA run; suppressed findings are counted apart and not in errors/warnings/infos. */
public record QaSummary(int files, int units, int errors, int warnings, int infos, int suppressed) {

    /**
     * True when findings at or above {@code threshold} remain ({@code --fail-on error|warning});
     * pass null for {@code --fail-on never}.
     */
    public boolean failsAt(Severity threshold) {
        if (threshold == null) {
            return false;
        }
        return errors > 0 || warnings > 0 && Severity.WARNING.atLeast(threshold) || infos > 0 && Severity.INFO.atLeast(threshold);
    }
}
