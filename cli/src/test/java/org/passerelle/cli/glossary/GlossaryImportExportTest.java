package org.passerelle.cli.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.cli.glossary.CommandRun.entries;
import static org.passerelle.cli.glossary.CommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;
import org.passerelle.glossary.TermbaseStats;

/** Round trips through the spreadsheet forms, and TBX v2 to v3 conversion by {@code import}. */
class GlossaryImportExportTest extends SampleTermbaseTest {
    @Test
    void exportedCsvImportedIntoANewFileHasEveryConceptAndTerm() throws Exception {
        Path csv = dir.resolve("termbase.csv");
        CommandRun export = run("glossary", "export", tbx, "--to", csv);
        assertEquals(0, export.code(), export::toString);
        assertEquals(csv + ": exported " + tbx + " as CSV: 53 concepts, 200 terms", export.out().strip());
        assertTrue(Files.readString(csv).startsWith("\uFEFFid,fr,fr termType,fr partOfSpeech,fr context,fr admitted,"),
                "a BOM for Excel, then a header naming the languages, statuses and what describes the terms");

        Path copy = dir.resolve("from-csv.tbx");
        CommandRun imported = run("glossary", "import", copy, "--from", csv);
        assertEquals(0, imported.code(), imported::toString);
        assertEquals(copy + ": created from " + csv + " (spreadsheet) as TBX v3: 53 concepts", imported.out().strip());

        Termbase original = new TbxReader().read(tbx);
        Termbase roundTrip = new TbxReader().read(copy);
        assertEquals(original.size(), roundTrip.size());
        assertEquals(TermbaseStats.of(original).termsByLanguage(), TermbaseStats.of(roundTrip).termsByLanguage());
        for (Concept c : original.concepts()) {
            assertEquals(c, roundTrip.concept(c.id()).orElseThrow(), "every term with its type, part of speech and context");
        }
        Concept c3 = roundTrip.concept("c3").orElseThrow();
        assertEquals("East Sea", c3.preferred("en").orElseThrow().text());
        assertEquals(List.of("South China Sea"), c3.forbidden("en").stream().map(t -> t.text()).toList());
        assertEquals(0, run("glossary", "validate", copy).code());
    }

    @Test
    void tsvExportReadsBackTheSame() throws Exception {
        Path tsv = dir.resolve("termbase.tsv");
        assertEquals(0, run("glossary", "export", tbx, "--to", tsv).code());
        assertTrue(Files.readString(tsv).startsWith("\uFEFFid\tfr\tfr termType\t"), "tab-separated");
        Path copy = dir.resolve("from-tsv.tbx");
        assertEquals(0, run("glossary", "import", copy, "--from", tsv).code());
        assertEquals(TermbaseStats.of(new TbxReader().read(tbx)), TermbaseStats.of(new TbxReader().read(copy)));
    }

    @Test
    void importingItsOwnExportChangesNoEntry() throws Exception {
        Path csv = dir.resolve("termbase.csv");
        run("glossary", "export", tbx, "--to", csv);
        Map<String, String> before = entries(tbx);
        CommandRun r = run("glossary", "import", tbx, "--from", csv);
        assertEquals(0, r.code(), r::toString);
        assertEquals(tbx + ": imported " + csv + ": 0 concepts added, 0 changed, 0 removed, 53 unchanged", r.out().strip());
        assertEquals(before, entries(tbx), "every entry stays byte for byte as it was");
    }

    @Test
    void importMergesAnEditedSpreadsheet() throws Exception {
        Path csv = dir.resolve("edits.csv");
        Files.writeString(csv, "id,fr,en,en deprecated,vi,note\n"
                + "c3,Mer Orientale,East Sea,South China Sea|South Sea,Biển Đông,\n"
                + "new-1,Année croisée,Cross Year,,Năm chéo,from the spreadsheet\n");
        Map<String, String> before = entries(tbx);
        CommandRun r = run("glossary", "import", tbx, "--from", csv, "--keep-missing");
        assertEquals(0, r.code(), r::toString);
        assertEquals(tbx + ": imported " + csv + ": 1 concept added, 1 changed, 0 removed, 0 unchanged",
                r.out().lines().findFirst().orElseThrow());
        assertTrue(r.out().contains("\n  c3: added en 'South Sea' (deprecated)\n"), r::toString);
        Map<String, String> after = entries(tbx);
        assertEquals(before.get("c1"), after.get("c1"));
        assertTrue(after.get("c3").contains("<term>South Sea</term>"), after.get("c3"));
        assertEquals("from the spreadsheet", new TbxReader().read(tbx).concept("new-1").orElseThrow().note());
    }

    @Test
    void aMultiTermV2ExportIsConvertedToV3KeepingWhatTheModelDoesNotKnow() throws Exception {
        Path v2 = CommandRun.copyResource("multiterm-export-v2.tbx", dir);
        Path v3 = dir.resolve("converted.tbx");
        CommandRun r = run("glossary", "import", v3, "--from", v2);
        assertEquals(0, r.code(), r::toString);
        assertEquals(v3 + ": created from " + v2 + " (TBX v2) as TBX v3: 2 concepts", r.out().strip());
        String xml = Files.readString(v3);
        assertTrue(xml.contains("<tbx ") && xml.contains("urn:iso:std:iso:30042:ed-2"), xml);
        assertFalse(xml.contains("martif"), xml);
        assertTrue(xml.contains("<transacNote type=\"responsibility\">SUPERVISOR</transacNote>"), xml);
        CommandRun validate = run("glossary", "validate", v3);
        assertFalse(validate.out().contains("martif"), validate::toString);
        assertEquals("Thượng tướng", new TbxReader().read(v3).concept("_101").orElseThrow().preferred("vi").orElseThrow().text());
    }

    @Test
    void editingAV2ExportInPlaceSaysItIsNowV3() throws Exception {
        Path v2 = CommandRun.copyResource("multiterm-export-v2.tbx", dir);
        CommandRun r = run("glossary", "add", v2, "--concept", "_102", "--term", "vi=Biển Đông");
        assertEquals(0, r.code(), r::toString);
        assertEquals(v2 + ": added to concept _102: vi 'Biển Đông' (admitted) (written as TBX v3; the file was TBX v2)",
                r.out().strip());
        String xml = Files.readString(v2);
        assertTrue(xml.contains("<tbx ") && xml.contains("<transacNote type=\"responsibility\">SUPERVISOR</transacNote>"), xml);
        CommandRun again = run("glossary", "set", v2, "--term", "vi=Biển Đông", "--status", "preferred");
        assertEquals(v2 + ": concept _102: vi 'Biển Đông' is now preferred", again.out().strip());
    }

    @Test
    void anUnknownExportFormatIsAUsageErrorAndWritesNothing() {
        Path out = dir.resolve("termbase.xlsx");
        CommandRun r = run("glossary", "export", tbx, "--to", out);
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains(".csv, .tsv, .tbx or .txt"), r::toString);
        assertFalse(Files.exists(out));
    }
}
