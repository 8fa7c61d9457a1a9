package org.passerelle.extract;

import org.passerelle.core.InputException;

import org.passerelle.core.Article;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.extract.fixtures.Roles;
import org.passerelle.extract.fixtures.Seeds;

/** The JSON and plain-text forms `extract` prints, and a user's own rules file. */
class ArticleFormsTest {
    private static final ArticleExtractor FRENCH = new ArticleExtractor("fr");

    @TempDir
    Path dir;

    @Test
    void jsonCarriesRolesLanguagesAndOffsets() throws Exception {
        Article a = FRENCH.extract(Seeds.path("002_8758182e5d4c0059"));
        JsonNode json = new ObjectMapper().readTree(ArticleJson.toJson(a));
        JsonNode first = json.path("blocks").get(0);
        assertAll(
            () -> assertEquals("002_8758182e5d4c0059", json.path("id").asText()),
            () -> assertEquals("text/plain", json.path("mediaType").asText()),
            () -> assertEquals("fr", json.path("language").asText()),
            () -> assertEquals("2021-12", json.path("metadata").path("date").asText()),
            () -> assertEquals(a.blocks().size(), json.path("blocks").size()),
            () -> assertEquals("dateline", first.path("role").asText()),
            () -> assertEquals("date 2021-12", first.path("text").asText()),
            () -> assertEquals("date 2021-12", Seeds.text("002_8758182e5d4c0059").substring(first.path("start").asInt(), first.path("end").asInt())),
            () -> assertTrue(first.path("translatable").asBoolean()));
    }

    @Test
    void jsonReadsBackToTheSameArticle() throws Exception {
        Article a = FRENCH.extract(Seeds.path("001_7c7e6a35cfde74b3"));
        Article back = ArticleJson.read(new StringReader(ArticleJson.toJson(a)), Path.of("001.json"));
        assertEquals(a, back);
        InputException e = assertThrows(InputException.class, () -> ArticleJson.read(new StringReader("{\n  \"id\": ]"), Path.of("bad.json")));
        assertEquals(2, e.line());
    }

    @Test
    void plainTextIsWhatTheTranslatorReads() throws Exception {
        Article a = FRENCH.extract(Seeds.path("001_7c7e6a35cfde74b3"));
        String text = ArticleText.plain().toText(a);
        String labelled = ArticleText.labelled().toText(a);
        assertAll(
            () -> assertTrue(text.startsWith("Renforcer la coopération de défense Vietnam - Russie\n\nUne délagation")),
            () -> assertFalse(text.contains("Voir plus")),
            () -> assertTrue(text.contains("\n\nHanoi (VNA) –\n\nLe chef du Département")),
            () -> assertTrue(labelled.startsWith("[title] Renforcer la coopération")),
            () -> assertTrue(labelled.contains("[boilerplate] Voir plus")),
            () -> assertTrue(labelled.contains("[credit] -VNA")));
    }

    @Test
    void aPartysSideInABodyParagraphIsNotACaption() throws Exception {
        String article = "Hanoi (VNA) – Le président a reçu les dirigeants des deux principaux partis du pays pour discuter du budget.\n\n"
                + "Le chef des Républicains (droite) a salué une rencontre utile et constructive.\n";
        Article a = FRENCH.extract(Files.writeString(dir.resolve("politique.txt"), article));
        assertEquals("dateline body*2", Roles.sequence(a));
    }

    @Test
    void aRulesFileTeachesTheExtractorNewFurniture() throws Exception {
        String page = "Coopération de défense Vietnam - Russie\n\n"
                + "Hanoi (VNA) – Les deux ministres ont convenu de renforcer la coopération dans la formation des officiers.\n\n"
                + "Publicité\n\n"
                + "Le Vietnam et la Russie entretiennent une amitié traditionnelle depuis plus de soixante-dix ans.\n";
        Path f = Files.writeString(dir.resolve("site.txt"), page);
        assertEquals("title dateline body*3", Roles.sequence(FRENCH.extract(f)));
        Path rules = Files.writeString(dir.resolve("site.rules"), "# our site\nblock boilerplate ^Publicité$\n");
        assertEquals("title dateline body boilerplate body", Roles.sequence(FRENCH.withRules(rules).extract(f)));
    }
}
