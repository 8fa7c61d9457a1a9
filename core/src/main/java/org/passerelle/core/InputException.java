package org.passerelle.core;

import java.nio.file.Path;

/**
 * Bad input from the user: a file that is missing, unreadable, malformed or in the wrong language.
 * The command line turns it into one line on stderr and exit code 2.
 */
public class InputException extends Exception {
    private final Path file;
    private final int line;
    private final int column;

    public InputException(Path file, int line, int column, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public InputException(Path file, int line, int column, String reason) {
        this(file, line, column, reason, null);
    }

    public InputException(Path file, String reason) {
        this(file, 0, 0, reason, null);
    }

    public InputException(Path file, String reason, Throwable cause) {
        this(file, 0, 0, reason, cause);
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem has no position. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when the problem has no position. */
    public int column() {
        return column;
    }

    /** "file:line:column: reason", the form compilers use, so editors can jump to it. */
    public String oneLine() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(getMessage() == null ? "unreadable" : getMessage().replaceAll("\\s+", " ").trim());
        return sb.toString();
    }
}
