package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.core.InputException;

/** The bundled sample translations published as a site, looked at as a reader and a search engine would. */
class EditionTest {

    private static final String CLEAN = SampleEdition.CLEAN;

    @TempDir
    Path tmp;

    private Document page(String path) throws Exception {
        return Jsoup.parse(tmp.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void eachArticleHasAHeadlineTheDatelineLeadingTheLeadAndTheByline() throws Exception {
        Edition.Written written = SampleEdition.publish(tmp);

        Document en = page("en/" + CLEAN + ".html");
        assertTrue(en.selectFirst("h1").text().startsWith("The head of the General Department of Politics"),
                "no title block: the lead's first sentence");
        assertTrue(en.selectFirst("h1").text().length() <= ArticleComposer.HEADLINE_MAX, en.selectFirst("h1").text());
        assertEquals(en.selectFirst("h1").text(), en.title(), "the <title> is the headline, not the file id");
        assertEquals("HANOI (VNA) –", en.selectFirst("article p > span.dateline").text());
        assertTrue(en.selectFirst("article > p").text().startsWith("HANOI (VNA) – The head of"));
        assertEquals("By VNA", en.selectFirst("p.byline").text());
        assertEquals("-VNA", en.selectFirst("p.signoff").text());
        Document vi = page("vi/" + CLEAN + ".html");
        assertEquals("Hà Nội (TTXVN) –", vi.selectFirst("span.dateline").text());
        assertEquals("Theo TTXVN", vi.selectFirst("p.byline").text(), "the agency as the translation names it");
        assertEquals(List.of(SampleEdition.translation(CLEAN, "en") + ": the article has no title block; its headline"
                + " is the lead's first sentence", SampleEdition.translation(CLEAN, "vi") + ": the article has no title"
                + " block; its headline is the lead's first sentence"), written.notes());
    }

    @Test
    void theTitleBlockIsTheHeadlineAndTheDateIsInTheLanguagesOwnForm() throws Exception {
        // 003's sample translations leave a sentence untranslated, on purpose.
        Edition edition = new Edition(PublishOptions.of(tmp, EnumSet.of(PublishFormat.HTML), true));
        edition.add(SampleEdition.translation(SampleEdition.FAULTY, "en"));
        edition.add(SampleEdition.translation(SampleEdition.FAULTY, "vi"));
        edition.write();

        Document en = page("en/" + SampleEdition.FAULTY + ".html");
        assertEquals("Promoting defence cooperation between Vietnam and Russia", en.selectFirst("h1").text());
        assertEquals("2024-08", en.selectFirst("p.byline time").attr("datetime"));
        assertEquals("By VNA · August 2024", en.selectFirst("p.byline").text());
        assertEquals("Photo: VNA/CVN", en.selectFirst("figure > figcaption").text());
        assertFalse(en.selectFirst("article").text().contains("date 2024-08"), "the site's date line is the byline's date");
        Document vi = page("vi/" + SampleEdition.FAULTY + ".html");
        assertEquals("Thúc đẩy hợp tác quốc phòng giữa Việt Nam và Nga", vi.selectFirst("h1").text());
        assertEquals("tháng 8 năm 2024", vi.selectFirst("p.byline time").text());
        assertEquals("Ảnh: TTXVN/CVN", vi.selectFirst("figcaption").text());
    }

    @Test
    void everyLanguageVersionLinksToTheOthersAndToTheOriginal() throws Exception {
        SampleEdition.publish(tmp);

        for (String lang : List.of("fr", "en", "vi")) {
            Document doc = page(lang + "/" + CLEAN + ".html");
            assertEquals(List.of("fr-FR", "en-GB", "vi-VN", "x-default"), doc.select("link[rel=alternate]").eachAttr("hreflang"));
            assertEquals("../" + lang + "/" + CLEAN + ".html", doc.selectFirst("link[rel=canonical]").attr("href"));
            assertEquals("../fr/" + CLEAN + ".html", doc.selectFirst("link[hreflang=x-default]").attr("href"));
            for (String href : doc.select("link[rel=alternate]").eachAttr("href")) {
                assertTrue(Files.isRegularFile(tmp.resolve(lang).resolve(href).normalize()), href + " exists");
            }
        }
        JsonNode en = jsonLd(page("en/" + CLEAN + ".html"));
        assertEquals("NewsArticle", en.path("@type").asText());
        assertEquals("en-GB", en.path("inLanguage").asText());
        assertEquals(page("en/" + CLEAN + ".html").selectFirst("h1").text(), en.path("headline").asText());
        assertEquals("fr-FR", en.path("translationOfWork").path("inLanguage").asText());
        assertEquals("../fr/" + CLEAN + ".html", en.path("translationOfWork").path("@id").asText());
        assertEquals("VNA", en.path("author").path("name").asText());
        assertEquals("VNA", en.path("publisher").path("name").asText());
        JsonNode fr = jsonLd(page("fr/" + CLEAN + ".html"));
        assertEquals(List.of("en-GB", "vi-VN"), fr.path("workTranslation").findValuesAsText("inLanguage"));
        assertTrue(fr.path("translationOfWork").isMissingNode());
    }

    @Test
    void aBaseUrlMakesEveryLinkAbsolute() throws Exception {
        SampleEdition.publish(tmp, PublishOptions.of(tmp, EnumSet.of(PublishFormat.HTML), false)
                .withBaseUrl("https://news.example/desk"));

        Document vi = page("vi/" + CLEAN + ".html");
        assertEquals("https://news.example/desk/vi/" + CLEAN + ".html", vi.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("https://news.example/desk/en/" + CLEAN + ".html", vi.selectFirst("link[hreflang=en-GB]").attr("href"));
        assertEquals("https://news.example/desk/vi/" + CLEAN + ".html", jsonLd(vi).path("@id").asText());
        assertThrows(IllegalArgumentException.class, () -> PublishOptions.of(tmp, EnumSet.of(PublishFormat.HTML), false)
                .withBaseUrl("news.example/desk"));
    }

    @Test
    void theIndexesListEveryArticleAndTheRefusedReportWhatWasHeldBack() throws Exception {
        SampleEdition.publish(tmp);

        Document en = page("en/index.html");
        assertEquals("en-GB", en.selectFirst("html").attr("lang"));
        assertEquals(page("en/" + CLEAN + ".html").selectFirst("h1").text(), en.selectFirst("a.headline").text());
        assertEquals("../en/" + CLEAN + ".html", en.selectFirst("a.headline").attr("href"));
        assertEquals(List.of("Français", "Tiếng Việt"), en.select("li .versions a").eachText());
        Document all = page("index.html");
        assertEquals("fr-FR", all.selectFirst("a.headline").attr("lang"), "the original's headline, marked French");
        assertEquals(List.of("English", "Tiếng Việt"), all.select("li .versions a").eachText());
        assertEquals("refused.html", all.selectFirst("p.refused a").attr("href"));
        Document refused = page("refused.html");
        assertEquals(List.of(SampleEdition.translation(SampleEdition.FAULTY, "en").toString(), "en-GB",
                "4 QA error(s) (term.forbidden 1 …) first: body-12bb8656: …"), refused.select("tbody td").eachText());
    }

    @Test
    void aSitesOwnTemplateReplacesTheDefaultAndABrokenOneIsBadInput() throws Exception {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("article.mustache"),
                "<!doctype html><html lang=\"{{lang}}\"><title>{{title}}</title><h1 class=\"desk\">{{headline.text}}</h1>\n");
        Path site = tmp.resolve("site");
        SampleEdition.publish(site, PublishOptions.of(site, EnumSet.of(PublishFormat.HTML), false).withTemplates(templates));

        Document en = Jsoup.parse(site.resolve("en/" + CLEAN + ".html").toFile(), "UTF-8");
        assertEquals(1, en.select("h1.desk").size());
        assertTrue(Files.readString(site.resolve("index.html")).contains("class=\"articles\""), "the default index");
        assertTrue(Files.readString(site.resolve("style.css")).contains("max-width"), "the default stylesheet");

        Files.writeString(templates.resolve("index.mustache"), "<ul>{{#articles}}<li>{{text}}</ul>\n");
        InputException e = assertThrows(InputException.class,
                () -> new Edition(PublishOptions.of(site, EnumSet.of(PublishFormat.HTML), false).withTemplates(templates)));
        assertEquals(templates.resolve("index.mustache"), e.file());
    }

    private static JsonNode jsonLd(Document doc) throws Exception {
        return new ObjectMapper().readTree(doc.selectFirst("script[type=application/ld+json]").data());
    }
}
