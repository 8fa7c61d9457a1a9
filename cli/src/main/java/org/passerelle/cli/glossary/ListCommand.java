package org.passerelle.cli.glossary;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the terms, one line each: concept id, then the term.",
            "Filter with --lang and --status (e.g. --status deprecated lists the forbidden terms)."})
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Termbase.")
    Path file;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageTag.class,
            description = "Only terms of this language (en also lists en-GB).")
    String lang;

    @Option(names = "--status", paramLabel = "STATUS", converter = StatusConverter.class,
            description = "Only terms with this status: " + StatusConverter.CHOICES + ".")
    TermStatus status;

    @Override
    public Integer call() throws InputException {
        PrintWriter out = spec.commandLine().getOut();
        for (Concept c : new TbxReader().read(file).concepts()) {
            for (Term t : lang == null ? c.terms() : c.terms(lang)) {
                if (status == null || t.status() == status) {
                    out.println(c.id() + "\t" + ConceptLines.term(t));
                }
            }
        }
        return 0;
    }
}
