package org.passerelle.cli.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.cli.glossary.CommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;
import org.passerelle.glossary.Termbase;

/** Glossaries of translators' tools imported into the sample termbase, and the warning qa and prepare give for a broken one. */
class GlossaryToolsImportTest extends SampleTermbaseTest {

    @Test
    void anOmegatGlossaryJoinsTheConceptsOfItsSourceTermsAndAddsTheRest() throws Exception {
        // OmegaT's own format: source, target, comment, tab-separated, no header, '#' comments.
        Path glossary = Files.writeString(dir.resolve("glossary.txt"), "# OmegaT glossary\n"
                + "Mer Orientale\tMer de l'Est\tfrom the translator\n"
                + "Année croisée\tCross Year\t\n"
                + "Année croisée\tYear of Exchange\tolder\n");
        CommandRun missing = run("glossary", "import", tbx, "--from", glossary);
        assertEquals(2, missing.code(), missing::toString);
        assertTrue(missing.err().contains("give --target-lang"), missing::toString);

        CommandRun r = run("glossary", "import", tbx, "--from", glossary, "--target-lang", "en");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith(tbx + ": imported " + glossary + ": 1 concept added, 1 changed, 0 removed"), r::toString);
        assertTrue(r.out().contains("  c3: added en 'Mer de l'Est' (admitted)"), r::toString);
        Termbase tb = new TbxReader().read(tbx);
        assertEquals("East Sea", tb.concept("c3").orElseThrow().preferred("en").orElseThrow().text(), "the fixed equivalent stays");
        Concept added = tb.concept("c54").orElseThrow();
        assertEquals(List.of("Année croisée", "Cross Year", "Year of Exchange"), added.terms().stream().map(Term::text).toList());
        assertEquals(TermStatus.ADMITTED, added.terms().get(2).status(), "a second target is a synonym");
        assertEquals("older", added.note());
    }

    @Test
    void aTranslateToolkitCsvIsReadByItsColumnNames() throws Exception {
        // Verbatim output of Translate Toolkit 3.8.4 po2csv.
        Path csv = Files.writeString(dir.resolve("tt.csv"), "\"location\",\"source\",\"target\"\n"
                + "\"\",\"Mer Orientale\",\"East Sea\"\n"
                + "\"\",\"Sommet de l'ASEAN\",\"ASEAN Summit\"\n");
        CommandRun r = run("glossary", "import", tbx, "--from", csv, "--target-lang", "en", "--dry-run");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains(": 1 concept added, 0 changed, 0 removed, 1 unchanged"), r::toString);
        assertTrue(r.out().contains("  added concept c54: fr 'Sommet de l'ASEAN', en 'ASEAN Summit'"), r::toString);
    }

    @Test
    void aV2ExportIsConvertedAndTheConversionsListed() throws Exception {
        Path v2 = Files.writeString(dir.resolve("v2.tbx"), "<?xml version=\"1.0\"?>\n<martif type=\"TBX\" xml:lang=\"fr\">"
                + "<martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader><text><body>\n"
                + "<termEntry id=\"Mer de Chine\"><admin type=\"productSubset\">Atlas</admin>"
                + "<langSet xml:lang=\"fr\"><tig><term>Mer de Chine</term><termNote type=\"partOfSpeech\">nom</termNote></tig></langSet>"
                + "<langSet xml:lang=\"en\"><tig><term>China Sea</term><termNote type=\"termType\">synonym</termNote></tig></langSet>"
                + "</termEntry>\n</body></text></martif>\n");
        Path v3 = dir.resolve("converted.tbx");
        CommandRun r = run("glossary", "import", v3, "--from", v2);
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("  converted to TBX-Basic: admin type=\"productSubset\" → note"), r::toString);
        assertTrue(r.out().contains("  converted to TBX-Basic: partOfSpeech 'nom' → 'noun'"), r::toString);
        assertTrue(r.out().contains("  converted to TBX-Basic: termType type=\"synonym\"") || r.out().contains("termType 'synonym' → note"), r::toString);
        assertTrue(r.out().contains("  converted to TBX-Basic: id 'Mer de Chine' → 'Mer-de-Chine'"), r::toString);
        assertEquals(0, run("glossary", "validate", v3).code());
        assertTrue(Files.readString(v3).contains("<note>productSubset: Atlas</note>"), "nothing is lost");
    }

    @Test
    void qaAndPrepareSayOnceThatTheTermbaseHasErrors() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.tbx"),
                Files.readString(tbx).replaceFirst("preferredTerm-admn-sts", "preferred"));
        Path article = Files.writeString(dir.resolve("a.txt"), "La Mer Orientale.\n");
        CommandRun prepare = run("prepare", article, "--termbase", broken, "--targets", "en", "-o", dir.resolve("x"));
        assertEquals(0, prepare.code(), prepare::toString);
        List<String> warnings = prepare.err().lines().filter(l -> l.contains("warning: the termbase")).toList();
        assertEquals(1, warnings.size(), prepare::toString);
        assertTrue(warnings.get(0).startsWith("passerelle: warning: the termbase " + broken + " has 1 error, first "
                + broken + ":"), warnings.toString());
        assertTrue(warnings.get(0).contains("administrativeStatus 'preferred' is not one of"), warnings.toString());
        CommandRun qa = run("qa", dir.resolve("x"), "--termbase", broken);
        assertEquals(1, qa.err().lines().filter(l -> l.contains("warning: the termbase")).count(), qa::toString);
        CommandRun clean = run("qa", dir.resolve("x"), "--termbase", tbx);
        assertTrue(clean.err().lines().noneMatch(l -> l.contains("warning: the termbase")), clean::toString);
    }
}
