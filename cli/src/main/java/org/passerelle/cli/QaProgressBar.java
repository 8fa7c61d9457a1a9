package org.passerelle.cli;

import java.util.List;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaProgress;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;

/**
 * The QA run's bar: one bar per phase, each with its label ("reading" with a count of files,
 * "starting LanguageTool", then "checking" with a count of units and an estimate measured from the
 * start of checking, not of the run), gone before the first report line is printed. As a listener it must come before the console report.
 */
final class QaProgressBar implements QaProgress, ReportListener, AutoCloseable {
    private Progress bar;
    private boolean reading;
    private boolean checking;
    private boolean reporting;

    @Override
    public synchronized void phase(String name) {
        replace(Progress.indefinite(name));
    }

    @Override
    public synchronized void filesRead(int done, int total) {
        if (!reading) {
            reading = true;
            replace(Progress.start("reading", total));
        }
        bar.to(done, total);
    }

    @Override
    public synchronized void unitsChecked(int done, int total) {
        if (reporting) {
            return;
        }
        if (!checking) {
            checking = true;
            replace(Progress.start("checking", total));
        }
        bar.to(done, total);
    }

    @Override
    public synchronized void started(List<CheckDefinition> checks) {
        reporting = true;
        replace(null);
    }

    @Override
    public void finding(Finding finding) {
    }

    @Override
    public void finished(QaSummary summary) {
    }

    @Override
    public synchronized void close() {
        replace(null);
    }

    private void replace(Progress next) {
        if (bar != null) {
            bar.close();
        }
        bar = next;
    }
}
