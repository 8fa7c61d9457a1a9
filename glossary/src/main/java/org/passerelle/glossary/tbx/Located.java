package org.passerelle.glossary.tbx;

/** Where an element started in the file it was read from; 0 when it was built in memory. */
public interface Located {

    /** The element's position, kept apart so model elements and DOM nodes share one implementation. */
    Position position();

    default int line() {
        return position().line();
    }

    default int column() {
        return position().column();
    }

    default void locate(int line, int column) {
        position().set(line, column);
    }
}
