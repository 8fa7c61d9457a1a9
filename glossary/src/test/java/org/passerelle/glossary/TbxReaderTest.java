package org.passerelle.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TbxReaderTest {
    static final Path SAMPLE = Path.of("..", "samples", "termbase.tbx");

    @Test
    void readsTheSampleTermbaseWithItsFixedEquivalents() throws Exception {
        Termbase tb = new TbxReader().read(SAMPLE);
        assertTrue(tb.size() >= 40, "concepts: " + tb.size());
        assertEquals("fr", tb.sourceLanguage());
        assertEquals(java.util.Set.of("fr", "en", "vi"), tb.languages());
        Concept sea = tb.concepts().stream()
                .filter(c -> c.preferred("fr").map(t -> t.text().equals("Mer Orientale")).orElse(false))
                .findFirst().orElseThrow();
        assertEquals("East Sea", sea.preferred("en").orElseThrow().text());
        assertEquals("Biển Đông", sea.preferred("vi").orElseThrow().text());
        assertEquals(List.of("South China Sea"), sea.forbidden("en").stream().map(Term::text).toList());
        assertEquals(List.of("Biển Nam Trung Hoa"), sea.forbidden("vi").stream().map(Term::text).toList());
        assertEquals("geography", sea.subjectField());
    }
}
