package org.passerelle.extract;

import org.passerelle.core.InputException;

import org.passerelle.core.BlockRole;

import org.passerelle.core.Block;

import org.passerelle.core.Article;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.passerelle.extract.fixtures.Roles;
import org.passerelle.extract.fixtures.Seeds;

/** The five real VNA seed articles, as plain text: the roles a desk editor would assign. */
class SeedExtractionTest {
    private static final ArticleExtractor FRENCH = new ArticleExtractor("fr");

    static Article extract(String id) throws InputException {
        return FRENCH.extract(Seeds.path(id));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "000_78e9962cff1393cc | dateline body*8 credit",
        "001_7c7e6a35cfde74b3 | title body boilerplate*2 caption dateline body*8 credit boilerplate*28",
        "002_8758182e5d4c0059 | dateline caption dateline body*10 credit",
        "003_29974663294a4e55 | dateline title credit body*5 credit",
        "004_26c3e7b148f85d09 | caption dateline body*10 credit"})
    void blockRolesInReadingOrder(String id, String roles) throws Exception {
        assertEquals(roles, Roles.sequence(extract(id)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.passerelle.extract.fixtures.Seeds#ids")
    void everySeedIsFrenchWithFrenchBlocks(String id) throws Exception {
        Article a = extract(id);
        assertEquals("fr", a.language());
        assertEquals("text/plain", a.mediaType());
        assertEquals(id, a.id());
        assertTrue(a.translatableBlocks().stream().allMatch(b -> "fr".equals(b.language())),
                () -> a.translatableBlocks().stream().map(b -> b.language() + ":" + b.text()).collect(Collectors.joining("\n")));
    }

    @Test
    void seed001DropsTheVoirPlusTeasersAndTheImageMarker() throws Exception {
        Article a = extract("001_7c7e6a35cfde74b3");
        String translatable = a.translatableBlocks().stream().map(Block::text).collect(Collectors.joining("\n"));
        assertAll(
            () -> assertFalse(translatable.contains("Voir plus")),
            () -> assertFalse(translatable.contains("Hun Sen"), "teaser about Hun Sen leaked"),
            () -> assertFalse(translatable.contains("Mongolie"), "teaser about Mongolia leaked"),
            () -> assertFalse(translatable.contains("ảnh")),
            // The title appears once for translation, not again as the image's alternative text.
            () -> assertEquals(1, a.translatableBlocks().stream()
                    .filter(b -> b.text().equals("Renforcer la coopération de défense Vietnam - Russie")).count()),
            () -> assertEquals(List.of("L'entretien entre le général Luong Cuong et général de corps d’armée "
                    + "Andrey Valeryevich Kartapolov. Photo: VNA"), Roles.texts(a, BlockRole.CAPTION)),
            () -> assertEquals(List.of("Hanoi (VNA) –"), Roles.texts(a, BlockRole.DATELINE)),
            () -> assertEquals(List.of("-VNA"), Roles.texts(a, BlockRole.CREDIT)),
            () -> assertTrue(Roles.texts(a, BlockRole.BOILERPLATE).contains("Voir plus")));
    }

    @Test
    void realTyposAreKeptAndWebSpacesCollapsed() throws Exception {
        Article a = extract("001_7c7e6a35cfde74b3");
        String body = String.join("\n", Roles.texts(a, BlockRole.BODY));
        assertAll(
            () -> assertTrue(body.contains("Une délagation de haut rang")),
            () -> assertTrue(body.contains("visite officielle du du 21 au 24 octobre")),
            // NBSP followed by a space in the page ("du \u00a0Département") reads as one space.
            () -> assertTrue(body.contains("après la fondation du Département général")),
            () -> assertTrue(body.contains("le général Luong Cuong a présidé")),
            () -> assertFalse(body.contains("  ")),
            () -> assertFalse(body.contains("\u00a0")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.passerelle.extract.fixtures.Seeds#ids")
    void offsetsPointIntoTheSourceText(String id) throws Exception {
        String source = Seeds.text(id);
        for (Block b : extract(id).blocks()) {
            String span = source.substring(b.start(), b.end());
            assertEquals(b.text(), span.replaceAll("[\\s\\u00a0]+", " ").strip(), "offsets of " + b);
        }
    }

    @Test
    void datelinesAndSignaturesAreTheirOwnBlocks() throws Exception {
        assertAll(
            () -> assertEquals(List.of("date 2021-12", "Hanoï (VNA) -"), Roles.texts(extract("002_8758182e5d4c0059"), BlockRole.DATELINE)),
            () -> assertEquals(List.of("Photo : VNA/CVN", "VNA/CVN"), Roles.texts(extract("003_29974663294a4e55"), BlockRole.CREDIT)),
            () -> assertTrue(Roles.texts(extract("000_78e9962cff1393cc"), BlockRole.BODY).get(7).endsWith("province de Quang Ninh (Nord).")),
            () -> assertTrue(Roles.texts(extract("004_26c3e7b148f85d09"), BlockRole.CAPTION).get(0).contains("(gauche)")));
    }

    @Test
    void metadataComesFromTitleAndDateline() throws Exception {
        assertAll(
            () -> assertEquals("Renforcer la coopération de défense Vietnam - Russie", extract("001_7c7e6a35cfde74b3").metadata().get("title")),
            () -> assertEquals("VNA", extract("001_7c7e6a35cfde74b3").metadata().get("agency")),
            () -> assertEquals("2021-12", extract("002_8758182e5d4c0059").metadata().get("date")),
            () -> assertEquals("2024-08", extract("003_29974663294a4e55").metadata().get("date")),
            () -> assertEquals("Pour promouvoir la coopération de défense entre le Vietnam et la Russie",
                    extract("003_29974663294a4e55").metadata().get("title")),
            () -> assertFalse(extract("000_78e9962cff1393cc").metadata().containsKey("title"), "000 has no title line"));
    }
}
