package org.passerelle.xliff;

import java.io.IOException;
import java.nio.file.Path;
import org.passerelle.core.InputException;

/** Fills every target with an accented, expanded pseudo-translation, in place (atomically). */
public final class PseudoTranslator {
    /** @return the number of segments pseudo-translated */
    public int pseudoTranslate(Path xliff) throws IOException, InputException {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
