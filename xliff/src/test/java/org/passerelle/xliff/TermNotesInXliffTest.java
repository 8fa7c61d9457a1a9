package org.passerelle.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.okapi.lib.xliff2.glossary.GlossEntry;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.core.Article;
import org.passerelle.extract.ArticleExtractor;
import org.passerelle.core.Block;
import org.passerelle.core.BlockRole;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;
import org.passerelle.glossary.Termbase;

/** Termbase hits travel with each unit: 1.2 notes, 2.x glossary module entries and notes. */
class TermNotesInXliffTest {

    private static final Concept EAST_SEA = new Concept("c-east-sea", null, null, null, List.of(
            new Term("Mer Orientale", "fr", TermStatus.PREFERRED, null),
            new Term("East Sea", "en", TermStatus.PREFERRED, null),
            new Term("South China Sea", "en", TermStatus.DEPRECATED, null),
            new Term("Biển Đông", "vi", TermStatus.PREFERRED, null),
            new Term("Biển Nam Trung Hoa", "vi", TermStatus.DEPRECATED, null)));
    private static final Termbase TERMS = new Termbase("fr", List.of(EAST_SEA));

    private static Termbase sample;
    private static ArticleExtractor extractor;

    @TempDir
    Path out;

    @BeforeAll
    static void load() throws Exception {
        sample = new TbxReader().read(Seeds.dir().resolve("../termbase.tbx").normalize());
        extractor = new ArticleExtractor("fr");
    }

    private static Article article(String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            blocks.add(new Block(BlockRole.BODY, p, "fr", 0, 0));
        }
        return new Article("sea", Path.of("sea.txt"), "text/plain", "fr", Map.of(), blocks);
    }

    @Test
    void xliff12CarriesOneNotePerConceptWithTheForbiddenTerms() throws Exception {
        PrepareResult r = new XliffPreparer(TERMS, XliffVersion.V1_2)
                .prepare(article("La situation en Mer Orientale est calme.", "Rien à signaler."), "en", out);
        assertEquals(1, r.termHits());
        List<TranslationUnit> units = XliffPreparerTest.read(r.file());
        assertEquals(List.of("Term: Mer Orientale → East Sea (forbidden: South China Sea)"), units.get(0).notes());
        assertEquals(List.of(), units.get(1).notes());
        XliffPreparerTest.assertSchemaValid(r.file(), XliffVersion.V1_2);

        Path tbx = out.resolve("sea.en.tbx");
        Termbase extract = new TbxReader().read(tbx);
        assertEquals(List.of("c-east-sea"), extract.concepts().stream().map(Concept::id).toList());
        assertEquals(List.of("Mer Orientale", "East Sea", "South China Sea"),
                extract.concepts().get(0).terms().stream().map(Term::text).toList(), "source and target terms only");
    }

    @Test
    void xliff2CarriesGlossaryEntriesAndNotes() throws Exception {
        PrepareResult r = new XliffPreparer(TERMS, XliffVersion.V2)
                .prepare(article("Les navires de la mer Orientale."), "vi", out);
        XliffPreparerTest.assertSchemaValid(r.file(), XliffVersion.V2);
        assertEquals(List.of("Term: Mer Orientale → Biển Đông (forbidden: Biển Nam Trung Hoa)"),
                XliffPreparerTest.read(r.file()).get(0).notes());
        List<GlossEntry> entries = new ArrayList<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(r.file().toFile());
            while (reader.hasNext()) {
                Event e = reader.next();
                if (e.isUnit() && e.getUnit().hasGlossEntry()) {
                    e.getUnit().getGlossary().forEach(entries::add);
                }
            }
        }
        assertEquals(1, entries.size());
        assertEquals("Mer Orientale", entries.get(0).getTerm().getText());
        assertEquals("Biển Đông", entries.get(0).getTranslations().get(0).getText());
        assertTrue(entries.get(0).getDefinition().getText().contains("Biển Nam Trung Hoa"));
    }

    @Test
    void theSampleTermbaseFixedEquivalentsReachTheSeedUnits() throws Exception {
        Article seed = extractor.extract(Seeds.dir().resolve("000_78e9962cff1393cc.txt"));
        XliffPreparer preparer = new XliffPreparer(sample, XliffVersion.V1_2);
        List<String> en = notesOf(preparer.prepare(seed, "en", out).file(), "Partenariat stratégique intégral");
        assertTrue(en.contains("Term: Partenariat stratégique intégral → Comprehensive Strategic Partnership"), en.toString());
        List<String> vi = notesOf(preparer.prepare(seed, "vi", out).file(), "Partenariat stratégique intégral");
        assertTrue(vi.contains("Term: Partenariat stratégique intégral → Đối tác chiến lược toàn diện"), vi.toString());

        Termbase extract = new TbxReader().read(out.resolve(seed.id() + ".vi.tbx"));
        assertTrue(extract.size() >= 1 && extract.size() < sample.size(), "only the concepts that occur");
        assertEquals(java.util.Set.of("fr", "vi"), extract.languages());

        Article unclos = extractor.extract(Seeds.dir().resolve("003_29974663294a4e55.txt"));
        List<String> notes = notesOf(preparer.prepare(unclos, "en", out).file(), "(CNUDM)");
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("Term: CNUDM → UNCLOS")), notes.toString());
    }

    private static List<String> notesOf(Path file, String sourceContains) throws Exception {
        List<String> notes = new ArrayList<>();
        for (TranslationUnit u : XliffPreparerTest.read(file)) {
            if (u.sourceText().contains(sourceContains)) {
                notes.addAll(u.notes());
            }
        }
        return notes;
    }
}
