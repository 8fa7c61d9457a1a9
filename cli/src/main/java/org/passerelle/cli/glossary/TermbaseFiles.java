package org.passerelle.cli.glossary;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.passerelle.core.AtomicFile;
import org.passerelle.glossary.CsvTermbase;
import org.passerelle.glossary.TbxWriter;
import org.passerelle.glossary.Termbase;
import org.passerelle.glossary.edit.TermbaseEditor;

/** Writes a whole termbase in the format its file name asks for: TBX v3, CSV or TSV. */
enum TermbaseFiles {
    TBX("TBX v3"), CSV("CSV"), TSV("TSV");

    private final String label;

    TermbaseFiles(String label) {
        this.label = label;
    }

    /** The format for this file name, or null when the extension is none of .tbx, .xml, .csv, .tsv. */
    static TermbaseFiles forName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tbx") || name.endsWith(".xml")) {
            return TBX;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        return name.endsWith(".tsv") ? TSV : null;
    }

    String label() {
        return label;
    }

    /** Writes atomically: a failure leaves the previous file, if any, as it was. */
    void write(Termbase termbase, Path file) throws IOException {
        switch (this) {
            case TBX -> new TbxWriter().write(termbase, file);
            case CSV -> TermbaseEditor.exportCsv(termbase, file);
            case TSV -> writeTsv(termbase, file);
            default -> throw new IllegalStateException(name());
        }
    }

    /**
     * The CSV columns and rows, tab-separated: {@link CsvTermbase} writes commas only, and re-printing
     * its records keeps one definition of the columns.
     */
    private static void writeTsv(Termbase termbase, Path file) throws IOException {
        StringWriter csv = new StringWriter();
        new CsvTermbase().write(termbase, csv);
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter tsv = new CSVPrinter(writer, CSVFormat.TDF);
            for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv.toString()))) {
                tsv.printRecord(record.values());
            }
            tsv.flush();
        });
    }
}
