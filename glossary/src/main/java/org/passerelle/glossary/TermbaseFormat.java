package org.passerelle.glossary;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.passerelle.core.AtomicFile;
import org.passerelle.core.InputException;

/**
 * The file formats a whole termbase is written in, chosen by the file's name, so that an edit of
 * a TSV file writes TSV and an export to ".csv" writes CSV.
 */
public enum TermbaseFormat {
    TBX("TBX v3"), CSV("CSV"), TSV("TSV");

    private final String label;

    TermbaseFormat(String label) {
        this.label = label;
    }

    /** The format for this file name, or null when the extension is none of .tbx, .xml, .csv, .tsv. */
    public static TermbaseFormat forName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tbx") || name.endsWith(".xml")) {
            return TBX;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        return name.endsWith(".tsv") ? TSV : null;
    }

    /** The format named on the command line ("csv", "tsv", "tbx"), or null. */
    public static TermbaseFormat named(String name) {
        for (TermbaseFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    /** "TBX v3", "CSV", "TSV". */
    public String label() {
        return label;
    }

    /** Writes atomically: a failure leaves the previous file, if any, as it was. */
    public void write(Termbase termbase, Path file) throws IOException {
        if (this == TBX) {
            new TbxWriter().write(termbase, file);
        } else {
            writeDelimited(termbase, file, this == TSV ? CsvDialect.TSV : CsvDialect.CSV);
        }
    }

    /**
     * Writes over a file this termbase was read from, in that file's own dialect: a CSV separated
     * by semicolons, without a BOM or with LF line ends stays so. (A TBX file's own elements are
     * kept by {@link TbxWriter} itself.)
     */
    public void rewrite(Termbase termbase, Path file) throws IOException, InputException {
        if (this == TBX) {
            new TbxWriter().write(termbase, file);
        } else {
            writeDelimited(termbase, file, CsvTermbase.dialectOf(file));
        }
    }

    private static void writeDelimited(Termbase termbase, Path file, CsvDialect dialect) throws IOException {
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (dialect.bom()) {
                writer.write('\uFEFF');
            }
            new CsvTermbase().write(termbase, writer, dialect);
            writer.flush();
        });
    }
}
