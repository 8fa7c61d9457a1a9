package org.passerelle.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.passerelle.core.InputException;
import org.passerelle.qa.gate.FileErrors;
import org.passerelle.qa.gate.GateSummary;
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
    private final GateSummary gate;
    private final Path outDir;
    private final Set<PublishFormat> formats;
    private final boolean allowUntranslated;

    /** @param gate what the QA found in the files, by file as given; one that saw no run skips the gate */
    GatedPublisher(GateSummary gate, Path outDir, Set<PublishFormat> formats, boolean allowUntranslated) {
        this.gate = gate;
        this.outDir = outDir;
        this.formats = formats;
        this.allowUntranslated = allowUntranslated;
    }

    Outcome publish(Path xliff) throws IOException, InputException {
        FileErrors errors = gate.errorsIn(xliff);
        if (!errors.isEmpty()) {
            return new Outcome(List.of(), errors.counts() + "\n                first: " + errors.first());
        }
        try {
            return new Outcome(publisher.publish(xliff, outDir, formats, allowUntranslated), null);
        } catch (UntranslatedException e) {
            return new Outcome(List.of(), e.unitIds().size() + " untranslated unit(s): " + String.join(", ", e.unitIds())
                    + " (--allow-untranslated publishes them in the source language)");
        }
    }
}
