package org.passerelle.glossary;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.passerelle.core.InputException;
import org.passerelle.core.InputFile;

/**
 * The spreadsheet form of a termbase: one concept per row. The header names the columns:
 * {@code id}, a language tag ({@code fr}, {@code en-GB}) for its preferred terms, the tag followed
 * by a status ({@code en deprecated}, {@code vi admitted}) for the other terms, and
 * {@code subjectField}, {@code definition}, {@code note}. A cell holds several terms separated by
 * {@code |}. Comma, semicolon (spreadsheets in French locales) and tab separators are recognised.
 */
public final class CsvTermbase {
    /** Separates several terms in one cell. */
    public static final String TERM_SEPARATOR = "|";
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private record Column(String lang, TermStatus status, String field) {
    }

    public Termbase read(Path file) throws InputException {
        String text = decode(file);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setTrim(true).get();
        List<Concept> concepts = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        String sourceLanguage = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<Column> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(file, record);
                    sourceLanguage = columns.stream().filter(c -> c.lang() != null).map(Column::lang)
                            .findFirst().orElse(null);
                    continue;
                }
                Concept concept = concept(file, record, columns, concepts.size() + 1);
                if (concept == null) {
                    continue;
                }
                if (!ids.add(concept.id())) {
                    throw new InputException(file, (int) record.getRecordNumber(), 1,
                            "duplicate concept id '" + concept.id() + "'");
                }
                concepts.add(concept);
            }
            if (columns == null) {
                throw new InputException(file, "empty CSV termbase: the first line must name the columns");
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InputException(file, "malformed CSV: " + e.getMessage(), e);
        }
        return new Termbase(sourceLanguage, concepts);
    }

    private static String decode(Path file) throws InputException {
        InputFile.require(file);
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (CharacterCodingException e) {
            throw new InputException(file, "not UTF-8 text: save the spreadsheet as CSV UTF-8", e);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The delimiter an existing file uses, so that an edit writes back what a spreadsheet saved: a
     * semicolon-separated CSV (Excel in French) stays one.
     */
    public static char delimiterOf(Path file) throws InputException {
        return delimiter(decode(file));
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (first.indexOf('\t') >= 0) {
            return '\t';
        }
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private static List<Column> header(Path file, CSVRecord record) throws InputException {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            String[] parts = name.split("\\s+");
            Column column;
            if (Set.of("id", "subjectfield", "definition", "note").contains(name.toLowerCase(Locale.ROOT))) {
                column = new Column(null, null, name.equalsIgnoreCase("subjectField") ? "subjectField" : name.toLowerCase(Locale.ROOT));
            } else if (parts.length == 1 && LANGUAGE.matcher(name).matches()) {
                column = new Column(name, TermStatus.PREFERRED, null);
            } else if (parts.length == 2 && LANGUAGE.matcher(parts[0]).matches() && TermStatus.parse(parts[1]) != null) {
                column = new Column(parts[0], TermStatus.parse(parts[1]), null);
            } else {
                throw new InputException(file, 1, i + 1, "unknown CSV column '" + name
                        + "': expected id, a language tag (fr, en-GB), a tag and a status (en deprecated), "
                        + "subjectField, definition or note");
            }
            columns.add(column);
        }
        if (columns.stream().noneMatch(c -> c.lang() != null)) {
            throw new InputException(file, 1, 1, "no language column in the CSV header");
        }
        return columns;
    }

    private static Concept concept(Path file, CSVRecord record, List<Column> columns, int number) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < columns.size() && i < record.size(); i++) {
            Column column = columns.get(i);
            String cell = record.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            if (column.field() != null) {
                fields.put(column.field(), cell);
            } else {
                for (String text : cell.split(Pattern.quote(TERM_SEPARATOR))) {
                    if (!text.isBlank()) {
                        terms.add(new Term(text.strip(), column.lang(), column.status(), null));
                    }
                }
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        String id = fields.getOrDefault("id", "c" + number);
        return new Concept(id, fields.get("subjectField"), fields.get("definition"), fields.get("note"), terms);
    }

    /** Writes the spreadsheet form; every term, status and the concept fields survive a round trip. */
    public void write(Termbase termbase, Writer out) throws IOException {
        write(termbase, out, ',');
    }

    /** {@link #write(Termbase, Writer)} with another delimiter: a tab for TSV. */
    public void write(Termbase termbase, Writer out, char delimiter) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("id");
        List<String> langs = new ArrayList<>();
        for (Concept c : termbase.concepts()) {
            for (Term t : c.terms()) {
                if (!langs.contains(t.language())) {
                    langs.add(t.language());
                }
            }
        }
        List<String[]> termColumns = new ArrayList<>();
        for (String lang : langs) {
            for (TermStatus status : TermStatus.values()) {
                boolean used = termbase.concepts().stream().flatMap(c -> c.terms().stream())
                        .anyMatch(t -> t.language().equals(lang) && t.status() == status);
                if (status == TermStatus.PREFERRED || used) {
                    termColumns.add(new String[] {lang, status.id()});
                    header.add(status == TermStatus.PREFERRED ? lang : lang + " " + status.id());
                }
            }
        }
        header.addAll(List.of("subjectField", "definition", "note"));
        // Not closed: the writer belongs to the caller (an atomic file, a console).
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get());
        printer.printRecord(header);
        for (Concept c : termbase.concepts()) {
            List<String> row = new ArrayList<>();
            row.add(c.id());
            for (String[] col : termColumns) {
                row.add(String.join(" " + TERM_SEPARATOR + " ", c.terms().stream()
                        .filter(t -> t.language().equals(col[0]) && t.status().id().equals(col[1]))
                        .map(Term::text).toList()));
            }
            row.add(c.subjectField() == null ? "" : c.subjectField());
            row.add(c.definition() == null ? "" : c.definition());
            row.add(c.note() == null ? "" : c.note());
            printer.printRecord(row);
        }
        printer.flush();
    }

    static boolean looksLikeCsv(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv");
    }

}
