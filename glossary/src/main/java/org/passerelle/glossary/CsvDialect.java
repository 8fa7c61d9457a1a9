package org.passerelle.glossary;

/**
 * How a spreadsheet file is written: its delimiter, whether it starts with a byte order mark,
 * and its line ends. A file rewritten keeps what it had, so that a semicolon-separated CSV from a
 * French Excel stays one and a diff shows only the edit; a new file gets what Excel reads best.
 *
 * @param delimiter     ',' ';' or a tab
 * @param bom           true to start with U+FEFF, which Excel needs to read UTF-8 (Vietnamese) right
 * @param lineSeparator "\r\n" or "\n"
 */
public record CsvDialect(char delimiter, boolean bom, String lineSeparator) {
    /** A new CSV file: comma, BOM, CRLF (RFC 4180 and Excel). */
    public static final CsvDialect CSV = new CsvDialect(',', true, "\r\n");
    /** A new TSV file: tab, BOM, CRLF. */
    public static final CsvDialect TSV = new CsvDialect('\t', true, "\r\n");

    /** The dialect of a file's text as read (before its BOM is removed). */
    public static CsvDialect of(String text) {
        boolean bom = text.startsWith("\uFEFF");
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char delimiter;
        if (first.indexOf('\t') >= 0) {
            delimiter = '\t';
        } else {
            delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        }
        String separator = end < 0 || end > 0 && text.charAt(end - 1) == '\r' ? "\r\n" : "\n";
        return new CsvDialect(delimiter, bom, separator);
    }
}
