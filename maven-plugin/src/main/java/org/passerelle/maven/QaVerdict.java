package org.passerelle.maven;

import java.nio.file.Path;
import java.util.Map;
import org.passerelle.qa.QaSummary;

/**
 * The one line a build prints (or fails with) after the QA:
 * "Passerelle QA: 3 errors (number.mismatch 2, term.forbidden 1), 1 warning in 2 of 5 files;
 * see target/passerelle/qa-report.html".
 */
final class QaVerdict {
    private QaVerdict() {
    }

    /**
     * @param filesWithFindings files with at least one finding that counts
     * @param errorsByCheck     the errors per check id, named in the line so the failure says what failed
     * @param report            the report to point the reader to, or null when none was written
     */
    static String line(QaSummary s, int filesWithFindings, Map<String, Integer> errorsByCheck, Path report) {
        StringBuilder sb = new StringBuilder("Passerelle QA: ");
        if (s.errors() + s.warnings() + s.infos() == 0) {
            sb.append("no findings in ").append(plural(s.files(), "file"));
        } else {
            sb.append(plural(s.errors(), "error"));
            if (!errorsByCheck.isEmpty()) {
                sb.append(" (");
                errorsByCheck.forEach((check, n) -> sb.append(check).append(' ').append(n).append(", "));
                sb.setLength(sb.length() - 2);
                sb.append(')');
            }
            sb.append(", ").append(plural(s.warnings(), "warning"));
            if (s.infos() > 0) {
                sb.append(", ").append(plural(s.infos(), "info"));
            }
            sb.append(" in ").append(filesWithFindings).append(" of ").append(plural(s.files(), "file"));
        }
        if (s.suppressed() > 0) {
            sb.append(" (").append(s.suppressed()).append(" suppressed)");
        }
        if (report != null) {
            sb.append("; see ").append(report);
        }
        return sb.toString();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
