package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.passerelle.qa.Units.context;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Profile;
import org.passerelle.qa.Units;
import org.passerelle.qa.vi.ViDictionary;

/** Needs Debian's hunspell-vi (CI installs it); skipped, not failed, on a machine without it. */
class ViSpellingCheckTest {
    private static ViSpellingCheck check;

    @BeforeAll
    static void dictionary() {
        assumeTrue(ViDictionary.find(null).isPresent(), "hunspell-vi is not installed");
        check = new ViSpellingCheck(Profile.defaults().settings("vi.spelling"));
    }

    @Test
    void wellFormedNonWordIsCaughtInEitherToneStyle() {
        String target = "Hai nước thàng lập ủy ban hòa bình.";
        List<CheckMatch> m = check.check(Units.unit("vi-VN", "Les deux pays créent un comité de paix.", target), context());
        assertEquals(1, m.size(), m.toString());
        assertEquals("thàng", target.substring(m.get(0).offset(), m.get(0).offset() + m.get(0).length()));
        assertTrue(m.get(0).suggestions().contains("tháng"), m.get(0).suggestions().toString());
        assertEquals(List.of(), check.check(Units.unit("vi-VN", "La paix.", "Hoà bình và hòa bình ở Huế."), context()),
                "both tone styles are known; a name inside the sentence is not looked up");
    }

    @Test
    void correctNewsSentencesPass() throws Exception {
        Path file = Path.of(getClass().getResource("/org/passerelle/qa/vi/news-sentences.vi.txt").toURI());
        List<String> flagged = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                check.check(Units.unit("vi-VN", "Phrase source.", line), context())
                        .forEach(m -> flagged.add(line.substring(m.offset(), m.offset() + m.length())));
            }
        }
        assertEquals(List.of(), flagged);
    }
}
