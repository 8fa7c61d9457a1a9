package org.passerelle.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.report.TextReport;

/**
 * The text report on the console: grouped and coloured on a terminal, plain lines in CI.
 * TextReport speaks PrintStream; picocli's console (and the tests' capture) is a PrintWriter.
 */
final class ConsoleReport implements ReportListener {
    private final PrintWriter out;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TextReport text = new TextReport(new PrintStream(bytes, true, StandardCharsets.UTF_8),
            Terminal.color());

    ConsoleReport(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void finding(Finding finding) {
        text.finding(finding);
        drain();
    }

    @Override
    public synchronized void finished(QaSummary summary) {
        text.finished(summary);
        drain();
    }

    private void drain() {
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
        bytes.reset();
    }
}
