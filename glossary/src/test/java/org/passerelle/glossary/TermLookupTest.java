package org.passerelle.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TermLookupTest {
    static Termbase sample;

    @BeforeAll
    static void load() throws Exception {
        sample = new TbxReader().read(TbxReaderTest.SAMPLE);
    }

    static List<String> ids(List<Concept> concepts) {
        return concepts.stream().map(Concept::id).toList();
    }

    @Test
    void findsTheWholeTermFirstThenTermsContainingIt() {
        List<Concept> found = new TermLookup(sample, "fr").find("Mer Orientale");
        assertEquals(List.of("c3", "c4"), ids(found));
    }

    @Test
    void findsInflectedFormsAndIgnoresCase() {
        assertEquals(List.of("c1"), ids(new TermLookup(sample, "fr").find("partenariats stratégiques intégraux")));
        assertEquals(List.of("c1"), ids(new TermLookup(sample, "en").find("comprehensive strategic partnerships")));
        // c4 (the DOC) lists "... in the South China Sea" as deprecated too, so it contains the term.
        assertEquals(List.of("c3", "c4"), ids(new TermLookup(sample, "en").find("South China Sea")));
    }

    @Test
    void vietnameseLooksUpBySyllables() {
        assertEquals(List.of("c3", "c4"), ids(new TermLookup(sample, "vi").find("biển đông")));
        assertEquals(List.of(), ids(new TermLookup(sample, "vi").find("bien dong")));
    }
}
