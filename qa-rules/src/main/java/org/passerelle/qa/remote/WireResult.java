package org.passerelle.qa.remote;

import java.util.List;
import org.passerelle.qa.QaSummary;

/**
 * The service's answer to a check: the run's summary, its findings in report order, and the files
 * that could not be read (bad input, as on the command line).
 */
public record WireResult(QaSummary summary, List<WireFinding> findings, List<WireProblem> unreadable) {
    public WireResult {
        findings = List.copyOf(findings);
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
    }

    /** A file the service could not read: where, and the one-line reason. */
    public record WireProblem(String file, int line, int column, String message) {
    }
}
