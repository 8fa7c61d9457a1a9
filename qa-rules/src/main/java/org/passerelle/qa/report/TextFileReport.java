package org.passerelle.qa.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;

/** {@code qa-report.txt}: the plain text report, written whole at the end like the other reports. */
public final class TextFileReport implements ReportListener {
    private final ReportOutput output;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TextReport text = new TextReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

    public TextFileReport(Path file) {
        this(ReportOutput.file(file));
    }

    public TextFileReport(ReportOutput output) {
        this.output = output;
    }

    @Override
    public void finding(Finding finding) {
        text.finding(finding);
    }

    @Override
    public void finished(QaSummary summary) throws IOException {
        text.finished(summary);
        output.write(bytes::writeTo);
    }
}
