package org.passerelle.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.core.InputException;
import org.passerelle.qa.gate.FileErrors;
import org.passerelle.qa.gate.GateSummary;
import org.passerelle.xliff.Edition;
import org.passerelle.xliff.PublishOptions;
import org.passerelle.xliff.UntranslatedException;
import org.passerelle.xliff.XliffReader;

/**
 * Publishing behind the QA gate, for {@code publish} and {@code run} alike: a file with QA errors
 * or untranslated units is refused, and the outcome says why; the others are published together
 * as one {@link Edition}, whose refused report lists the refused ones.
 */
final class GatedPublisher {

    /** What became of one XLIFF file: the articles written, or why it was refused. */
    record Outcome(Path file, List<Path> written, String refusal) {
        boolean refused() {
            return refusal != null;
        }
    }

    /** Every file's outcome in the order given, the site's own pages, and notes for the user. */
    record Result(List<Outcome> outcomes, List<Path> site, List<String> notes) {
    }

    private final GateSummary gate;
    private final PublishOptions options;

    /** @param gate what the QA found in the files, by file as given; one that saw no run skips the gate */
    GatedPublisher(GateSummary gate, PublishOptions options) {
        this.gate = gate;
        this.options = options;
    }

    Result publish(List<Path> files) throws IOException, InputException {
        Edition edition = new Edition(options);
        List<String> refusals = new ArrayList<>();
        for (Path xliff : files) {
            String refusal = admit(edition, xliff);
            refusals.add(refusal);
            if (refusal != null) {
                edition.refuse(xliff, targetLanguage(xliff), refusal);
            }
        }
        Edition.Written written = edition.write();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            outcomes.add(new Outcome(files.get(i), written.articles().getOrDefault(files.get(i), List.of()), refusals.get(i)));
        }
        return new Result(outcomes, written.site(), written.notes());
    }

    /** Adds the file to the edition, or says why it is refused. */
    private String admit(Edition edition, Path xliff) throws InputException {
        FileErrors errors = gate.errorsIn(xliff);
        if (!errors.isEmpty()) {
            return errors.counts() + "\n                first: " + errors.first();
        }
        try {
            edition.add(xliff);
            return null;
        } catch (UntranslatedException e) {
            return e.unitIds().size() + " untranslated unit(s): " + String.join(", ", e.unitIds())
                    + " (--allow-untranslated publishes them in the source language)";
        }
    }

    private static String targetLanguage(Path xliff) {
        try {
            String language = new XliffReader().header(xliff).targetLanguage();
            return language == null ? "" : language;
        } catch (InputException e) {
            return "";
        }
    }
}
