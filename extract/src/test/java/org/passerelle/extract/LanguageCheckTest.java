package org.passerelle.extract;

import org.passerelle.core.InputException;

import org.passerelle.core.BlockRole;

import org.passerelle.core.Block;

import org.passerelle.core.Article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.extract.fixtures.Seeds;

/** The declared source language is enforced unless the user overrides it. */
class LanguageCheckTest {
    private static final String ENGLISH = """
            Vietnam, Russia boost defence cooperation

            Hanoi (VNA) – Head of the General Department of Politics of the Vietnam People's Army General Luong Cuong
            hosted a welcome ceremony in Hanoi on October 22 for Colonel General Andrey Valeryevich Kartapolov,
            Deputy Minister of Defence of Russia, who is paying an official visit to Vietnam from October 21 to 24.

            The two sides held talks after the ceremony. They said that the Comprehensive Strategic Partnership between
            Vietnam and Russia has continued to develop dynamically in many fields, and defence cooperation has made
            progress. -VNA
            """;
    private static final String VIETNAMESE = """
            Tăng cường hợp tác quốc phòng Việt Nam - Nga

            Hà Nội (TTXVN) – Sáng 22/10, tại Hà Nội, Thượng tướng Lương Cường, Chủ nhiệm Tổng cục Chính trị Quân đội
            nhân dân Việt Nam đã chủ trì lễ đón chính thức Thượng tướng Andrey Valeryevich Kartapolov, Thứ trưởng Bộ
            Quốc phòng Nga, thăm chính thức Việt Nam từ ngày 21 đến 24 tháng 10. Hai bên đã hội đàm và nhất trí tăng
            cường hợp tác trong lĩnh vực giáo dục chính trị.
            """;

    @TempDir
    Path dir;

    @Test
    void englishArticleIsRefusedWhenFrenchIsExpected() throws Exception {
        Path en = Files.writeString(dir.resolve("english.txt"), ENGLISH);
        InputException e = assertThrows(InputException.class, () -> new ArticleExtractor("fr").extract(en));
        assertEquals(en, e.file());
        assertTrue(e.getMessage().matches("detected English \\([01]\\.\\d\\d\\), expected French; pass --lang to override"), e.getMessage());
        assertTrue(e.oneLine().startsWith(en.toString() + ": detected English"), e.oneLine());
    }

    @Test
    void vietnameseArticleIsRefusedToo() throws Exception {
        Path vi = Files.writeString(dir.resolve("vi.txt"), VIETNAMESE);
        InputException e = assertThrows(InputException.class, () -> new ArticleExtractor("fr").extract(vi));
        assertTrue(e.getMessage().startsWith("detected Vietnamese"), e.getMessage());
    }

    @Test
    void declaredLanguageOverridesTheCheck() throws Exception {
        Path en = Files.writeString(dir.resolve("english.txt"), ENGLISH);
        Article a = new ArticleExtractor(null).withDeclaredLanguage("fr").extract(en);
        assertEquals("fr", a.language());
        // Long blocks still say what they are, so later stages can warn.
        assertEquals("en", a.blocks().stream().filter(b -> b.role() == BlockRole.BODY).findFirst().orElseThrow().language());
    }

    @Test
    void noExpectationAcceptsAndReportsTheDetectedLanguage() throws Exception {
        Path en = Files.writeString(dir.resolve("english.txt"), ENGLISH);
        assertEquals("en", new ArticleExtractor(null).extract(en).language());
        assertEquals("fr", new ArticleExtractor(null).extract(Seeds.path("003_29974663294a4e55")).language());
    }

    @Test
    void shortBlocksTakeTheArticleLanguage() throws Exception {
        Article a = new ArticleExtractor("fr").extract(Seeds.path("001_7c7e6a35cfde74b3"));
        Block marker = a.blocks().stream().filter(b -> b.text().equals("ảnh 1")).findFirst().orElseThrow();
        assertEquals("fr", marker.language());
    }
}
