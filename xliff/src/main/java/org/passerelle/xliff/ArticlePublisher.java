package org.passerelle.xliff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.passerelle.core.InputException;

/**
 * Publishes one translated XLIFF file on its own: the article in each format at
 * {@code outDir/<lang>/<article>.<ext>}, and with HTML the original's page and the stylesheet it
 * links to. A batch with indexes and the refused report is an {@link Edition}. Stateless and
 * thread-safe.
 */
public final class ArticlePublisher {

    /**
     * Writes {@code outDir/<lang>/<article>.<ext>} for each format, atomically.
     *
     * @return the article's files, in the order of {@link PublishFormat}
     * @throws UntranslatedException when units lack a translation and untranslated units are not allowed
     */
    public List<Path> publish(Path xliff, Path outDir, Set<PublishFormat> formats, boolean allowUntranslated)
            throws IOException, InputException, UntranslatedException {
        Edition edition = new Edition(PublishOptions.of(outDir, formats, allowUntranslated), false);
        edition.add(xliff);
        return edition.write().articles().get(xliff);
    }

    /** What publishing requires of a unit: {@link TranslationUnit#isTranslated()}. */
    static boolean isTranslated(TranslationUnit u) {
        return u.isTranslated();
    }
}
