package org.passerelle.xliff;

import java.io.IOException;
import java.nio.file.Path;
import org.passerelle.core.Article;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Termbase;

/**
 * Segments an article and writes one XLIFF file per target language with Okapi, termbase hits
 * attached to each unit. When the file exists, existing translations are merged in (never lost).
 * Create once per termbase and reuse.
 */
public final class XliffPreparer {

    public XliffPreparer(Termbase termbase, XliffVersion version) {
    }

    /** Writes {@code outDir/<article id>.<lang>.xlf} atomically. */
    public PrepareResult prepare(Article article, String targetLanguage, Path outDir)
            throws IOException, InputException {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
