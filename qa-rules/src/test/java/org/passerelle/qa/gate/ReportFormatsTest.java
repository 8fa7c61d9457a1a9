package org.passerelle.qa.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.report.TextFileReport;

class ReportFormatsTest {
    private final ReportFormats formats = ReportFormats.builtIn();

    @Test
    void everyFormatWritesItsQaReportFile(@TempDir Path dir) throws Exception {
        for (ReportFormat f : formats.all()) {
            f.listener(dir).finished(new QaSummary(0, 0, 0, 0, 0, 0));
        }
        for (String name : List.of("qa-report.json", "qa-report.sarif", "qa-report.xml", "qa-report.html", "qa-report.txt",
                "qa-report.codequality.json")) {
            assertTrue(Files.size(dir.resolve(name)) > 0, name);
        }
    }

    @Test
    void unknownNameListsTheKnownFormats() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> formats.named(" pdf"));
        assertEquals("'pdf' is not one of json, sarif, junit, html, text, codequality, xliff", e.getMessage());
        assertEquals("pdf", e.name());
    }

    @Test
    void listComesInRegistryOrderWithoutRepeats() {
        assertEquals(List.of(ReportFormats.JSON, ReportFormats.HTML, ReportFormats.TEXT),
                formats.namedIn("text, HTML,,json,text"));
    }

    @Test
    void aNewFormatIsKnownOnceRegistered(@TempDir Path dir) throws Exception {
        ReportFormats more = formats.with(ReportFormat.file("plain", "plain.txt", (out, settings) -> new TextFileReport(out)));
        more.named("plain").listener(dir).finished(new QaSummary(1, 0, 0, 0, 0, 0));
        assertTrue(Files.exists(dir.resolve("qa-report.plain.txt")));
        assertEquals(List.of("json", "sarif", "junit", "html", "text", "codequality", "xliff", "plain"), more.names());
        assertThrows(UnknownNameException.class, () -> formats.named("plain"), "the built-in registry is unchanged");
    }
}
