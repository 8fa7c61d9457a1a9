package org.passerelle.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.qa.checks.TermForbiddenCheck;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {
    @TempDir
    Path dir;

    @Test
    void selfContainedPageWithSideBySideTextAndHighlights() throws Exception {
        Path file = ReportFixtures.written(dir, "qa-report.html", HtmlReport::new);
        String html = Files.readString(file);
        assertTrue(html.startsWith("<?xml") || html.contains("<!DOCTYPE html>"));
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http"), "nothing fetched from outside");

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        NodeList rows = ((Element) doc.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
        assertEquals(3, rows.getLength());

        List<String> severities = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            severities.add(((Element) rows.item(i)).getAttribute("data-severity"));
        }
        assertEquals(List.of("error", "error", "info"), severities, "errors first, whatever order they came in");

        Element forbidden = (Element) rows.item(0);
        assertEquals("term.forbidden", forbidden.getAttribute("data-check"));
        assertEquals("error", forbidden.getAttribute("data-severity"));
        NodeList cells = forbidden.getElementsByTagName("td");
        Element fileCell = (Element) cells.item(0);
        assertEquals("article 000.en-GB.xlf", fileCell.getTextContent(), "the file's name, not its whole path");
        assertEquals("out/xliff/article 000.en-GB.xlf", fileCell.getAttribute("title"));
        assertEquals(TermForbiddenCheck.DEFINITION.description(), ((Element) cells.item(3)).getAttribute("title"),
                "the check's description as tooltip of its id");
        Element source = (Element) cells.item(4);
        Element target = (Element) cells.item(5);
        assertEquals(ReportFixtures.SOURCE, source.getTextContent());
        assertEquals("fr-FR", source.getAttribute("lang"));
        assertEquals("South China Sea", target.getElementsByTagName("mark").item(0).getTextContent());
        assertEquals(ReportFixtures.TARGET, target.getTextContent(), "markup in the text is escaped, not interpreted");

        Element spacing = (Element) rows.item(2);
        assertEquals(1, ((Element) spacing.getElementsByTagName("td").item(4)).getElementsByTagName("mark").getLength());
        assertEquals("yes", ((Element) rows.item(1)).getAttribute("data-suppressed"));

        List<String> checkOptions = new ArrayList<>();
        NodeList options = doc.getElementById("f-check") != null ? doc.getElementById("f-check").getElementsByTagName("option")
                : selectById(doc, "f-check").getElementsByTagName("option");
        for (int i = 0; i < options.getLength(); i++) {
            checkOptions.add(((Element) options.item(i)).getAttribute("value"));
        }
        assertEquals(List.of("", "number.mismatch", "punctuation", "term.forbidden"), checkOptions);
        assertTrue(html.contains("function applyFilters()"));
    }

    private static Element selectById(Document doc, String id) {
        NodeList selects = doc.getElementsByTagName("select");
        for (int i = 0; i < selects.getLength(); i++) {
            Element e = (Element) selects.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no select " + id);
    }
}
