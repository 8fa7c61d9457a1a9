package org.passerelle.extract;

import org.passerelle.core.Article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.extract.fixtures.Seeds;

/** Seeds 000 and 001 are the same VNA story, published twice; the others are different stories. */
class NearDuplicatesTest {

    @Test
    void seeds000And001AreTheOnlyNearDuplicatePair() throws Exception {
        ArticleExtractor extractor = new ArticleExtractor("fr");
        List<Article> batch = new ArrayList<>();
        for (String id : Seeds.IDS) {
            batch.add(extractor.extract(Seeds.path(id)));
        }
        NearDuplicates.Report report = new NearDuplicates().find(batch);

        assertEquals(1, report.pairs().size(), () -> report.pairs().toString());
        NearDuplicates.Pair pair = report.pairs().get(0);
        assertEquals("000_78e9962cff1393cc", pair.first().id());
        assertEquals("001_7c7e6a35cfde74b3", pair.second().id());
        assertTrue(pair.jaccard() > 0.7, "jaccard " + pair.jaccard());
        assertTrue(pair.containment() > 0.99, "000 is wholly inside 001: " + pair.containment());

        // The eight body paragraphs of 000 reappear verbatim in 001 (001's NBSPs aside).
        assertEquals(8, report.paragraphs().size());
        assertTrue(report.paragraphs().stream().allMatch(p -> p.occurrences().size() == 2));
        assertTrue(report.paragraphs().get(0).text().startsWith("Le chef du Département générale"));

        List<String> lines = report.lines();
        assertTrue(lines.get(0).matches("near-duplicate: 000_78e9962cff1393cc and 001_7c7e6a35cfde74b3 "
                + "\\(similarity 0\\.\\d\\d; 100% of the shorter in the longer\\)"), lines.get(0));
        assertEquals(9, lines.size());
        assertEquals("001_7c7e6a35cfde74b3", report.toJson().path("pairs").get(0).path("second").asText());
        assertEquals(6, report.toJson().path("paragraphs").get(0).path("in").get(1).path("block").asInt(),
                "001's first body paragraph is its 7th block");
    }

    @Test
    void differentStoriesAreNotFlagged() throws Exception {
        ArticleExtractor extractor = new ArticleExtractor("fr");
        List<Article> batch = List.of(extractor.extract(Seeds.path("002_8758182e5d4c0059")),
                extractor.extract(Seeds.path("003_29974663294a4e55")), extractor.extract(Seeds.path("004_26c3e7b148f85d09")));
        assertTrue(new NearDuplicates().find(batch).isEmpty());
    }
}
