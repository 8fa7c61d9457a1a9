package org.passerelle.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TbxReaderTest {
    static final Path SAMPLE = Path.of("..", "samples", "termbase.tbx");
    static final Path RESOURCES = Path.of("src", "test", "resources");

    static Path tbx(String name) {
        return RESOURCES.resolve("tbx").resolve(name);
    }

    static List<String> texts(List<Term> terms) {
        return terms.stream().map(Term::text).toList();
    }

    @Test
    void readsTheSampleTermbaseWithItsFixedEquivalents() throws Exception {
        Termbase tb = new TbxReader().read(SAMPLE);
        assertTrue(tb.size() >= 40, "concepts: " + tb.size());
        assertEquals("fr", tb.sourceLanguage());
        assertEquals(Set.of("fr", "en", "vi"), tb.languages());
        for (Concept c : tb.concepts()) {
            for (String lang : List.of("fr", "en", "vi")) {
                assertTrue(c.preferred(lang).isPresent(), c.id() + " has no " + lang + " term");
            }
        }
        Concept sea = tb.concepts().stream()
                .filter(c -> c.preferred("fr").map(t -> t.text().equals("Mer Orientale")).orElse(false))
                .findFirst().orElseThrow();
        assertEquals("East Sea", sea.preferred("en").orElseThrow().text());
        assertEquals("Biển Đông", sea.preferred("vi").orElseThrow().text());
        assertEquals(List.of("South China Sea"), texts(sea.forbidden("en")));
        assertEquals(List.of("Biển Nam Trung Hoa"), texts(sea.forbidden("vi")));
        assertEquals("geography", sea.subjectField());

        Concept csp = tb.concepts().stream()
                .filter(c -> c.preferred("fr").map(t -> t.text().equals("Partenariat stratégique intégral")).orElse(false))
                .findFirst().orElseThrow();
        assertEquals("Comprehensive Strategic Partnership", csp.preferred("en").orElseThrow().text());
        assertEquals("Đối tác chiến lược toàn diện", csp.preferred("vi").orElseThrow().text());

        Concept unclos = tb.concepts().stream()
                .filter(c -> c.preferred("fr").map(t -> t.text().equals("CNUDM")).orElse(false))
                .findFirst().orElseThrow();
        assertEquals("acronym", unclos.preferred("fr").orElseThrow().termType());
        assertEquals("UNCLOS", unclos.preferred("en").orElseThrow().text());
        assertEquals(List.of("UNCLOS", "United Nations Convention on the Law of the Sea"), texts(unclos.allowed("en")));
    }

    @Test
    void readsALtacStyleBasicDcaFileWithDescripGroupsAndTermsWithoutStatus() throws Exception {
        Termbase tb = new TbxReader().read(tbx("ltac-style-basic-dca.tbx"));
        assertEquals("en", tb.sourceLanguage());
        Concept eez = tb.concept("n1").orElseThrow();
        assertEquals("Law of the sea", eez.subjectField());
        // The definition sits in a descripGrp of the English langSec, with its source.
        assertEquals("A sea zone of up to 200 nautical miles over which a coastal state has special rights to its resources.",
                eez.definition());
        assertEquals("G-Source: UNCLOS Part V", eez.note());
        assertEquals(List.of("zone économique exclusive", "ZEE"), texts(eez.terms("fr")));
        // No administrativeStatus: admitted, as TBX-Basic says.
        assertEquals(TermStatus.ADMITTED, eez.terms("fr").get(1).status());
        assertEquals("acronym", eez.terms("en").get(1).termType());
        assertEquals(List.of("vùng đặc quyền kinh tế"), texts(eez.terms("vi")));
    }

    @Test
    void readsAMultiTermTbxV2ExportWithTigsNtigsAndItsDoctype() throws Exception {
        Termbase tb = new TbxReader().read(tbx("multiterm-export-v2.tbx"));
        assertEquals("en-US", tb.sourceLanguage());
        Concept rank = tb.concept("_101").orElseThrow();
        assertEquals("Defence", rank.subjectField());
        assertEquals("A senior military officer rank, above lieutenant general.", rank.definition());
        assertEquals("Colonel General", rank.preferred("en").orElseThrow().text());
        assertEquals("en-US", rank.preferred("en").orElseThrow().language());
        // ntig/termGrp, with the v2 normativeAuthorization status.
        Term vi = rank.terms("vi").get(0);
        assertEquals("Thượng tướng", vi.text());
        assertEquals(TermStatus.PREFERRED, vi.status());
        Concept sea = tb.concept("_102").orElseThrow();
        assertEquals(List.of("South China Sea"), texts(sea.forbidden("en")));
        assertEquals(Set.of("en", "fr", "vi"), tb.languages());
    }

    @Test
    void readsDctStyleDataCategories() throws Exception {
        Termbase tb = new TbxReader().read(tbx("basic-dct.tbx"));
        Concept mou = tb.concept("d1").orElseThrow();
        assertEquals("Diplomacy", mou.subjectField());
        assertEquals("A written agreement recording the intentions of the parties.", mou.definition());
        assertEquals("memorandum of understanding", mou.preferred("en").orElseThrow().text());
        Term abbreviation = mou.terms("en").get(1);
        assertEquals("abbreviation", abbreviation.termType());
        assertEquals(TermStatus.ADMITTED, abbreviation.status());
        assertNull(mou.note());
    }

    @Test
    void readsAnLtacStyleDctFileInTheDraftNamespace() throws Exception {
        Termbase tb = new TbxReader().read(tbx("ltac-style-draft-namespace-dct.tbx"));
        Concept csp = tb.concept("c1").orElseThrow();
        assertEquals("diplomatie", csp.subjectField());
        // The definition sits in a DCT descripGrp of the source language.
        assertEquals("Le plus haut niveau de partenariat que le Vietnam établit avec un autre pays.", csp.definition());
        assertEquals("Fixed equivalent required by the desk.", csp.note());
        assertEquals("Comprehensive Strategic Partnership", csp.preferred("en").orElseThrow().text());
        assertEquals(List.of("Integral Strategic Partnership"), csp.forbidden("en").stream().map(Term::text).toList());
        assertEquals(tb.concepts(), new TbxReader().readConcepts(tbx("ltac-style-draft-namespace-dct.tbx")).concepts());
        List<org.passerelle.glossary.validate.Problem> problems =
                new org.passerelle.glossary.validate.TbxValidator().validate(tbx("ltac-style-draft-namespace-dct.tbx"));
        assertEquals(List.of("tbx.namespace"), problems.stream()
                .filter(p -> !p.rule().equals("term.missing-language")).map(org.passerelle.glossary.validate.Problem::rule).toList());
    }

    @Test
    void streamingReadGivesTheSameConceptsForV3AndV2() throws Exception {
        for (Path file : List.of(SAMPLE, tbx("multiterm-export-v2.tbx"), tbx("ltac-style-basic-dca.tbx"), tbx("basic-dct.tbx"))) {
            Termbase whole = new TbxReader().read(file);
            Termbase streamed = new TbxReader().readConcepts(file);
            assertEquals(whole.concepts(), streamed.concepts(), file.toString());
            assertEquals(whole.sourceLanguage(), streamed.sourceLanguage());
            assertTrue(streamed.document().isEmpty());
        }
    }

    @Test
    void readsASpreadsheetCsvWithSemicolonsAndABom() throws Exception {
        Termbase tb = new TbxReader().read(RESOURCES.resolve("csv").resolve("excel-fr-semicolons.csv"));
        assertEquals("fr", tb.sourceLanguage());
        assertEquals(3, tb.size());
        Concept sea = tb.concept("sea").orElseThrow();
        assertEquals(List.of("South China Sea"), texts(sea.forbidden("en")));
        assertEquals(List.of("Biển Nam Trung Hoa"), texts(sea.forbidden("vi")));
        assertEquals("East Sea", sea.preferred("en").orElseThrow().text());
        assertEquals(List.of("CNUDM", "Convention des Nations unies sur le droit de la mer"),
                texts(tb.concept("unclos").orElseThrow().terms("fr")));
        assertEquals("Note with; a semicolon", tb.concept("unclos").orElseThrow().note());
    }
}
