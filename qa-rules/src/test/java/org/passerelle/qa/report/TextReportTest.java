package org.passerelle.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.QaSummary;

class TextReportTest {

    private static String render(boolean color) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        TextReport report = new TextReport(out, color);
        report.finding(JsonReportTest.forbidden(null));
        report.finding(JsonReportTest.forbidden("a quotation"));
        report.finished(new QaSummary(2, 44, 1, 0, 0, 1));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plainLinesForCi() throws Exception {
        assertEquals("""
                gold-en.xlf:u3: error: term.forbidden: 'South China Sea' is a forbidden term; use 'East Sea' (Mer Orientale)
                gold-en.xlf:u3: suppressed: term.forbidden: 'South China Sea' is a forbidden term; use 'East Sea' (Mer Orientale) (a quotation)
                2 files, 44 units: 1 error, 0 warnings, 0 infos (1 suppressed)
                """, render(false).replace("\r\n", "\n"));
    }

    @Test
    void colourOnATerminalGroupsByFile() throws Exception {
        String text = render(true);
        assertTrue(text.startsWith("\u001b[1mgold-en.xlf\u001b[0m"), text);
        assertTrue(text.contains("\u001b[31merror\u001b[0m"), text);
    }
}
