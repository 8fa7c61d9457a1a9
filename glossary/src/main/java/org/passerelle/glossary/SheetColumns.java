package org.passerelle.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.passerelle.core.InputException;

/**
 * The columns of a termbase spreadsheet, as its header names them: {@code id}; {@code LANG} for
 * preferred terms and {@code LANG STATUS} for the others; {@code LANG [STATUS] termType},
 * {@code partOfSpeech} and {@code context} for what describes those terms, value by value in the
 * same order; then {@code subjectField}, {@code definition} and {@code note}. Knowing which columns
 * a sheet has is what lets an import tell a cleared cell (a removal) from a column the sheet never had.
 */
public record SheetColumns(List<Column> columns) {
    /** Concept fields, in the order they are written. */
    public static final List<String> FIELDS = List.of("subjectField", "definition", "note");
    /** What a term carries besides its text and status, in the order it is written. */
    public static final List<String> TERM_CATEGORIES = List.of("termType", "partOfSpeech", "context");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Set<String> TWO_LETTER_LANGUAGES = Set.of(Locale.getISOLanguages());

    /**
     * One column: an id column, a concept field, the terms of one language and status, or one
     * category of those terms.
     */
    public record Column(String field, String lang, TermStatus status, String category) {
        static Column id() {
            return new Column("id", null, null, null);
        }

        boolean isTerms() {
            return lang != null && category == null;
        }

        boolean describes(Column terms) {
            return lang != null && category != null && lang.equalsIgnoreCase(terms.lang) && status == terms.status;
        }

        String header() {
            if (field != null) {
                return field;
            }
            return lang + (status == TermStatus.PREFERRED ? "" : " " + status.id()) + (category == null ? "" : " " + category);
        }
    }

    public SheetColumns {
        columns = List.copyOf(columns);
    }

    /** The header cells. */
    public List<String> header() {
        return columns.stream().map(Column::header).toList();
    }

    public boolean hasIds() {
        return columns.stream().anyMatch(c -> "id".equals(c.field()));
    }

    public boolean hasField(String field) {
        return columns.stream().anyMatch(c -> field.equals(c.field()));
    }

    /** True when the sheet has a column for the terms of this language (as tagged) and status. */
    public boolean hasTerms(String lang, TermStatus status) {
        return columns.stream().anyMatch(c -> c.isTerms() && c.lang().equalsIgnoreCase(lang) && c.status() == status);
    }

    /** True when the sheet has a column for this category of the terms of this language and status. */
    public boolean hasCategory(String lang, TermStatus status, String category) {
        return columns.stream().anyMatch(c -> category.equals(c.category()) && c.lang().equalsIgnoreCase(lang) && c.status() == status);
    }

    /** The first language of the header, the termbase's source language. */
    public String sourceLanguage() {
        return columns.stream().filter(Column::isTerms).map(Column::lang).findFirst().orElse(null);
    }

    /**
     * True when the first row reads as a Passerelle header rather than as terms: one of its cells
     * at least is {@code id}, a concept field or an ISO 639-1 language tag. A glossary without a
     * header (OmegaT's) starts with a term instead.
     */
    public static boolean isHeader(List<String> cells) {
        for (String cell : cells) {
            String name = cell.strip();
            String first = name.split("\\s+")[0];
            if (name.equalsIgnoreCase("id") || FIELDS.stream().anyMatch(f -> f.equalsIgnoreCase(name))
                    || LANGUAGE.matcher(first).matches()
                    && TWO_LETTER_LANGUAGES.contains(first.split("-")[0].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Reads a header row; an unknown column is an error that names it. */
    public static SheetColumns parse(Path file, List<String> cells) throws InputException {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            columns.add(parse(file, cells.get(i).strip(), i));
        }
        if (columns.stream().noneMatch(Column::isTerms)) {
            throw new InputException(file, 1, 1, "no language column in the CSV header");
        }
        return new SheetColumns(columns);
    }

    private static Column parse(Path file, String name, int index) throws InputException {
        if (name.equalsIgnoreCase("id")) {
            return Column.id();
        }
        for (String field : FIELDS) {
            if (field.equalsIgnoreCase(name)) {
                return new Column(field, null, null, null);
            }
        }
        String[] parts = name.split("\\s+");
        if (LANGUAGE.matcher(parts[0]).matches() && parts.length <= 3) {
            TermStatus status = TermStatus.PREFERRED;
            int next = 1;
            if (parts.length > 1 && TermStatus.parse(parts[1]) != null) {
                status = TermStatus.parse(parts[1]);
                next = 2;
            }
            String category = next < parts.length ? category(parts[next]) : null;
            if (next == parts.length || category != null && next == parts.length - 1) {
                return new Column(null, parts[0], status, category);
            }
        }
        throw new InputException(file, 1, index + 1, "unknown CSV column '" + name
                + "': expected id, a language tag (fr, en-GB), a tag and a status (en deprecated), either followed by "
                + String.join(", ", TERM_CATEGORIES) + ", or one of " + String.join(", ", FIELDS));
    }

    private static String category(String name) {
        return TERM_CATEGORIES.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /**
     * The columns that hold every term of this termbase with all it carries: for each language in
     * order of appearance, preferred terms and each other status in use, each followed by the
     * categories some of those terms have.
     */
    public static SheetColumns of(Termbase termbase) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.id());
        List<String> langs = new ArrayList<>();
        termbase.concepts().forEach(c -> c.terms().forEach(t -> {
            if (!langs.contains(t.language())) {
                langs.add(t.language());
            }
        }));
        for (String lang : langs) {
            for (TermStatus status : TermStatus.values()) {
                List<Term> group = termbase.concepts().stream().flatMap(c -> c.terms().stream())
                        .filter(t -> t.language().equals(lang) && t.status() == status).toList();
                if (status != TermStatus.PREFERRED && group.isEmpty()) {
                    continue;
                }
                columns.add(new Column(null, lang, status, null));
                for (String category : TERM_CATEGORIES) {
                    if (group.stream().anyMatch(t -> categoryOf(t, category) != null)) {
                        columns.add(new Column(null, lang, status, category));
                    }
                }
            }
        }
        FIELDS.forEach(f -> columns.add(new Column(f, null, null, null)));
        return new SheetColumns(columns);
    }

    /** A term's value for one of {@link #TERM_CATEGORIES}. */
    static String categoryOf(Term t, String category) {
        return switch (category) {
            case "termType" -> t.termType();
            case "partOfSpeech" -> t.partOfSpeech();
            case "context" -> t.context();
            default -> throw new IllegalArgumentException(category);
        };
    }

    /** A concept's value for one of {@link #FIELDS}. */
    static String fieldOf(Concept c, String field) {
        return switch (field) {
            case "subjectField" -> c.subjectField();
            case "definition" -> c.definition();
            case "note" -> c.note();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** The languages the sheet has term columns for, as tagged. */
    public Set<String> languages() {
        Set<String> langs = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        columns.stream().filter(Column::isTerms).forEach(c -> langs.add(c.lang()));
        return langs;
    }
}
