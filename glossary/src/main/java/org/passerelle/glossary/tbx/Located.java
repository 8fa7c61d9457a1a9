package org.passerelle.glossary.tbx;

/** Where an element started in the file it was read from; 0 when it was built in memory. */
public interface Located {
    int line();

    int column();

    void locate(int line, int column);
}
