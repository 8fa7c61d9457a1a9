package org.passerelle.qa.remote;

import java.util.List;
import org.passerelle.qa.CacheUse;
import org.passerelle.qa.QaSummary;

/**
 * The service's answer to a check: the run's summary, its findings in report order, the files that
 * could not be read (bad input, as on the command line), and what a client needs to replay the run
 * to its own report writers as if it had checked itself: the checks that ran, every unit read (in
 * its place among the findings), and what the run took from the cache.
 */
public record WireResult(QaSummary summary, List<WireFinding> findings, List<WireProblem> unreadable,
                         List<String> checks, List<WireUnit> units, CacheUse cacheUse) {
    public WireResult {
        findings = List.copyOf(findings);
        unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
        checks = checks == null ? List.of() : List.copyOf(checks);
        units = units == null ? List.of() : List.copyOf(units);
    }

    /**
     * A file the service could not read: where, and the one-line reason; {@code at} is the index in
     * {@code findings} of its {@code xliff.unreadable} finding, which follows it.
     */
    public record WireProblem(String file, int line, int column, String message, int at) {
    }
}
