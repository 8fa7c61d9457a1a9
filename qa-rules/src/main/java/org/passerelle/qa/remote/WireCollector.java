package org.passerelle.qa.remote;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.InputException;
import org.passerelle.qa.CacheUse;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.xliff.TranslationUnit;

/** The report a service sends back: every event of a run (checks, units, findings, unreadable files), in report order. */
public final class WireCollector implements ReportListener {
    private final List<String> checks = new ArrayList<>();
    private final List<WireFinding> findings = new ArrayList<>();
    private final List<WireUnit> units = new ArrayList<>();
    private final List<WireResult.WireProblem> unreadable = new ArrayList<>();
    private QaSummary summary;

    @Override
    public synchronized void started(List<CheckDefinition> running) {
        running.forEach(d -> checks.add(d.id()));
    }

    @Override
    public synchronized void unit(TranslationUnit unit) {
        units.add(WireUnit.of(findings.size(), unit));
    }

    @Override
    public synchronized void finding(Finding finding) {
        findings.add(WireFinding.of(finding));
    }

    @Override
    public synchronized void unreadable(InputException problem) {
        unreadable.add(new WireResult.WireProblem(String.valueOf(problem.file()), problem.line(), problem.column(),
                problem.getMessage(), findings.size()));
    }

    @Override
    public synchronized void finished(QaSummary summary) {
        this.summary = summary;
    }

    /** @param cacheUse what the run took from the service's cache, or null when not told */
    public synchronized WireResult result(CacheUse cacheUse) {
        return new WireResult(summary, findings, unreadable, checks, units, cacheUse);
    }
}
