package org.passerelle.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {
    @TempDir
    Path dir;

    @Test
    void oneSuitePerFileOneCasePerCheckFailingOnFindings() throws Exception {
        Path file = ReportFixtures.written(dir, "qa-report.xml", JunitReport::new);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());

        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("8", root.getAttribute("tests"));
        assertEquals("1", root.getAttribute("failures"));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        Element first = (Element) suites.item(0);
        assertEquals("out/xliff/article 000.en-GB.xlf", first.getAttribute("name"));
        assertEquals("1", first.getAttribute("failures"));
        NodeList cases = first.getElementsByTagName("testcase");
        assertEquals(4, cases.getLength());
        Element forbidden = (Element) cases.item(1);
        assertEquals("term.forbidden", forbidden.getAttribute("name"));
        Element failure = (Element) forbidden.getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").contains("South China Sea"));
        assertTrue(failure.getTextContent().startsWith("out/xliff/article 000.en-GB.xlf:u8: error: term.forbidden:"));
        Element punctuation = (Element) cases.item(3);
        assertEquals(0, punctuation.getElementsByTagName("failure").getLength(), "info does not fail");
        assertEquals(1, punctuation.getElementsByTagName("system-out").getLength());
        Element second = (Element) suites.item(1);
        assertEquals("0", second.getAttribute("failures"), "suppressed findings do not fail");
    }
}
