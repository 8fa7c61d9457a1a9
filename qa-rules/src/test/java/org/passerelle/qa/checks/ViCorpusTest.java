package org.passerelle.qa.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.qa.Units.context;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.Profile;
import org.passerelle.qa.UnitMatch;
import org.passerelle.qa.Units;
import org.passerelle.xliff.TranslationUnit;

/** Issue 7's corpus: correct Vietnamese news raises no vi.* finding; every listed misspelling is caught. */
class ViCorpusTest {

    private static List<String> lines(String name) throws Exception {
        Path file = Path.of(ViCorpusTest.class.getResource("/org/passerelle/qa/vi/" + name).toURI());
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    @Test
    void correctNewsSentencesRaiseNothing() throws Exception {
        List<String> sentences = lines("news-sentences.vi.txt");
        assertTrue(sentences.size() >= 200, "at least 200 sentences");
        List<TranslationUnit> units = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            units.add(Units.unit("u" + i, "vi-VN", "Phrase source.", sentences.get(i)));
        }
        ViSyllableCheck syllables = new ViSyllableCheck();
        ViNormalizationCheck normalization = new ViNormalizationCheck();
        ViTonePlacementCheck tones = new ViTonePlacementCheck(Profile.defaults().settings("vi.tone-placement"));
        List<String> findings = new ArrayList<>();
        for (TranslationUnit u : units) {
            for (CheckMatch m : syllables.check(u, context())) {
                findings.add(u.targetText() + " -> " + m.message());
            }
            normalization.check(u, context()).forEach(m -> findings.add(m.message()));
            tones.check(u, context());
        }
        for (UnitMatch m : tones.finish(context())) {
            findings.add(m.match().message());
        }
        assertEquals(List.of(), findings);
    }

    @Test
    void everyMisspellingIsCaught() throws Exception {
        List<String> entries = lines("misspellings.vi.tsv");
        assertTrue(entries.size() >= 50, "at least 50 misspellings");
        ViSyllableCheck check = new ViSyllableCheck();
        List<String> missed = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.split("\t");
            String target = "Đây là " + parts[0] + " trong câu.";
            List<CheckMatch> m = check.check(Units.unit("vi-VN", "Une phrase.", target), context());
            boolean caught = m.size() == 1 && m.get(0).offset() == 7 && m.get(0).length() == parts[0].length();
            if (!caught) {
                missed.add(parts[0] + " (" + parts[2] + "): " + m);
            }
        }
        assertEquals(List.of(), missed);
    }
}
