package org.passerelle.qa.report;

import java.io.PrintStream;
import java.util.Objects;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.Severity;

/**
 * One line per finding, {@code file:unit: severity: check: message}, the form compilers use. With
 * colour (on a terminal) findings are grouped under a file heading and severities are coloured;
 * without it (CI, pipes) every line stands alone so grep and editors can use it.
 */
public final class TextReport implements ReportListener {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private final PrintStream out;
    private final boolean color;
    private String currentFile;

    public TextReport(PrintStream out, boolean color) {
        this.out = out;
        this.color = color;
    }

    @Override
    public void finding(Finding f) {
        if (color && !Objects.equals(currentFile, f.file())) {
            out.println(BOLD + f.file() + RESET);
            currentFile = f.file();
        }
        String severity = f.isSuppressed() ? "suppressed" : f.severity().id();
        out.println(color ? "  " + line(f, paint(f, severity)) : line(f, severity));
    }

    /** "file:unit: error: check: message", with a suppressed finding's reason after it. */
    static String line(Finding f) {
        return line(f, f.isSuppressed() ? "suppressed" : f.severity().id());
    }

    private static String line(Finding f, String severity) {
        String line = f.file() + ":" + f.unit() + ": " + severity + ": " + f.check() + ": " + Excerpt.of(f.message());
        return f.isSuppressed() ? line + " (" + Excerpt.of(f.suppressed()) + ")" : line;
    }

    @Override
    public void finished(QaSummary s) {
        String line = s.files() + (s.files() == 1 ? " file, " : " files, ") + s.units() + (s.units() == 1 ? " unit: " : " units: ")
                + plural(s.errors(), "error") + ", " + plural(s.warnings(), "warning") + ", " + plural(s.infos(), "info")
                + (s.suppressed() > 0 ? " (" + s.suppressed() + " suppressed)" : "");
        out.println(color ? BOLD + line + RESET : line);
        out.flush();
    }

    private static String paint(Finding f, String severity) {
        if (f.isSuppressed()) {
            return DIM + severity + RESET;
        }
        String code = f.severity() == Severity.ERROR ? "\u001b[31m" : f.severity() == Severity.WARNING ? "\u001b[33m" : "\u001b[36m";
        return code + severity + RESET;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
