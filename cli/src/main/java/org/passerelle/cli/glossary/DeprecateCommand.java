package org.passerelle.cli.glossary;

import java.io.IOException;
import org.passerelle.cli.PasserelleCommand;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Concept;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "deprecate", mixinStandardHelpOptions = true,
        description = {"Deprecate a term, optionally in favour of another.",
            "The term named by --in-favour-of becomes the concept's preferred term, added when it is not there yet."})
final class DeprecateCommand extends PasserelleCommand {
    @Mixin
    TermbaseToEdit termbase;

    @Option(names = "--term", required = true, paramLabel = "LANG=TEXT", converter = TermArgument.Converter.class,
            description = "The term to deprecate, e.g. en=South China Sea.")
    TermArgument term;

    @Option(names = "--in-favour-of", paramLabel = "TEXT",
            description = "The term to use instead, in the same language.")
    String replacement;

    @Option(names = "--concept", paramLabel = "ID", description = "The concept, when the term is in several.")
    String conceptId;

    @Override
    public Integer call() throws InputException, IOException {
        String lang = term.withoutStatus(spec).lang();
        String instead = replacement == null || replacement.isBlank() ? null : replacement.strip();
        EditedTermbase edited = termbase.open();
        Concept c = edited.editor().deprecate(conceptId, lang, term.text(), instead);
        out().println(edited.report("concept " + c.id() + ": " + term + " is now deprecated"
                + (instead == null ? "" : ", " + lang + " '" + instead + "' preferred")));
        edited.printWarnings(spec.commandLine().getErr());
        return 0;
    }
}
