package org.passerelle.glossary;

import java.io.IOException;
import java.nio.file.Path;

/** Writes TBX v3, TBX-Basic DCA style, atomically. */
public final class TbxWriter {
    public void write(Termbase termbase, Path file) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
