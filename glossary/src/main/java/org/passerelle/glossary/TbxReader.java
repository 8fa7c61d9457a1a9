package org.passerelle.glossary;

import java.nio.file.Path;
import org.passerelle.core.InputException;

/** Reads TBX v3 (TBX-Basic, DCA and DCT), TBX v2 ({@code martif}) and CSV termbases. */
public final class TbxReader {
    public Termbase read(Path file) throws InputException {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
