package org.passerelle.cli.glossary;

import java.io.IOException;
import org.passerelle.cli.PasserelleCommand;
import org.passerelle.core.InputException;
import org.passerelle.glossary.edit.TermbaseEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove a concept or a term.",
            "--concept ID removes a concept; --term LANG=TEXT removes one term.",
            "A concept left without terms is removed too. To keep a term as a forbidden one, use deprecate."})
final class RemoveCommand extends PasserelleCommand {
    @Mixin
    TermbaseToEdit termbase;

    @Option(names = "--term", paramLabel = "LANG=TEXT", converter = TermArgument.Converter.class,
            description = "The term to remove, e.g. en=Vice Minister.")
    TermArgument term;

    @Option(names = "--concept", paramLabel = "ID",
            description = "The concept to remove; with --term, the concept that has the term.")
    String conceptId;

    @Override
    public Integer call() throws InputException, IOException {
        EditedTermbase edited = termbase.open();
        TermbaseEditor editor = edited.editor();
        if (term != null) {
            editor.removeTerm(conceptId, term.withoutStatus(spec).lang(), term.text());
            out().println(edited.report("removed the " + term.lang() + " term '" + term.text() + "'"
                    + (conceptId == null ? "" : " from concept " + conceptId)));
        } else if (conceptId != null) {
            editor.removeConcept(conceptId);
            out().println(edited.report("removed concept " + conceptId));
        } else {
            throw usageError("say what to remove: --concept ID or --term LANG=TEXT");
        }
        return 0;
    }
}
