package org.passerelle.glossary.tbx;

/** A mutable line and column: set once by the reader after JAXB has built the element. */
public final class Position {
    private int line;
    private int column;

    public Position() {
    }

    public Position(int line, int column) {
        set(line, column);
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    void set(int line, int column) {
        this.line = line;
        this.column = column;
    }
}
