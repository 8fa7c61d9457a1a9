package org.passerelle.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TermbaseStatsTest {
    @Test
    void countsTheSampleByLanguageAndStatus() throws Exception {
        Termbase sample = new TbxReader().read(TbxReaderTest.SAMPLE);
        TermbaseStats stats = TermbaseStats.of(sample);
        assertEquals(53, stats.concepts());
        assertEquals(2, stats.termsByLanguage().get("en").get(TermStatus.DEPRECATED));
        assertEquals(2, stats.termsByLanguage().get("vi").get(TermStatus.DEPRECATED));
        assertEquals(53, stats.termsByLanguage().get("vi").get(TermStatus.PREFERRED));
        assertEquals(0, TermbaseStats.withoutPreferred(sample, "en"));
        assertEquals(stats.terms(), stats.termsByLanguage().values().stream()
                .flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum());
    }
}
