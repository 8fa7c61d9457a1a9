package org.passerelle.maven;

import org.apache.maven.plugin.logging.Log;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;

/**
 * Findings in the Maven log, {@code [ERROR] file:unit: check: message}, at the log level of their
 * severity, so IDEs and CI log parsers pick them up like compiler messages. Suppressed findings
 * only show with {@code -X}; the reports list them.
 */
final class MavenLogReport implements ReportListener {
    private final Log log;

    MavenLogReport(Log log) {
        this.log = log;
    }

    /** "src/main/xliff/a.en.xlf:body-2: number.mismatch: ...". */
    static String line(Finding f) {
        return f.file() + ":" + f.unit() + ": " + f.check() + ": " + f.message();
    }

    @Override
    public void finding(Finding f) {
        if (f.isSuppressed()) {
            log.debug(line(f) + " (suppressed: " + f.suppressed() + ")");
            return;
        }
        switch (f.severity()) {
            case ERROR -> log.error(line(f));
            case WARNING -> log.warn(line(f));
            case INFO -> log.info(line(f));
        }
    }

    @Override
    public void finished(QaSummary summary) {
    }
}
