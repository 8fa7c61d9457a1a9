package org.passerelle.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passerelle.core.Article;

/** A news page's pictures and address come out of extraction, for publishing to keep them. */
class ArticleImagesTest {

    /** Seed 003 as the desk's site shows it: a photo with its caption, a logo in the menu, a teaser aside. */
    static final Path PAGE = Path.of(System.getProperty("basedir", "."))
            .resolve("src/test/resources/pages/003-with-figure.html");

    @Test
    void thePictureOfTheArticleIsKeptWithItsCaptionAndTheFurnitureIsNot() throws Exception {
        Article a = new ArticleExtractor("fr").extract(PAGE);
        Map<String, String> m = a.metadata();

        assertEquals("/images/2024/08/giang-beloussov.jpg", m.get("image.1"));
        assertEquals("Le général Phan Van Giang et le ministre russe Andreï Beloussov. Photo : VNA/CVN", m.get("image.1.block"));
        assertFalse(m.containsKey("image.2"), "the logo and the teaser's picture are site furniture: " + m);
        assertEquals("https://www.lecourrier.vn/defense/pour-promouvoir-la-cooperation.html", m.get("url"));
        assertEquals("2024-08", m.get("date"));
    }
}
