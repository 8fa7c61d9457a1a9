package org.passerelle.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.qa.Finding;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.qa.checks.NumberMismatchCheck;
import org.passerelle.qa.checks.SpellingCheck;
import org.passerelle.qa.checks.TermForbiddenCheck;
import org.passerelle.qa.checks.WhitespaceCheck;
import org.passerelle.xliff.TranslationState;
import org.passerelle.xliff.TranslationUnit;

/** The HTML report as a reviewer sees it: drawn by headless Chromium, script and all. */
class HtmlReportInBrowserTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needsChromium() {
        assumeTrue(Chromium.command() != null, "chromium is not installed (apt-get install chromium); skipping");
    }

    @Test
    void cardsMarksAndFilterCountsAsDrawn() throws Exception {
        Path page = ReportFixtures.written(dir, "qa-report.html", HtmlReport::new);
        Document dom = Chromium.draw(page, dir);

        List<Element> cards = dom.select("article.card");
        assertEquals(1, cards.size(), "u9's only finding is suppressed, hidden until asked: " + dom.select("main"));
        Element u8 = cards.get(0);
        assertEquals("article_000.en-GB.xlf--u8", u8.id());
        assertEquals("#article_000.en-GB.xlf--u8", u8.selectFirst("a.unit").attr("href"));
        assertEquals("South China Sea", u8.selectFirst("div.text[lang=en-GB] mark.own.error").text());
        assertEquals("Mer Orientale", u8.selectFirst("div.text[lang=fr-FR] mark.quoted").text(),
                "the source side is marked too");
        assertEquals(2, u8.select("ul.findings li").size(), "both findings of the unit in one card");
        assertEquals("1 unit, 2 findings shown", dom.getElementById("shown").text());
        assertTrue(dom.select("#f-check option").eachText().contains("term.forbidden (1)"),
                dom.select("#f-check option").eachText().toString());
        assertTrue(dom.select("#f-severity option").eachText().contains("error (1)"));
    }

    /** Ten thousand findings: a small page, drawn in well under two seconds. */
    @Test
    void tenThousandFindingsStayCompactAndFast() throws Exception {
        Path page = dir.resolve("qa-report.html");
        HtmlReport report = new HtmlReport(page);
        report.started(List.of(TermForbiddenCheck.DEFINITION, NumberMismatchCheck.DEFINITION, SpellingCheck.DEFINITION,
                WhitespaceCheck.DEFINITION));
        String source = "Les deux parties ont évoqué la situation en Mer Orientale le 12 juin 2024 à Hanoï, "
                + "ainsi que la coopération dans les domaines de la défense et de la sécurité.";
        String target = "The two sides discussed the situation in the South China Sea on 12 June 2042 in Hanoi, "
                + "as well as cooperation in the fields of defence and  security.";
        int findings = 0;
        for (int i = 0; i < 2_500; i++) {
            TranslationUnit u = TranslationUnit.builder().file("out/xliff/article-" + (i / 100) + ".en-GB.xlf")
                    .id("body-" + i).languages("fr-FR", "en-GB").state(TranslationState.TRANSLATED)
                    .segment("1", source, target).build();
            report.unit(u);
            for (Finding f : List.of(
                    finding(u, "term.forbidden", Severity.ERROR, "'South China Sea' is a forbidden term; use 'East Sea'"
                            + " (Mer Orientale)", target.indexOf("South China Sea"), 15),
                    finding(u, "number.mismatch", Severity.ERROR, "'2042' does not match '2024' in the source; write '2024'",
                            target.indexOf("2042"), 4),
                    finding(u, "spelling", Severity.WARNING, "'defence' is British; the house style is en-GB",
                            target.indexOf("defence"), 7),
                    finding(u, "whitespace", Severity.WARNING, "two spaces", target.indexOf("  "), 2))) {
                report.finding(f);
                findings++;
            }
        }
        report.finished(new QaSummary(25, 2_500, 5_000, 5_000, 0, 0));
        assertEquals(10_000, findings);
        long size = Files.size(page);
        assertTrue(size < 3_000_000, "the page is " + size + " bytes");

        Document dom = Chromium.draw(page, dir);
        assertEquals(50, dom.select("article.card").size(), "one page of cards");
        assertEquals("2500 units, 10000 findings shown", dom.getElementById("shown").text());
        int drawnMs = Integer.parseInt(dom.selectFirst("html").attr("data-drawn-ms"));
        assertTrue(drawnMs < 2_000, "drawn in " + drawnMs + " ms");
        assertTrue(dom.select("#pages").text().contains("page 1 of 50"), dom.select("#pages").text());
    }

    private static Finding finding(TranslationUnit u, String check, Severity severity, String message, int offset, int length) {
        return new Finding(u.file(), u.id(), "1", Side.TARGET, "en-GB", check, severity, message, offset, length, List.of(),
                null);
    }
}
