package org.passerelle.cli.glossary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.passerelle.core.InputException;
import org.passerelle.glossary.edit.TermbaseEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove a concept or a term.",
            "--concept ID removes a concept; --term LANG=TEXT removes one term.",
            "A concept left without terms is removed too. To keep a term as a forbidden one, use deprecate."})
final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Termbase to edit (TBX or CSV/TSV).")
    Path file;

    @Option(names = "--term", paramLabel = "LANG=TEXT", converter = TermArgument.Converter.class,
            description = "The term to remove, e.g. en=Vice Minister.")
    TermArgument term;

    @Option(names = "--concept", paramLabel = "ID",
            description = "The concept to remove; with --term, the concept that has the term.")
    String conceptId;

    @Override
    public Integer call() throws InputException, IOException {
        EditedTermbase termbase = new EditedTermbase(file);
        TermbaseEditor editor = termbase.editor();
        if (term != null) {
            editor.removeTerm(conceptId, term.withoutStatus(spec).lang(), term.text());
            spec.commandLine().getOut().println(termbase.report("removed the " + term.lang() + " term '" + term.text() + "'"
                    + (conceptId == null ? "" : " from concept " + conceptId)));
        } else if (conceptId != null) {
            editor.removeConcept(conceptId);
            spec.commandLine().getOut().println(termbase.report("removed concept " + conceptId));
        } else {
            throw new ParameterException(spec.commandLine(), "say what to remove: --concept ID or --term LANG=TEXT");
        }
        return 0;
    }
}
