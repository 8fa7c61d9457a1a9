package org.passerelle.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.core.InputException;
import org.passerelle.qa.Finding;
import org.passerelle.xliff.ArticlePublisher;
import org.passerelle.xliff.PublishFormat;
import org.passerelle.xliff.UntranslatedException;

/**
 * Publishing behind the QA gate, for {@code publish} and {@code run} alike: a file with QA errors
 * or untranslated units is refused, and the outcome says why.
 */
final class GatedPublisher {

    /** What became of one XLIFF file: the articles written, or why it was refused. */
    record Outcome(List<Path> written, String refusal) {
        boolean refused() {
            return refusal != null;
        }
    }

    private final ArticlePublisher publisher = new ArticlePublisher();
    private final Map<String, List<Finding>> errorsByFile;
    private final Path outDir;
    private final Set<PublishFormat> formats;
    private final boolean allowUntranslated;

    /** @param errorsByFile unsuppressed QA errors by file as given ({@link QaGate#errorsOnly}); empty to skip the gate */
    GatedPublisher(Map<String, List<Finding>> errorsByFile, Path outDir, Set<PublishFormat> formats,
                   boolean allowUntranslated) {
        this.errorsByFile = errorsByFile;
        this.outDir = outDir;
        this.formats = formats;
        this.allowUntranslated = allowUntranslated;
    }

    Outcome publish(Path xliff) throws IOException, InputException {
        List<Finding> errors = errorsByFile.getOrDefault(xliff.toString(), List.of());
        if (!errors.isEmpty()) {
            return new Outcome(List.of(), Summaries.gateReason(errors));
        }
        try {
            return new Outcome(publisher.publish(xliff, outDir, formats, allowUntranslated), null);
        } catch (UntranslatedException e) {
            return new Outcome(List.of(), e.unitIds().size() + " untranslated unit(s): " + String.join(", ", e.unitIds())
                    + " (--allow-untranslated publishes them in the source language)");
        }
    }
}
