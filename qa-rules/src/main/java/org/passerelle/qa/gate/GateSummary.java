package org.passerelle.qa.gate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.passerelle.core.InputException;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Severity;

/**
 * What the gate makes of a QA run, as one more report listener: the counts, the errors by file
 * (for publish to refuse those files), and the lines the command line and the Maven log print.
 * Suppressed findings do not count. A summary that listened to no run has no errors.
 */
public final class GateSummary implements ReportListener {
    private final Map<String, List<Finding>> errorsByFile = new LinkedHashMap<>();
    private final Set<String> filesWithFindings = new LinkedHashSet<>();
    private final Map<String, Integer> errorsByCheck = new TreeMap<>();
    private final List<InputException> unreadable = new ArrayList<>();
    private QaSummary counts = new QaSummary(0, 0, 0, 0, 0, 0);

    @Override
    public synchronized void unreadable(InputException problem) {
        unreadable.add(problem);
    }

    /** The files of the run that could not be read, in file order: bad input, whatever the findings. */
    public synchronized List<InputException> unreadable() {
        return List.copyOf(unreadable);
    }

    /** For commands that need every file read (publish): the first bad file's problem, thrown. */
    public synchronized void requireReadable() throws InputException {
        if (!unreadable.isEmpty()) {
            throw unreadable.get(0);
        }
    }

    @Override
    public synchronized void finding(Finding f) {
        if (f.isSuppressed()) {
            return;
        }
        filesWithFindings.add(f.file());
        if (f.severity() == Severity.ERROR) {
            errorsByFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
            errorsByCheck.merge(f.check(), 1, Integer::sum);
        }
    }

    @Override
    public synchronized void finished(QaSummary summary) {
        counts = summary;
    }

    public synchronized QaSummary counts() {
        return counts;
    }

    /** How many findings that count are of {@code threshold} or more serious (the Maven plugin's violations). */
    public synchronized int atOrAbove(Severity threshold) {
        return counts.errors() + (Severity.WARNING.atLeast(threshold) ? counts.warnings() : 0)
                + (Severity.INFO.atLeast(threshold) ? counts.infos() : 0);
    }

    /** Whether the gate stops the build at {@code failOn}. */
    public boolean fails(FailOn failOn) {
        return failOn.failsAt(counts());
    }

    /** The errors of {@code file}, named as it was given to the engine. */
    public synchronized FileErrors errorsIn(Path file) {
        return new FileErrors(file.toString(), errorsByFile.getOrDefault(file.toString(), List.of()));
    }

    /** "QA gate passed (--fail-on error)", with the setting named as the user set it. */
    public String decision(FailOn failOn, String setting) {
        return (fails(failOn) ? "QA gate FAILED (" : "QA gate passed (") + setting + " " + failOn + ")";
    }

    /**
     * "Passerelle QA: 3 errors (number.mismatch 2, term.forbidden 1), 1 warning in 2 of 5 files;
     * see target/passerelle/qa-report.html": the checks are named so that a failed build says what failed.
     *
     * @param report the report to point the reader to, or null when none was written
     */
    public synchronized String line(Path report) {
        return "Passerelle QA: " + findings() + (report == null ? "" : "; see " + report);
    }

    /** "3 errors (number.mismatch 2, term.forbidden 1), 1 warning in 2 of 5 files (1 suppressed)". */
    public synchronized String findings() {
        StringBuilder sb = new StringBuilder();
        QaSummary s = counts;
        if (s.errors() + s.warnings() + s.infos() == 0) {
            sb.append("no findings in ").append(plural(s.files(), "file"));
        } else {
            sb.append(plural(s.errors(), "error"));
            if (!errorsByCheck.isEmpty()) {
                sb.append(" (").append(byCheck(errorsByCheck)).append(')');
            }
            sb.append(", ").append(plural(s.warnings(), "warning"));
            if (s.infos() > 0) {
                sb.append(", ").append(plural(s.infos(), "info"));
            }
            sb.append(" in ").append(filesWithFindings.size()).append(" of ").append(plural(s.files(), "file"));
        }
        if (s.suppressed() > 0) {
            sb.append(" (").append(s.suppressed()).append(" suppressed)");
        }
        return sb.toString();
    }

    /** "number.mismatch 2, term.forbidden 1". */
    static String byCheck(Map<String, Integer> counts) {
        StringJoiner joiner = new StringJoiner(", ");
        counts.forEach((check, n) -> joiner.add(check + " " + n));
        return joiner.toString();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
