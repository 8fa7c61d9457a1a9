package org.passerelle.cli.glossary;

import java.io.IOException;
import org.passerelle.cli.PasserelleCommand;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.TermStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Set a term's status or a concept's subject, definition, note.",
            "  set FILE --term LANG=TEXT --status STATUS [--concept ID]",
            "  set FILE --concept ID [--subject FIELD] [--definition TEXT] [--note TEXT]",
            "Refused, with the file unchanged, when the termbase would become invalid."})
final class SetCommand extends PasserelleCommand {
    @Mixin
    TermbaseToEdit termbase;

    @Option(names = "--term", paramLabel = "LANG=TEXT", converter = TermArgument.Converter.class,
            description = "The term whose status to set, e.g. en=East Sea.")
    TermArgument term;

    @Option(names = "--status", paramLabel = "STATUS", converter = StatusConverter.class,
            description = "New status of the term: " + StatusConverter.CHOICES + ".")
    TermStatus status;

    @Option(names = "--concept", paramLabel = "ID",
            description = "The concept whose fields to set; with --term, the concept that has the term.")
    String conceptId;

    @Mixin
    ConceptFieldOptions fields;

    @Override
    public Integer call() throws InputException, IOException {
        EditedTermbase edited = termbase.open();
        if (term != null) {
            if (status == null || !fields.fields().isEmpty()) {
                throw usageError("with --term, give --status and no concept field"
                        + " (set those with a second 'set --concept ID')");
            }
            Concept c = edited.editor().setStatus(conceptId, term.withoutStatus(spec).lang(), term.text(), status);
            out().println(edited.report("concept " + c.id() + ": " + term + " is now " + status.id()));
            edited.printWarnings(spec.commandLine().getErr());
            return 0;
        }
        if (conceptId == null || fields.fields().isEmpty() || status != null) {
            throw usageError(
                    "give --term LANG=TEXT --status STATUS, or --concept ID with --subject, --definition or --note");
        }
        edited.editor().setFields(conceptId, fields.fields());
        out().println(edited.report("concept " + conceptId + ": " + fields.describe()));
        return 0;
    }
}
