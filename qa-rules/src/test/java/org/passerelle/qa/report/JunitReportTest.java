package org.passerelle.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.Severity;
import org.passerelle.qa.checks.SpellingCheck;
import org.passerelle.qa.checks.TermForbiddenCheck;
import org.passerelle.qa.checks.ViSyllableCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {
    @TempDir
    Path dir;

    @Test
    void oneSuitePerFileOneCasePerCheckFailingWhereTheGateFails() throws Exception {
        Document doc = report(ReportSettings.DEFAULT);

        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("8", root.getAttribute("tests"));
        assertEquals("1", root.getAttribute("failures"));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        Element first = (Element) suites.item(0);
        assertEquals("out/xliff/article 000.en-GB.xlf", first.getAttribute("name"));
        assertEquals("1", first.getAttribute("failures"));
        Element forbidden = testCase(first, "term.forbidden");
        Element failure = (Element) forbidden.getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").contains("South China Sea"));
        assertTrue(failure.getTextContent().startsWith("out/xliff/article 000.en-GB.xlf:u8: error: term.forbidden:"));
        Element punctuation = testCase(first, "punctuation");
        assertEquals(0, punctuation.getElementsByTagName("failure").getLength(), "info does not fail at --fail-on error");
        assertEquals(1, punctuation.getElementsByTagName("system-out").getLength());
        Element second = (Element) suites.item(1);
        assertEquals("0", second.getAttribute("failures"), "suppressed findings do not fail");
    }

    @Test
    void failOnInfoFailsOnInfosAndNeverFailsNothing() throws Exception {
        Document info = report(new ReportSettings(Optional.of(Severity.INFO)));
        assertEquals("2", info.getDocumentElement().getAttribute("failures"));
        assertEquals(1, testCase((Element) info.getElementsByTagName("testsuite").item(0), "punctuation")
                .getElementsByTagName("failure").getLength());

        Document never = report(new ReportSettings(Optional.empty()));
        assertEquals("0", never.getDocumentElement().getAttribute("failures"), "--fail-on never: exit 0, no failure");
        assertEquals(0, never.getElementsByTagName("failure").getLength());
        assertTrue(never.getElementsByTagName("system-out").getLength() >= 2, "the findings are still listed");
    }

    @Test
    void aCheckThatCannotApplyToTheFilesLanguagesIsSkipped() throws Exception {
        Path file = dir.resolve("languages.xml");
        JunitReport report = new JunitReport(ReportOutput.file(file), ReportSettings.DEFAULT);
        report.started(List.of(TermForbiddenCheck.DEFINITION, SpellingCheck.DEFINITION, ViSyllableCheck.DEFINITION));
        report.unit(ReportFixtures.U8);
        report.unit(ReportFixtures.U9);
        report.finished(new QaSummary(2, 2, 0, 0, 0, 0));
        Document doc = parse(file);

        Element english = (Element) doc.getElementsByTagName("testsuite").item(0);
        Element vietnamese = (Element) doc.getElementsByTagName("testsuite").item(1);
        assertEquals("1", english.getAttribute("skipped"));
        Element skipped = (Element) testCase(english, "vi.syllable").getElementsByTagName("skipped").item(0);
        assertTrue(skipped.getAttribute("message").contains("Vietnamese only"), skipped.getAttribute("message"));
        assertEquals(0, testCase(english, "spelling").getElementsByTagName("skipped").getLength());
        assertEquals(0, testCase(vietnamese, "vi.syllable").getElementsByTagName("skipped").getLength());
        assertEquals(0, testCase(vietnamese, "spelling").getElementsByTagName("skipped").getLength(),
                "spelling checks the French source of a Vietnamese file");
        assertEquals("1", doc.getDocumentElement().getAttribute("skipped"));
    }

    private Document report(ReportSettings settings) throws Exception {
        Path file = dir.resolve("qa-report-" + settings.failAt().map(Severity::id).orElse("never") + ".xml");
        ReportFixtures.feed(new JunitReport(ReportOutput.file(file), settings));
        return parse(file);
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static Element testCase(Element suite, String check) {
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals(check)) {
                return c;
            }
        }
        throw new AssertionError("no test case " + check);
    }

}
