package org.passerelle.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The French copy of seed article 000 reviewed once, though prepared for two target languages. */
class SourceReviewTest {
    @TempDir
    Path dir;

    @Test
    void eachProblemOfTheSourceIsReportedOnceAndOnlyTheSource() throws Exception {
        Path xliff = Path.of(getClass().getResource("xliff/article-000.en-GB.xlf").toURI());
        List<Path> files = List.of(Files.copy(xliff, dir.resolve("000.en.xlf")), Files.copy(xliff, dir.resolve("000.vi.xlf")));
        List<Finding> findings = SourceReview.of(files, Profile.defaults());
        assertTrue(findings.stream().allMatch(f -> f.side() == Side.SOURCE), findings::toString);
        // "Département générale": the agreement error of the seed article, in both files, reported once.
        List<Finding> agreement = findings.stream().filter(f -> f.message().contains("générale")).toList();
        assertEquals(1, agreement.size(), findings::toString);
        assertEquals(files.get(0).toString(), agreement.get(0).file());
    }
}
