package org.passerelle.cli.glossary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.passerelle.cli.glossary.CommandRun.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.TermStatus;

/**
 * Export to a spreadsheet, edit it as a terminologist does in Excel (clear a cell, delete a row),
 * import it back: every edit lands and is listed, nothing else changes.
 */
class SpreadsheetRoundTripTest extends SampleTermbaseTest {

    private Path exported() {
        Path csv = dir.resolve("termbase.csv");
        CommandRun export = run("glossary", "export", tbx, "--to", csv);
        assertEquals(0, export.code(), export::toString);
        return csv;
    }

    /** The sheet as Excel would save it after the user's edit: rows of cells, rewritten by a CSV library. */
    private static void edit(Path csv, java.util.function.Consumer<List<List<String>>> change) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows;
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            rows = new java.util.ArrayList<>(parser.getRecords().stream().map(r -> new java.util.ArrayList<>(r.toList())).map(l -> (List<String>) l).toList());
        }
        change.accept(rows);
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        Files.writeString(csv, out, StandardCharsets.UTF_8);
    }

    private static int column(List<List<String>> rows, String name) {
        return rows.get(0).indexOf(name);
    }

    private static List<String> row(List<List<String>> rows, String id) {
        return rows.stream().filter(r -> r.get(0).equals(id)).findFirst().orElseThrow();
    }

    @Test
    void clearingTheForbiddenTermsCellRemovesItAndSaysSo() throws Exception {
        Path csv = exported();
        edit(csv, rows -> row(rows, "c3").set(column(rows, "en deprecated"), ""));
        CommandRun r = run("glossary", "import", tbx, "--from", csv);
        assertEquals(0, r.code(), r::toString);
        assertEquals(tbx + ": imported " + csv + ": 0 concepts added, 1 changed, 0 removed, 52 unchanged",
                r.out().lines().findFirst().orElseThrow());
        assertTrue(r.out().contains("\n  c3: removed en 'South China Sea' (deprecated)"), r::toString);
        Concept c3 = new TbxReader().read(tbx).concept("c3").orElseThrow();
        assertEquals(List.of(), c3.forbidden("en"), "'South China Sea' must no longer be forbidden");
        CommandRun lookup = run("glossary", "lookup", tbx, "South China Sea", "--lang", "en");
        assertFalse(lookup.out().contains("'South China Sea' is deprecated"), lookup::toString);
    }

    @Test
    void aDeletedRowRemovesItsConceptAndDryRunOnlyLists() throws Exception {
        Path csv = exported();
        edit(csv, rows -> rows.remove(row(rows, "c5")));
        byte[] before = Files.readAllBytes(tbx);
        CommandRun dry = run("glossary", "import", tbx, "--from", csv, "--dry-run");
        assertEquals(0, dry.code(), dry::toString);
        assertTrue(dry.out().startsWith(tbx + ": would import " + csv + ": 0 concepts added, 0 changed, 1 removed, 52 unchanged"), dry::toString);
        assertTrue(dry.out().contains("\n  removed concept c5 (its row is gone): fr 'vice-ministre'"), dry::toString);
        assertTrue(dry.out().strip().endsWith("nothing written (--dry-run)"), dry::toString);
        assertArrayEquals(before, Files.readAllBytes(tbx), "a dry run wrote the termbase");

        CommandRun kept = run("glossary", "import", tbx, "--from", csv, "--keep-missing");
        assertTrue(kept.out().contains("0 removed, 52 unchanged"), kept::toString);
        assertTrue(new TbxReader().read(tbx).concept("c5").isPresent());

        CommandRun r = run("glossary", "import", tbx, "--from", csv);
        assertEquals(0, r.code(), r::toString);
        assertTrue(new TbxReader().read(tbx).concept("c5").isEmpty());
        assertEquals(52, new TbxReader().read(tbx).size());
    }

    @Test
    void changedStatusTypeAndNewRowLand() throws Exception {
        Path csv = exported();
        edit(csv, rows -> {
            List<String> c5 = row(rows, "c5");
            // Move 'Vice Minister' from admitted to deprecated, and make the French full form an acronym's sibling.
            c5.set(column(rows, "en admitted"), "");
            c5.set(column(rows, "en admitted termType"), "");
            c5.set(column(rows, "en deprecated"), "Vice Minister");
            List<String> added = new java.util.ArrayList<>(java.util.Collections.nCopies(rows.get(0).size(), ""));
            added.set(column(rows, "fr"), "Organisation du traité de l'Atlantique Nord");
            added.set(column(rows, "en"), "North Atlantic Treaty Organization | NATO");
            added.set(column(rows, "en termType"), "fullForm | acronym");
            rows.add(added);
        });
        CommandRun r = run("glossary", "import", tbx, "--from", csv);
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("  c5: en 'Vice Minister' admitted -> deprecated"), r::toString);
        assertTrue(r.out().contains("  added concept c54: fr 'Organisation du traité de l'Atlantique Nord', en 'North Atlantic"
                + " Treaty Organization', en 'NATO'"), r::toString);
        Concept c54 = new TbxReader().read(tbx).concept("c54").orElseThrow();
        assertEquals("acronym", c54.terms("en").get(1).termType());
        assertEquals(TermStatus.DEPRECATED, new TbxReader().read(tbx).concept("c5").orElseThrow().terms("en").stream()
                .filter(t -> t.text().equals("Vice Minister")).findFirst().orElseThrow().status());
    }

    @Test
    void formulaCellsAreNeutralisedAndComeBackAsTheyWere() throws Exception {
        assertEquals(0, run("glossary", "add", tbx, "--term", "fr==SOMME(A1)", "--term", "en=@risk",
                "--term", "vi=-5 độ", "--note", "+1 to the 'quoted'", "--allow-duplicate").code());
        Path csv = exported();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(Files.readString(csv).substring(1), CSVFormat.RFC4180)) {
            records = parser.getRecords();
        }
        CSVRecord row = records.get(records.size() - 1);
        List<String> header = records.get(0).toList();
        assertEquals("'=SOMME(A1)", row.get(header.indexOf("fr")), "Excel would run =SOMME(A1)");
        assertEquals("'@risk", row.get(header.indexOf("en")));
        assertEquals("'-5 độ", row.get(header.indexOf("vi")));
        assertEquals("'+1 to the 'quoted'", row.get(header.indexOf("note")));
        Path back = dir.resolve("back.tbx");
        assertEquals(0, run("glossary", "import", back, "--from", csv).code());
        Concept c54 = new TbxReader().read(back).concept("c54").orElseThrow();
        assertEquals("=SOMME(A1)", c54.terms("fr").get(0).text());
        assertEquals("@risk", c54.terms("en").get(0).text());
        assertEquals("+1 to the 'quoted'", c54.note());
    }

    @Test
    void aSheetWithoutBomAndWithLfLineEndsIsEditedInPlaceTheWayItWas() throws Exception {
        Path csv = dir.resolve("plain.csv");
        Files.writeString(csv, "id;fr;en\nc1;Mer Orientale;East Sea\n");
        assertEquals(0, run("glossary", "add", csv, "--concept", "c1", "--term", "en=Eastern Sea").code());
        String text = Files.readString(csv);
        assertFalse(text.startsWith("\uFEFF"), "no BOM was there, none is added");
        assertFalse(text.contains("\r"), "LF line ends stay LF");
        assertTrue(text.startsWith("id;fr;en;en admitted;"), text);
    }

    @Test
    void whatTheSheetCannotHoldIsNamedAndTheExportRefusedUnlessLossy() throws Exception {
        Path v2 = CommandRun.copyResource("multiterm-export-v2.tbx", dir);
        Path csv = dir.resolve("multiterm.csv");
        CommandRun refused = run("glossary", "export", v2, "--to", csv);
        assertEquals(2, refused.code(), refused::toString);
        assertTrue(refused.err().contains("not exported: CSV cannot hold "), refused::toString);
        assertTrue(refused.err().contains("<transacGrp>"), refused::toString);
        assertTrue(refused.err().contains("give --lossy"), refused::toString);
        assertFalse(Files.exists(csv));
        CommandRun lossy = run("glossary", "export", v2, "--to", csv, "--lossy");
        assertEquals(0, lossy.code(), lossy::toString);
        assertTrue(lossy.out().contains("; left out: ") && lossy.out().contains("<transacGrp> on a concept (1 entry)"), lossy::toString);
    }
}
