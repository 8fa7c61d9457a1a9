package org.passerelle.xliff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.passerelle.core.InputException;

/** Builds the translated article from a translated XLIFF file: HTML, Markdown, plain text, DOCX. */
public final class ArticlePublisher {

    /**
     * Writes {@code outDir/<lang>/<article>.<ext>} for each format, atomically.
     *
     * @return the files written
     * @throws UntranslatedException when units lack a translation and untranslated units are not allowed
     */
    public List<Path> publish(Path xliff, Path outDir, Set<PublishFormat> formats, boolean allowUntranslated)
            throws IOException, InputException, UntranslatedException {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
