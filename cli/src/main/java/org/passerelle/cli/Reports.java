package org.passerelle.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.report.HtmlReport;
import org.passerelle.qa.report.JsonReport;
import org.passerelle.qa.report.JunitReport;
import org.passerelle.qa.report.SarifReport;
import org.passerelle.qa.report.TextFileReport;
import org.passerelle.qa.report.TextReport;

/** The report listeners behind {@code --format}. */
final class Reports {
    private Reports() {
    }

    /** The text report on the console: grouped and coloured on a terminal, plain lines in CI. */
    static ReportListener console(PrintWriter out) {
        return new Console(out);
    }

    static ReportListener file(ReportFormat format, Path file) {
        return switch (format) {
            case json -> new JsonReport(file);
            case text -> new TextFileReport(file);
            case html -> new HtmlReport(file);
            case junit -> new JunitReport(file);
            case sarif -> new SarifReport(file);
        };
    }

    /** TextReport speaks PrintStream; picocli's console (and the tests' capture) is a PrintWriter. */
    private static final class Console implements ReportListener {
        private final PrintWriter out;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final TextReport text = new TextReport(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                Terminal.color());

        Console(PrintWriter out) {
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
}
