package org.passerelle.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.qa.Profile;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.gate.ReportFormat;
import org.passerelle.qa.gate.ReportFormats;

/**
 * A hostile input for the reports (#19): one unit with a megabyte-long segment and thousands of
 * findings in it. Every report stays bounded by the input, not by findings times text, and a report
 * that cannot be written leaves no temporary file behind.
 */
class BoundedReportsTest {
    private static final String SAMPLE = "../samples/translations/000_78e9962cff1393cc.en.xlf";
    private static final String SHORT_TARGET = "<mrk mid=\"1\" mtype=\"seg\">Hanoi (VNA) –</mrk></target>";

    /** What one finding may add to a report, at most: a SARIF result with its location and fingerprint. */
    private static final long PER_FINDING = 1_500;

    @TempDir
    Path dir;

    /** The sample with its first target replaced by about 1 MB of text with a doubled space and a stray year every 400 characters. */
    private Path hugeSegment() throws Exception {
        String sample = Files.readString(Path.of(SAMPLE));
        assertTrue(sample.contains(SHORT_TARGET), "the sample's first target");
        StringBuilder text = new StringBuilder();
        int n = 0;
        while (text.length() < 1_000_000) {
            text.append("The delegation met the minister in Hanoi and discussed cooperation in defence, training and")
                    .append(" industry, as both sides agreed at the previous meeting of the joint committee in ")
                    .append(1900 + n % 100).append(". The talks continued in the afternoon with the experts of both")
                    .append(" ministries, who reviewed the projects of the plan and the timetable for the next year ")
                    .append("of work.  Then ");
            n++;
        }
        Path xliff = dir.resolve("huge.en.xlf");
        Files.writeString(xliff, sample.replace(SHORT_TARGET, "<mrk mid=\"1\" mtype=\"seg\">" + text + "</mrk></target>"));
        return xliff;
    }

    private Path fastProfile() throws Exception {
        // segment.too-long would keep the huge segment from every other check: here the reports must bear its findings
        return Files.writeString(dir.resolve("fast.properties"), "spelling.enabled = false\ngrammar.enabled = false\n"
                + "segment.too-long.max-characters = 2000000\n");
    }

    @Test
    void everyReportIsBoundedByTheInputNotByFindingsTimesText() throws Exception {
        Path xliff = hugeSegment();
        long input = Files.size(xliff);
        Path reports = dir.resolve("reports");
        List<ReportListener> listeners = new ArrayList<>();
        ReportFormats.builtIn().defaults().forEach(f -> listeners.add(f.listener(reports)));
        long started = System.nanoTime();
        QaEngine.builder().profile(Profile.load(fastProfile())).build().run(List.of(xliff), listeners);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        int findings = new ObjectMapper().readTree(reports.resolve("qa-report.json").toFile()).path("findings").size();
        assertTrue(findings > 2_000, "thousands of findings in the one segment: " + findings);
        for (ReportFormat f : ReportFormats.builtIn().defaults()) {
            // findings times text would be gigabytes; each finding may cost its own line or record, no more
            long size = Files.size(f.in(reports));
            assertTrue(size < 2 * input + PER_FINDING * findings, f.name() + " is " + size + " bytes for " + findings
                    + " findings in an input of " + input + " bytes");
        }
        assertTrue(seconds < 120, "took " + seconds + " s");
        assertEquals(List.of(), leftovers(reports));
    }

    @Test
    void aReportThatCannotBeWrittenLeavesNoTemporaryFile() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("blocked"));
        // a directory where the JSON report should go: the final move fails after the content was written
        Files.createDirectories(reports.resolve("qa-report.json").resolve("in-the-way"));
        List<ReportListener> listeners = new ArrayList<>();
        ReportFormats.builtIn().defaults().forEach(f -> listeners.add(f.listener(reports)));
        assertThrows(UncheckedIOException.class, () -> QaEngine.builder().profile(Profile.load(fastProfile())).build()
                .run(List.of(Path.of(SAMPLE)), listeners));
        assertEquals(List.of(), leftovers(reports));
    }

    private static List<Path> leftovers(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
