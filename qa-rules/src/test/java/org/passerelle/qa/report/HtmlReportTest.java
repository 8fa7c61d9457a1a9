package org.passerelle.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    /** The page parses as XML (polyglot XHTML) and carries its findings as the JSON its script draws. */
    static JsonNode data(Path page) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(page.toFile());
        NodeList scripts = doc.getElementsByTagName("script");
        for (int i = 0; i < scripts.getLength(); i++) {
            Element s = (Element) scripts.item(i);
            if (s.getAttribute("id").equals("qa-data")) {
                return new ObjectMapper().readTree(s.getTextContent());
            }
        }
        throw new AssertionError("no qa-data in " + page);
    }

    @Test
    void oneCardPerUnitWithItsFindingsAndTheirSpansOnBothSides() throws Exception {
        Path file = ReportFixtures.written(dir, "qa-report.html", HtmlReport::new);
        String html = Files.readString(file);
        assertTrue(html.startsWith("<?xml") || html.contains("<!DOCTYPE html>"));
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http"), "nothing fetched from outside");
        String json = html.substring(html.indexOf("id=\"qa-data\">"), html.indexOf("</script>"));
        assertFalse(json.contains("<b>") || json.contains("&"), "the segment's markup is escaped inside the JSON");

        JsonNode data = data(file);
        JsonNode cards = data.get("cards");
        assertEquals(2, cards.size(), "u8 with its two findings, u9 with its one");
        JsonNode u8 = cards.get(0);
        assertEquals("u8", u8.get("u").asText(), "a unit with an error comes first");
        assertEquals("article_000.en-GB.xlf--u8", u8.get("a").asText(), "the anchor of the unit");
        assertEquals("out/xliff/article 000.en-GB.xlf", data.at("/files/" + u8.get("f").asInt() + "/path").asText());
        assertEquals(1, u8.get("s").size(), "one segment, shown once for both findings");
        assertEquals(ReportFixtures.SOURCE, u8.at("/s/0/src/0/1").asText());
        assertEquals(ReportFixtures.TARGET, u8.at("/s/0/tgt/0/1").asText(), "markup in the text comes back as text");
        assertEquals(2, u8.get("x").size());

        JsonNode forbidden = u8.get("x").get(1);
        assertEquals("term.forbidden", forbidden.get("c").asText());
        assertEquals("t", forbidden.get("side").asText());
        assertEquals(45, forbidden.get("o").asInt());
        assertEquals(15, forbidden.get("l").asInt());
        List<String> evidence = new ArrayList<>();
        forbidden.get("e").forEach(e -> evidence.add((e.get(0).asInt() == 0 ? ReportFixtures.SOURCE : ReportFixtures.TARGET)
                .substring(e.get(1).asInt(), e.get(1).asInt() + e.get(2).asInt())));
        assertTrue(evidence.contains("Mer Orientale"), "the French term is marked in the source: " + evidence);
        assertTrue(evidence.contains("South China Sea"), evidence.toString());

        JsonNode u9 = cards.get(1);
        assertEquals("the forum moved to 14 August", u9.at("/x/0/p").asText(), "suppressed, with its reason");
        assertEquals(TermForbiddenCheck.DEFINITION.description(), data.at("/checks/term.forbidden/d").asText());
        assertTrue(html.contains("id=\"f-text\""), "a text search");
    }
}
