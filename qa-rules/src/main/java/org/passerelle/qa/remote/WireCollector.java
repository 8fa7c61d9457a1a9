package org.passerelle.qa.remote;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.InputException;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;

/** The report a service sends back: every finding and unreadable file of a run, in report order. */
public final class WireCollector implements ReportListener {
    private final List<WireFinding> findings = new ArrayList<>();
    private final List<WireResult.WireProblem> unreadable = new ArrayList<>();
    private QaSummary summary;

    @Override
    public synchronized void finding(Finding finding) {
        findings.add(WireFinding.of(finding));
    }

    @Override
    public synchronized void unreadable(InputException problem) {
        unreadable.add(new WireResult.WireProblem(String.valueOf(problem.file()), problem.line(), problem.column(),
                problem.getMessage()));
    }

    @Override
    public synchronized void finished(QaSummary summary) {
        this.summary = summary;
    }

    public synchronized WireResult result() {
        return new WireResult(summary, findings, unreadable);
    }
}
