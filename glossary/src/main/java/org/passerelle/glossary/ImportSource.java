package org.passerelle.glossary;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.passerelle.core.InputException;
import org.passerelle.glossary.xml.TbxXmlReader.Root;

/**
 * What {@code glossary import} reads from: a TBX file (v3, or v2 converted), a Passerelle
 * spreadsheet (its columns known, so that cleared cells and deleted rows are removals), or the
 * bilingual glossary of a translator's tool (OmegaT, Translate Toolkit), which names no languages.
 *
 * @param termbase   the concepts read
 * @param columns    a spreadsheet's columns; null for TBX and bilingual glossaries
 * @param unnamedIds the ids made up for entries that had none
 * @param kind       "TBX v2", "TBX v3", "spreadsheet", "glossary of source and target terms"
 */
public record ImportSource(Termbase termbase, SheetColumns columns, Set<String> unnamedIds, String kind) {

    /**
     * @param sourceLanguage the language of a bilingual glossary's first column (the termbase's source language)
     * @param targetLanguage the language of its second column; required for such a glossary only
     */
    public static ImportSource read(Path file, String sourceLanguage, String targetLanguage) throws InputException {
        boolean delimited = CsvTermbase.looksLikeCsv(file) || BilingualGlossary.isOmegatName(file);
        if (!delimited) {
            TbxReader reader = new TbxReader();
            String kind = reader.root(file) == Root.V2 ? "TBX v2" : "TBX v3";
            return new ImportSource(reader.read(file), null, Set.of(), kind);
        }
        new TbxReader().checkFile(file);
        List<String> first = firstRow(file);
        if (SheetColumns.isHeader(first) && !BilingualGlossary.isOmegatName(file)) {
            CsvTermbase.Sheet sheet = new CsvTermbase().readSheet(file);
            return new ImportSource(sheet.termbase(), sheet.columns(), sheet.unnamedIds(), "spreadsheet");
        }
        if (targetLanguage == null || sourceLanguage == null) {
            throw new InputException(file, "a glossary of source and target terms without a header naming the"
                    + " languages: give " + (targetLanguage == null ? "--target-lang" : "--source-lang") + " (e.g. en)");
        }
        CsvTermbase.Sheet sheet = BilingualGlossary.read(file, sourceLanguage, targetLanguage);
        return new ImportSource(sheet.termbase(), null, sheet.unnamedIds(), "glossary of source and target terms");
    }

    private static List<String> firstRow(Path file) throws InputException {
        String text = CsvTermbase.decode(file);
        List<CSVRecord> records = CsvTermbase.records(file, text, CsvDialect.of(text));
        return records.isEmpty() ? List.of() : records.get(0).toList();
    }
}
