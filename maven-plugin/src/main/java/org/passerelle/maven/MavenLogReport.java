package org.passerelle.maven;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.plugin.logging.Log;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Severity;

/**
 * Findings in the Maven log, {@code [ERROR] file:unit: check: message}, at the log level of their
 * severity, so IDEs and CI log parsers pick them up like compiler messages. Suppressed findings
 * only show with {@code -X}; the reports list them.
 */
final class MavenLogReport implements ReportListener {
    private final Log log;
    private final Set<String> filesWithFindings = new LinkedHashSet<>();
    private final Map<String, Integer> errorsByCheck = new TreeMap<>();

    MavenLogReport(Log log) {
        this.log = log;
    }

    @Override
    public void finding(Finding f) {
        String line = f.file() + ":" + f.unit() + ": " + f.check() + ": " + f.message();
        if (f.isSuppressed()) {
            log.debug(line + " (suppressed: " + f.suppressed() + ")");
            return;
        }
        filesWithFindings.add(f.file());
        if (f.severity() == Severity.ERROR) {
            errorsByCheck.merge(f.check(), 1, Integer::sum);
        }
        switch (f.severity()) {
            case ERROR -> log.error(line);
            case WARNING -> log.warn(line);
            case INFO -> log.info(line);
        }
    }

    @Override
    public void finished(QaSummary summary) {
    }

    /** Files with at least one finding that counts (not suppressed). */
    int filesWithFindings() {
        return filesWithFindings.size();
    }

    /** Unsuppressed errors per check id, sorted by id. */
    Map<String, Integer> errorsByCheck() {
        return errorsByCheck;
    }
}
