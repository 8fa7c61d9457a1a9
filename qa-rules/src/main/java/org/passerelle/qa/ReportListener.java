package org.passerelle.qa;

import java.io.IOException;

/** Receives findings as the engine produces them and writes one report format (Checkstyle's AuditListener). */
public interface ReportListener {
    void finding(Finding finding);

    /** Called once at the end of the run; reports that need every finding write their file here. */
    void finished(QaSummary summary) throws IOException;
}
