package org.passerelle.glossary;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.passerelle.core.InputException;
import org.passerelle.core.InputFile;
import org.passerelle.glossary.SheetColumns.Column;

/**
 * The spreadsheet form of a termbase: one concept per row, the columns {@link SheetColumns}
 * describes. A cell holds several terms separated by {@code " | "}, and the cells that describe
 * them (termType, partOfSpeech, context) hold one value per term in the same order, so that every
 * data category the model keeps survives a round trip. Comma, semicolon (spreadsheets in French
 * locales) and tab separators are recognised; cells a spreadsheet would run as formulas are
 * neutralised ({@link CellText}).
 */
public final class CsvTermbase {

    /**
     * A spreadsheet as read: its concepts, its columns, how the file was written, and the ids made
     * up for rows that had none ("c3" for the third row of a sheet without an id column, "row7"
     * for an empty id cell), which an import does not take as concept ids.
     */
    public record Sheet(Termbase termbase, SheetColumns columns, CsvDialect dialect, Set<String> unnamedIds) {
    }

    public Termbase read(Path file) throws InputException {
        return readSheet(file).termbase();
    }

    public Sheet readSheet(Path file) throws InputException {
        String text = decode(file);
        CsvDialect dialect = CsvDialect.of(text);
        List<CSVRecord> records = records(file, text, dialect);
        if (records.isEmpty()) {
            throw new InputException(file, "empty CSV termbase: the first line must name the columns");
        }
        List<String> first = records.get(0).toList();
        if (!SheetColumns.isHeader(first)) {
            throw new InputException(file, 1, 1, "no header naming the columns (id, fr, en, en deprecated …):"
                    + " for a glossary of source, target and comment (OmegaT, Translate Toolkit), use"
                    + " 'glossary import FILE --from " + file.getFileName() + " --target-lang LANG'");
        }
        SheetColumns columns = SheetColumns.parse(file, first);
        List<Concept> concepts = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> unnamed = new LinkedHashSet<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            String madeUp = columns.hasIds() ? "row" + record.getRecordNumber() : "c" + (concepts.size() + 1);
            Concept concept = concept(record, columns, madeUp);
            if (concept == null) {
                continue;
            }
            if (!ids.add(concept.id())) {
                throw new InputException(file, (int) record.getRecordNumber(), 1,
                        "duplicate concept id '" + concept.id() + "'");
            }
            if (concept.id().equals(madeUp)) {
                unnamed.add(madeUp);
            }
            concepts.add(concept);
        }
        return new Sheet(new Termbase(columns.sourceLanguage(), concepts), columns, dialect, unnamed);
    }

    /** The records of a delimited file, for this class and for the bilingual glossaries of other tools. */
    static List<CSVRecord> records(Path file, String text, CsvDialect dialect) throws InputException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter()).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text), format)) {
            return parser.getRecords();
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new InputException(file, "malformed CSV: " + e.getMessage(), e);
        }
    }

    /** The file's text, BOM included (the dialect needs to know); refused when it is not UTF-8. */
    static String decode(Path file) throws InputException {
        InputFile.require(file);
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (CharacterCodingException e) {
            throw new InputException(file, "not UTF-8 text: save the spreadsheet as CSV UTF-8", e);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** How an existing file is written, so that an edit writes it back the same way. */
    public static CsvDialect dialectOf(Path file) throws InputException {
        return CsvDialect.of(decode(file));
    }

    private static Concept concept(CSVRecord record, SheetColumns sheet, String madeUpId) {
        List<Column> columns = sheet.columns();
        Map<String, String> fields = new HashMap<>();
        Map<Column, List<String>> cells = new HashMap<>();
        for (int i = 0; i < columns.size() && i < record.size(); i++) {
            Column column = columns.get(i);
            String cell = CellText.restore(record.get(i));
            if (column.field() != null) {
                if (!cell.isBlank()) {
                    fields.put(column.field(), cell.strip());
                }
            } else {
                cells.put(column, CellText.split(cell));
            }
        }
        List<Term> terms = new ArrayList<>();
        for (Column column : columns) {
            if (!column.isTerms()) {
                continue;
            }
            List<String> texts = cells.getOrDefault(column, List.of());
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i).isEmpty()) {
                    continue;
                }
                Map<String, String> categories = new HashMap<>();
                for (Column c : columns) {
                    List<String> values = c.describes(column) ? cells.getOrDefault(c, List.of()) : List.of();
                    if (i < values.size() && !values.get(i).isEmpty()) {
                        categories.put(c.category(), values.get(i));
                    }
                }
                terms.add(new Term(texts.get(i), column.lang(), column.status(), categories.get("termType"),
                        categories.get("partOfSpeech"), categories.get("context")));
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        String id = fields.getOrDefault("id", madeUpId);
        return new Concept(id, fields.get("subjectField"), fields.get("definition"), fields.get("note"), terms);
    }

    /** Writes the spreadsheet form with commas; every term, status, category and concept field survives a round trip. */
    public void write(Termbase termbase, Writer out) throws IOException {
        write(termbase, out, CsvDialect.CSV);
    }

    /** Writes the spreadsheet form in this dialect; the BOM is the caller's to write, since it belongs to the file. */
    public void write(Termbase termbase, Writer out, CsvDialect dialect) throws IOException {
        SheetColumns sheet = SheetColumns.of(termbase);
        // Not closed: the writer belongs to the caller (an atomic file, a console).
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter())
                .setRecordSeparator(dialect.lineSeparator()).get());
        printer.printRecord(sheet.header());
        for (Concept c : termbase.concepts()) {
            List<String> row = new ArrayList<>();
            for (Column column : sheet.columns()) {
                row.add(CellText.neutralise(cell(c, column)));
            }
            printer.printRecord(row);
        }
        printer.flush();
    }

    private static String cell(Concept c, Column column) {
        if ("id".equals(column.field())) {
            return c.id();
        }
        if (column.field() != null) {
            String value = SheetColumns.fieldOf(c, column.field());
            return value == null ? "" : value;
        }
        List<Term> group = c.terms().stream()
                .filter(t -> t.language().equals(column.lang()) && t.status() == column.status()).toList();
        if (column.category() == null) {
            return CellText.join(group.stream().map(Term::text).toList());
        }
        return CellText.join(group.stream().map(t -> SheetColumns.categoryOf(t, column.category())).toList());
    }

    static boolean looksLikeCsv(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv");
    }
}
