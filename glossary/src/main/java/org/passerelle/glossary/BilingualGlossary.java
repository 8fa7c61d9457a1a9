package org.passerelle.glossary;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.passerelle.core.InputException;

/**
 * The glossaries of translators' tools: one source term, one target term and a comment per line,
 * no languages, no ids. OmegaT writes them tab-separated ({@code .txt}, {@code .tab},
 * {@code .utf8}) or as CSV; Translate Toolkit's CSV names its columns {@code source},
 * {@code target} and, optionally, {@code comment} or {@code translator_comments}. Lines with the
 * same source term make one concept: the first target is preferred, the others admitted.
 */
public final class BilingualGlossary {
    private static final List<String> COMMENT_COLUMNS = List.of("comment", "comments", "translator_comments",
            "developer_comments", "note");

    private record Row(int line, String source, String target, String comment) {
    }

    private BilingualGlossary() {
    }

    /** True for the extensions OmegaT reads as its tab-separated glossary. */
    public static boolean isOmegatName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".tab") || name.endsWith(".utf8");
    }

    /**
     * Reads a glossary of source, target and comment into concepts whose ids are made up ("c1",
     * "c2"…), every one of them listed in {@code unnamedIds} by the returned sheet.
     */
    public static CsvTermbase.Sheet read(Path file, String sourceLanguage, String targetLanguage) throws InputException {
        String text = CsvTermbase.decode(file);
        CsvDialect dialect = CsvDialect.of(text);
        List<Row> rows = isOmegatName(file) || dialect.delimiter() == '\t' ? tabSeparated(text) : csv(file, text, dialect);
        Map<String, List<Row>> bySource = new LinkedHashMap<>();
        for (Row row : rows) {
            bySource.computeIfAbsent(row.source().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(row);
        }
        List<Concept> concepts = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (List<Row> same : bySource.values()) {
            String id = "c" + (concepts.size() + 1);
            concepts.add(concept(id, same, sourceLanguage, targetLanguage));
            ids.add(id);
        }
        if (concepts.isEmpty()) {
            throw new InputException(file, "no glossary entry: expected lines of source term, target term and comment");
        }
        return new CsvTermbase.Sheet(new Termbase(sourceLanguage, concepts), null, dialect, ids);
    }

    private static Concept concept(String id, List<Row> rows, String sourceLanguage, String targetLanguage) {
        List<Term> terms = new ArrayList<>();
        terms.add(new Term(rows.get(0).source(), sourceLanguage, TermStatus.PREFERRED, null));
        Set<String> targets = new LinkedHashSet<>();
        Set<String> comments = new LinkedHashSet<>();
        for (Row row : rows) {
            if (!row.target().isEmpty() && targets.add(row.target().toLowerCase(Locale.ROOT))) {
                terms.add(new Term(row.target(), targetLanguage, targets.size() == 1 ? TermStatus.PREFERRED : TermStatus.ADMITTED, null));
            }
            if (!row.comment().isEmpty()) {
                comments.add(row.comment());
            }
        }
        return new Concept(id, null, null, comments.isEmpty() ? null : String.join("; ", comments), terms);
    }

    /** OmegaT's own format: fields split at tabs, no quoting; lines starting with '#' are comments. */
    private static List<Row> tabSeparated(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("#") || lines[i].isBlank()) {
                continue;
            }
            String[] fields = lines[i].split("\t", -1);
            Row row = row(i + 1, fields.length > 0 ? fields[0] : "", fields.length > 1 ? fields[1] : "",
                    fields.length > 2 ? fields[2] : "");
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Row> csv(Path file, String text, CsvDialect dialect) throws InputException {
        List<CSVRecord> records = CsvTermbase.records(file, text, dialect);
        int source = 0;
        int target = 1;
        int comment = 2;
        int start = 0;
        if (!records.isEmpty()) {
            List<String> header = records.get(0).toList().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (header.contains("source") && header.contains("target")) {
                source = header.indexOf("source");
                target = header.indexOf("target");
                comment = COMMENT_COLUMNS.stream().mapToInt(header::indexOf).filter(i -> i >= 0).findFirst().orElse(-1);
                start = 1;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (CSVRecord r : records.subList(start, records.size())) {
            Row row = row((int) r.getRecordNumber(), get(r, source), get(r, target), get(r, comment));
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static String get(CSVRecord record, int index) {
        return index >= 0 && index < record.size() ? CellText.restore(record.get(index)) : "";
    }

    private static Row row(int line, String source, String target, String comment) {
        String s = source.strip();
        return s.isEmpty() ? null : new Row(line, s, target.strip(), comment.strip());
    }

    /**
     * Writes OmegaT 3.6's tab-separated glossary: for every source term, one line per term a
     * translation may use, preferred first, with a comment naming its status, the subject field
     * and the forbidden terms. Written by hand because the format has no quoting: a CSV library
     * would put quotes OmegaT shows as part of the term; tabs and line breaks in a term become spaces.
     */
    public static void writeOmegat(Termbase termbase, String sourceLanguage, String targetLanguage, Writer out) throws IOException {
        for (Concept c : termbase.concepts()) {
            List<Term> targets = new ArrayList<>(c.allowed(targetLanguage));
            targets.sort((a, b) -> Boolean.compare(b.status() == TermStatus.PREFERRED, a.status() == TermStatus.PREFERRED));
            List<String> forbidden = c.forbidden(targetLanguage).stream().map(Term::text).toList();
            for (Term source : c.terms(sourceLanguage)) {
                for (Term target : targets) {
                    out.write(field(source.text()) + "\t" + field(target.text()) + "\t"
                            + field(comment(c, target, forbidden)) + "\r\n");
                }
            }
        }
    }

    private static String comment(Concept c, Term target, List<String> forbidden) {
        List<String> parts = new ArrayList<>();
        parts.add(target.status().id() + (target.termType() == null ? "" : " " + target.termType()));
        if (c.subjectField() != null) {
            parts.add(c.subjectField());
        }
        if (!forbidden.isEmpty()) {
            parts.add("not: " + String.join(", ", forbidden));
        }
        if (c.definition() != null) {
            parts.add(c.definition());
        }
        return String.join(" · ", parts);
    }

    private static String field(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
