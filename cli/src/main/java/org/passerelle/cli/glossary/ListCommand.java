package org.passerelle.cli.glossary;

import java.io.PrintWriter;
import org.passerelle.cli.PasserelleCommand;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the terms, one line each: concept id, then the term.",
            "Filter with --lang and --status (e.g. --status deprecated lists the forbidden terms)."})
final class ListCommand extends PasserelleCommand {
    @Mixin
    TermbaseToRead termbase;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageTag.class,
            description = "Only terms of this language (en also lists en-GB).")
    String lang;

    @Option(names = "--status", paramLabel = "STATUS", converter = StatusConverter.class,
            description = "Only terms with this status: " + StatusConverter.CHOICES + ".")
    TermStatus status;

    @Override
    public Integer call() throws InputException {
        PrintWriter out = out();
        for (Concept c : termbase.read().concepts()) {
            for (Term t : lang == null ? c.terms() : c.terms(lang)) {
                if (status == null || t.status() == status) {
                    out.println(c.id() + "\t" + ConceptLines.term(t));
                }
            }
        }
        return 0;
    }
}
