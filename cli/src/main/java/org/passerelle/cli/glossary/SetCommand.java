package org.passerelle.cli.glossary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.TermStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Set a term's status or a concept's subject, definition, note.",
            "  set FILE --term LANG=TEXT --status STATUS [--concept ID]",
            "  set FILE --concept ID [--subject FIELD] [--definition TEXT] [--note TEXT]",
            "Refused, with the file unchanged, when the termbase would become invalid."})
final class SetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Termbase to edit (TBX or CSV/TSV).")
    Path file;

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
        EditedTermbase termbase = new EditedTermbase(file);
        if (term != null) {
            if (status == null || !fields.fields().isEmpty()) {
                throw new ParameterException(spec.commandLine(), "with --term, give --status and no concept field"
                        + " (set those with a second 'set --concept ID')");
            }
            Concept c = termbase.editor().setStatus(conceptId, term.withoutStatus(spec).lang(), term.text(), status);
            spec.commandLine().getOut().println(termbase.report("concept " + c.id() + ": " + term + " is now " + status.id()));
            return 0;
        }
        if (conceptId == null || fields.fields().isEmpty() || status != null) {
            throw new ParameterException(spec.commandLine(),
                    "give --term LANG=TEXT --status STATUS, or --concept ID with --subject, --definition or --note");
        }
        termbase.editor().setFields(conceptId, fields.fields());
        spec.commandLine().getOut().println(termbase.report("concept " + conceptId + ": " + fields.describe()));
        return 0;
    }
}
