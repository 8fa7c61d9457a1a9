package org.passerelle.xliff;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.passerelle.core.InputException;

/**
 * Reads any valid XLIFF 1.2 or 2.x file (ours or another tool's) with Okapi's filters and hands
 * each unit to a consumer as it is read, so memory does not grow with the file.
 * External entities are never resolved.
 */
public final class XliffReader {

    /** @param displayName the path as the user gave it, reported in {@link TranslationUnit#file()} */
    public void read(Path file, String displayName, Consumer<TranslationUnit> units) throws InputException {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
