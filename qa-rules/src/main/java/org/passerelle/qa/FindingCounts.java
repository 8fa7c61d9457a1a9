package org.passerelle.qa;

/**
 * A run's counts as its findings go by: suppressed findings apart, the rest by severity. The engine
 * counts with it, and so does a client of a checking service that filters the service's findings
 * further (a baseline) and must say the counts of what it reports.
 */
public final class FindingCounts {
    private int errors;
    private int warnings;
    private int infos;
    private int suppressed;

    public void add(Finding f) {
        if (f.isSuppressed()) {
            suppressed++;
            return;
        }
        switch (f.severity()) {
            case ERROR -> errors++;
            case WARNING -> warnings++;
            case INFO -> infos++;
        }
    }

    public QaSummary summary(int files, int units) {
        return new QaSummary(files, units, errors, warnings, infos, suppressed);
    }
}
