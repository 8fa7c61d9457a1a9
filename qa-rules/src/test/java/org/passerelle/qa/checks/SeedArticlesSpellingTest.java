package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.context;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Profile;
import org.passerelle.qa.Units;

/**
 * The five seed articles through the spelling check, French side: LanguageTool's dictionary alone
 * flags dozens of Vietnamese and Russian names; with the name filter only real typos remain.
 */
class SeedArticlesSpellingTest {

    @Test
    void onlyRealTyposRemainOnTheSeedArticles() throws Exception {
        SpellingCheck check = new SpellingCheck(Profile.defaults().settings("spelling"));
        List<String> flagged = new ArrayList<>();
        int unfiltered = 0;
        Path dir = Path.of(getClass().getResource("/org/passerelle/qa/articles").toURI());
        try (Stream<Path> files = Files.list(dir).sorted()) {
            for (Path file : files.toList()) {
                for (String paragraph : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (paragraph.isBlank()) {
                        continue;
                    }
                    for (CheckMatch m : check.check(Units.unit("en-GB", paragraph, null), context())) {
                        flagged.add(paragraph.substring(m.offset(), m.offset() + m.length()));
                    }
                    unfiltered += context().proofreader().check("fr-FR", paragraph).stream().filter(p -> p.spelling()).count();
                }
            }
        }
        // The real defects of the French copy: a typo and a Vietnamese photo caption left in the text.
        assertEquals(List.of("délagation", "ảnh", "1L'entretien"), flagged);
        assertTrue(unfiltered >= 100, "LanguageTool alone flags the names too: " + unfiltered);
    }
}
