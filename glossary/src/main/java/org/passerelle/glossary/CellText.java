package org.passerelle.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a spreadsheet cell holds and how it is written so that opening it is safe and reading it
 * back gives the same text. A cell starting with {@code = + - @}, a tab or a carriage return is a
 * formula to Excel and LibreOffice (CSV injection): it is written with a leading apostrophe, as
 * OWASP recommends, and so is a cell that starts with an apostrophe itself, so that reading strips
 * exactly one apostrophe where writing added one.
 */
public final class CellText {
    /** Separates several terms, or their types, in one cell; a "|" inside a term is written "\|". */
    public static final String SEPARATOR = " | ";
    private static final Pattern UNESCAPED_BAR = Pattern.compile("(?<!\\\\)\\|");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CellText() {
    }

    /** The cell as written: neutralised when a spreadsheet would run it. */
    public static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return FORMULA_STARTS.indexOf(first) >= 0 || first == '\'' ? "'" + cell : cell;
    }

    /** The cell's text as it was before {@link #neutralise}. */
    public static String restore(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\''
                && (FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 || cell.charAt(1) == '\'')) {
            return cell.substring(1);
        }
        return cell;
    }

    /** The values of a cell holding several: "CNUDM | Convention …" gives two; empty values stay, to keep positions. */
    public static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        if (cell.isBlank()) {
            return values;
        }
        for (String part : UNESCAPED_BAR.split(cell, -1)) {
            values.add(part.strip().replace("\\|", "|"));
        }
        return values;
    }

    /** The cell for these values; null values are written empty so that the others keep their positions. */
    public static String join(List<String> values) {
        if (values.stream().allMatch(v -> v == null || v.isEmpty())) {
            return "";
        }
        return String.join(SEPARATOR, values.stream().map(v -> v == null ? "" : v.replace("|", "\\|")).toList());
    }
}
