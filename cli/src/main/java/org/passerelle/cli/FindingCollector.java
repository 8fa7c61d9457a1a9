package org.passerelle.cli;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;

/** Keeps the findings in memory so that publish and run can say why the gate stopped an article. */
final class FindingCollector implements ReportListener {
    private final List<Finding> findings = new ArrayList<>();

    @Override
    public synchronized void finding(Finding finding) {
        findings.add(finding);
    }

    @Override
    public void finished(QaSummary summary) {
    }

    synchronized List<Finding> findings() {
        return List.copyOf(findings);
    }
}
