package org.passerelle.qa.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;

class GateSummaryTest {
    private static Finding finding(String file, String unit, String check, Severity severity, String suppressed) {
        return new Finding(file, unit, "1", Side.TARGET, "en", check, severity, "message of " + unit, 0, 0,
                List.of(), suppressed);
    }

    private static GateSummary afterRun(QaSummary counts, Finding... findings) {
        GateSummary gate = new GateSummary();
        for (Finding f : findings) {
            gate.finding(f);
        }
        gate.finished(counts);
        return gate;
    }

    private final GateSummary faulty = afterRun(new QaSummary(5, 40, 3, 1, 0, 1),
            finding("a.en.xlf", "body-2", "term.forbidden", Severity.ERROR, null),
            finding("a.en.xlf", "body-1", "number.mismatch", Severity.ERROR, null),
            finding("a.en.xlf", "body-5", "number.mismatch", Severity.ERROR, null),
            finding("b.vi.xlf", "title-1", "whitespace", Severity.WARNING, null),
            finding("c.vi.xlf", "title-1", "number.mismatch", Severity.ERROR, "reviewed"));

    @Test
    void errorsOfAFileCountedByCheckWithTheFirstAsFound() {
        FileErrors errors = faulty.errorsIn(Path.of("a.en.xlf"));
        assertEquals("3 QA error(s) (number.mismatch 2, term.forbidden 1)", errors.counts());
        assertEquals("body-2: message of body-2", errors.first());
    }

    @Test
    void suppressedErrorsAndWarningsDoNotStopAFile() {
        assertTrue(faulty.errorsIn(Path.of("b.vi.xlf")).isEmpty());
        assertTrue(faulty.errorsIn(Path.of("c.vi.xlf")).isEmpty());
        assertTrue(new GateSummary().errorsIn(Path.of("a.en.xlf")).isEmpty(), "no run, nothing refused");
    }

    @Test
    void lineNamesTheFailingChecksAndTheFilesWithFindings() {
        assertEquals("Passerelle QA: 3 errors (number.mismatch 2, term.forbidden 1), 1 warning in 2 of 5 files"
                + " (1 suppressed); see target/qa-report.html", faulty.line(Path.of("target/qa-report.html")));
    }

    @Test
    void lineOfACleanRun() {
        assertEquals("Passerelle QA: no findings in 1 file", afterRun(new QaSummary(1, 3, 0, 0, 0, 0)).line(null));
    }

    @Test
    void decisionFollowsTheThreshold() {
        assertEquals("QA gate FAILED (--fail-on error)", faulty.decision(FailOn.ERROR, "--fail-on"));
        assertEquals("QA gate passed (--fail-on never)", faulty.decision(FailOn.NEVER, "--fail-on"));
    }
}
